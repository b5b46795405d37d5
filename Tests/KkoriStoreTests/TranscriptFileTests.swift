import Foundation
import Testing
import KkoriEngine
@testable import KkoriStore
import KkoriTranscript

@Suite("Transcript files on disk")
struct TranscriptFileTests {
    func tempFolder() throws -> String {
        let path = NSTemporaryDirectory() + "kkori-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("a new transcript gets a 0700 folder and a 0600 file, and reads back")
    func createAndRead() throws {
        let root = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/data/transcripts"
        let file = try TranscriptFile.create(in: folder, name: "s.jsonl")
        try file.append(.paused, at: 1)
        try file.append(.resumed, at: 2)
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
        let fileMode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(fileMode == 0o600)
        let contents = try TranscriptLoader.load(file.path)
        #expect(contents.entries.map(\.record) == [.paused, .resumed])
        #expect(contents.entries.map(\.seq) == [1, 2])
    }

    @Test("reopening a torn file cuts it back before appending, so nothing merges")
    func truncateBeforeAppend() throws {
        let root = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = try TranscriptFile.create(in: root, name: "t.jsonl")
        try file.append(.paused, at: 1)
        try file.append(.resumed, at: 2)
        let path = file.path
        // Simulate a kill mid-write: half of a third line.
        let torn = TranscriptFormat.encode(TranscriptEntry(seq: 3, time: 3, record: .quit))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(torn.prefix(torn.count / 2)))
        try handle.close()

        let (reopened, contents) = try TranscriptFile.reopen(path)
        #expect(contents.entries.count == 2)
        #expect(contents.damage == .tornTail(line: 3))
        try reopened.append(.reopened, at: 4)
        let after = try TranscriptLoader.load(path)
        #expect(after.damage == nil)
        #expect(after.entries.map(\.record) == [.paused, .resumed, .reopened])
        #expect(after.entries.map(\.seq) == [1, 2, 3])
    }

    @Test("creating in an unwritable place fails with a message naming the path")
    func unwritable() throws {
        let root = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let blocker = root + "/file"
        FileManager.default.createFile(atPath: blocker, contents: Data())
        #expect {
            try TranscriptFile.create(in: blocker + "/sub", name: "x.jsonl")
        } throws: { error in
            "\(error)".contains(blocker)
        }
    }

    @Test("a missing transcript is a clear error")
    func missing() {
        #expect {
            try TranscriptLoader.load("/nonexistent/kkori.jsonl")
        } throws: { error in
            "\(error)".contains("does not exist")
        }
    }
}
