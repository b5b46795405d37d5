import Foundation
import Testing
import KkoriEngine
@testable import KkoriStore
import KkoriTranscript

@Suite("The history index beside the transcripts", .serialized)
struct HistoryIndexTests {
    /// A data folder with `count` finished sessions a day apart.
    func folder(sessions count: Int) throws -> (String, HistoryStore) {
        let (home, transcripts) = try HistoryFixture.home()
        for index in 0..<count {
            let start = HistoryFixture.start + Double(index) * 86_400
            try HistoryFixture.write(HistoryFixture.bytes(HistoryFixture.finishedRecords, start: start),
                                     to: transcripts + "/2023111\(index)-000000-ml-engineer-x\(index).jsonl")
        }
        return (home, HistoryStore(dataFolder: home))
    }

    @Test("the first open reads every transcript and writes a private index; the next reads none")
    func buildThenReuse() throws {
        let (home, store) = try folder(sessions: 3)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let first = store.open()
        #expect(first.reread == 3 && first.indexWritten)
        #expect(first.sessions.map(\.startedAt) == first.sessions.map(\.startedAt).sorted(by: >), "newest first")
        let mode = try FileManager.default.attributesOfItem(atPath: store.indexPath)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let second = store.open()
        #expect(second.reread == 0 && !second.indexWritten)
        #expect(second.sessions == first.sessions)
    }

    @Test("a transcript that grows is read again; one that disappears leaves the list")
    func staleness() throws {
        let (home, store) = try folder(sessions: 2)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let before = store.open().sessions
        let changed = before[0]
        let cut = HistoryFixture.bytes(Array(HistoryFixture.finishedRecords.prefix(6)), start: changed.startedAt)
        try HistoryFixture.write(cut, to: store.path(of: changed.name))
        let after = store.open()
        #expect(after.reread == 1)
        #expect(after.sessions.first { $0.name == changed.name }?.state == .interrupted)
        try FileManager.default.removeItem(atPath: store.path(of: before[1].name))
        let gone = store.open()
        #expect(gone.sessions.map(\.name) == [changed.name])
        #expect(gone.indexWritten)
    }

    @Test("a missing, cut-off, corrupt or foreign index is rebuilt, and the list is the same")
    func damagedIndex() throws {
        let (home, store) = try folder(sessions: 3)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let truth = store.open().sessions
        let index = try Data(contentsOf: URL(fileURLWithPath: store.indexPath))
        let damages: [Data] = [Data(), index.prefix(index.count / 2), index.prefix(index.count - 3),
                               Data("kkori-history-index 9\nend 0\n".utf8), Data(repeating: 0xFF, count: 100),
                               index + Data("S\tx\n".utf8)]
        for (number, bytes) in damages.enumerated() {
            try bytes.write(to: URL(fileURLWithPath: store.indexPath))
            let reopened = store.open()
            #expect(reopened.sessions == truth, "damage \(number)")
            #expect(reopened.reread == 3, "damage \(number)")
        }
        unlink(store.indexPath)
        #expect(store.open().sessions == truth)
    }

    @Test("text fields with tabs, newlines, backslashes and dashes survive the index")
    func escaping() {
        var summary = SessionSummary(name: "a\tb\\n.jsonl", size: 10, modified: -5, state: .interrupted,
                                     problem: "line 3 is damaged (\"x\"\n\ty)")
        summary.scenarioID = "-"
        summary.questions = [QuestionResult(questionID: "", rootID: "r\\t", round: .coding, depth: 2, score: nil, kind: .skip),
                             QuestionResult(questionID: "한국어 질문", rootID: "-", round: .project, depth: 0, score: 0.25,
                                            kind: nil)]
        summary.trees = [TreeDepth(rootID: "\\0", depthAsked: 1, depthAnsweredWell: -1, maxDepth: nil)]
        summary.overall = 1.0 / 3.0
        summary.corrupt = true
        let decoded = IndexFormat.decode(Array(IndexFormat.encode([summary, SessionSummary(name: "b", size: 0, modified: 0,
                                                                                           state: .unreadable)]).utf8))
        #expect(decoded == [summary, SessionSummary(name: "b", size: 0, modified: 0, state: .unreadable)])
    }

    @Test("delete removes the transcript and its entry, and refuses anything but a transcript name")
    func delete() throws {
        let (home, store) = try folder(sessions: 2)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let sessions = store.open().sessions
        try store.delete(sessions[0].name)
        #expect(!FileManager.default.fileExists(atPath: store.path(of: sessions[0].name)))
        #expect(store.open().sessions.map(\.name) == [sessions[1].name])
        #expect(throws: StoreError.self) { try store.delete("../transcripts/" + sessions[1].name) }
        #expect(throws: StoreError.self) { try store.delete(HistoryStore.indexName) }
        #expect(FileManager.default.fileExists(atPath: store.path(of: sessions[1].name)))
    }

    @Test("no transcripts folder is an empty history, and nothing is created")
    func noFolder() {
        let home = NSTemporaryDirectory() + "kkori-none-\(UUID().uuidString)"
        let snapshot = HistoryStore(dataFolder: home).open()
        #expect(snapshot.sessions.isEmpty && !snapshot.indexWritten)
        #expect(!FileManager.default.fileExists(atPath: home))
    }
}
