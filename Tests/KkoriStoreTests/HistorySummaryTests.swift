import Foundation
import Testing
import KkoriEngine
@testable import KkoriStore
import KkoriTranscript

@Suite("Session summaries, from whole, damaged and hostile transcripts")
struct HistorySummaryTests {
    let stamp = FileStamp(size: 1, modified: 2)

    func summary(_ bytes: [UInt8]) -> SessionSummary {
        SessionSummary.summarize(bytes, name: "s.jsonl", stamp: stamp)
    }

    @Test("a finished session: report, questions with scores, depth per tree, active time without breaks")
    func finished() {
        let s = summary(HistoryFixture.bytes(HistoryFixture.finishedRecords))
        #expect(s.state == .finished)
        #expect(s.problem == nil && !s.isResumable)
        #expect(s.scenarioID == "ml-engineer" && s.rounds == [.technical] && s.language == .ko && s.mode == .practice)
        #expect(s.overall == 0.45 && s.recommendation == .leanNoHire)
        #expect(s.questions.map(\.questionID) == ["ml-overfit", "ml-overfit.l1l2"])
        #expect(s.questions.map(\.score) == [0.8, 0.1])
        #expect(s.questions.map(\.kind) == [.answer, .dontKnow])
        #expect(s.questions.map(\.rootID) == ["ml-overfit", "ml-overfit"])
        #expect(s.trees == [TreeDepth(rootID: "ml-overfit", depthAsked: 1, depthAnsweredWell: 0, maxDepth: 2)])
        #expect(s.competencies == [CompetencyResult(competency: .mlFundamentals, score: 0.45)])
        #expect(s.roundScores == [RoundScore(round: .technical, score: 0.45)])
        // 1071 s from first to last record, minus a 30 s pause and the 1000 s between quitting and resuming.
        #expect(abs(s.activeSeconds - 41) < 1e-6)
        #expect(s.startedAt == HistoryFixture.start)
    }

    @Test("an interrupted session can be resumed; its questions still count")
    func interrupted() {
        let records = Array(HistoryFixture.finishedRecords.prefix(10))
        let s = summary(HistoryFixture.bytes(records))
        #expect(s.state == .interrupted && s.isResumable)
        #expect(s.overall == nil)
        #expect(s.questionsAsked == 2 && s.answeredCount == 1)
        #expect(s.trees.first?.maxDepth == nil)
    }

    @Test("a torn last line is marked but stays resumable; a corrupt line is marked and is not")
    func damage() {
        let bytes = HistoryFixture.bytes(Array(HistoryFixture.finishedRecords.prefix(8)))
        let torn = summary(bytes + Array(#"{"v":1,"seq":9,"t":1,"da"#.utf8))
        #expect(torn.state == .interrupted && torn.problem?.contains("line 9") == true)
        #expect(!torn.corrupt && torn.isResumable)

        var corrupted = HistoryFixture.bytes(HistoryFixture.finishedRecords)
        let third = corrupted.indices.filter { corrupted[$0] == 0x0A }[2]
        corrupted[third - 5] ^= 0x20
        let corrupt = summary(corrupted)
        #expect(corrupt.corrupt && !corrupt.isResumable)
        #expect(corrupt.problem?.contains("line 3 is damaged") == true)
        #expect(corrupt.problem?.contains("later lines not read") == true)
        #expect(corrupt.questionsAsked == 1)
    }

    @Test("a newer format, an empty file and garbage are listed with what is wrong")
    func unusable() {
        let body = #"{"v":2,"seq":1,"t":1.000000,"data":{},"type":"paused""#
        let future = summary(Array((body + #","crc":""# + CRC32.hex(CRC32.checksum(Array(body.utf8))) + "\"}\n").utf8))
        #expect(future.state == .futureVersion && future.problem?.contains("newer kkori") == true)
        let empty = summary([])
        #expect(empty.state == .unreadable && empty.problem == "the file is empty")
        let garbage = summary(Array("\u{1B}]0;owned\u{7}\nnot json\n".utf8))
        #expect(garbage.state == .unreadable && garbage.problem?.contains("line 1") == true)
        let noStart = summary(HistoryFixture.bytes([(.paused, 0)]))
        #expect(noStart.state == .unreadable && !noStart.isResumable)
    }

    @Test("hostile values (NaN times, scores out of range) are clamped, never trusted")
    func hostileValues() {
        var records = HistoryFixture.finishedRecords
        records[4] = (.scored(ScoredAnswer(questionID: "ml-overfit", assessment: HistoryFixture.assessment(7, covered: true))), 10)
        records.append((.paused, .nan))
        let s = summary(HistoryFixture.bytes(records))
        #expect(s.questions.first?.score == 1)
        #expect(s.activeSeconds.isFinite && s.endedAt.isFinite)
    }

    @Test("a FIFO, a link to a device and a huge file are listed without hanging or reading them whole")
    func hostileFiles() throws {
        let (home, folder) = try HistoryFixture.home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        #expect(mkfifo(folder + "/fifo.jsonl", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/zero.jsonl", withDestinationPath: "/dev/zero")
        // Sparse files: 100 MB of zeros (no newline anywhere), and one past the size cap.
        for (name, size) in [("big.jsonl", 100 << 20), ("huge.jsonl", TranscriptLoader.maxBytes + 1)] {
            let fd = open(folder + "/" + name, O_WRONLY | O_CREAT, 0o600)
            #expect(ftruncate(fd, off_t(size)) == 0)
            close(fd)
        }
        let sessions = HistoryStore(dataFolder: home).open().sessions
        let byName = Dictionary(uniqueKeysWithValues: sessions.map { ($0.name, $0) })
        #expect(byName["fifo.jsonl"]?.problem == "not a regular file")
        #expect(byName["zero.jsonl"]?.state == .unreadable)
        #expect(byName["big.jsonl"]?.state == .unreadable)
        #expect(byName["big.jsonl"]?.problem?.contains("line 1 was cut off") == true)
        #expect(byName["huge.jsonl"]?.problem?.contains("too large") == true)
    }
}
