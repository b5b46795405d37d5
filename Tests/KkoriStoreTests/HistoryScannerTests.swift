import Foundation
import Testing
import KkoriEngine
@testable import KkoriStore
import KkoriTranscript

@Suite("History's transcript scanner agrees with the transcript reader")
struct HistoryScannerTests {
    func scan(_ bytes: [UInt8]) throws -> ([TranscriptEntry], ScanOutcome) {
        try TranscriptScanner.entries(bytes)
    }

    @Test("every record type reads back the same as with the general reader")
    func sameEntries() throws {
        let bytes = HistoryFixture.bytes(HistoryFixture.finishedRecords)
        let (entries, outcome) = try scan(bytes)
        let reference = try TranscriptReader.read(bytes)
        #expect(entries == reference.entries)
        #expect(entries.count == HistoryFixture.finishedRecords.count)
        #expect(outcome.damage == nil && outcome.validLength == bytes.count)
    }

    @Test("every prefix of a transcript (a kill at any byte) gives what the reader gives")
    func everyCutPoint() throws {
        let bytes = HistoryFixture.bytes(HistoryFixture.finishedRecords)
        for length in stride(from: 0, through: bytes.count, by: 1) {
            let prefix = Array(bytes.prefix(length))
            let (entries, outcome) = try scan(prefix)
            let reference = try TranscriptReader.read(prefix)
            #expect(entries == reference.entries, "cut at \(length)")
            #expect(outcome.validLength == reference.validLength, "cut at \(length)")
            #expect(outcome.damage == reference.damage, "cut at \(length)")
        }
    }

    @Test("a flipped byte anywhere is caught at the same line as the reader catches it")
    func flippedBytes() throws {
        let bytes = HistoryFixture.bytes(HistoryFixture.finishedRecords)
        var random = SeededGenerator(seed: 42)
        for _ in 0..<300 {
            var damaged = bytes
            let index = Int(random.next() % UInt64(bytes.count))
            damaged[index] ^= UInt8(1 + random.next() % 255)
            let reference = try? TranscriptReader.read(damaged)
            let ours = try? scan(damaged)
            #expect(ours?.0 == reference?.entries, "byte \(index)")
            #expect(ours?.1.damage == reference?.damage, "byte \(index)")
            #expect(ours?.1.ignoredLines == reference?.ignoredLines, "byte \(index)")
        }
    }

    @Test("the hand-read records (typing, asked, answered, follow-up) equal the general decoder's, whatever their text")
    func keystrokeStrings() throws {
        let alphabet: [String] = ["a", "한", "\u{8}", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1B}", "😀", "é", "\u{7F}",
                                  "\u{2028}", "}", "],", "\"}", " "]
        var random = SeededGenerator(seed: 7)
        var records: [(SessionRecord, Double)] = []
        for batch in 0..<200 {
            let edits = (0..<Int(random.next() % 6)).map { index in
                Keystroke(at: Double(index) * 0.1 + Double(random.next() % 1000) / 7,
                          text: (0..<Int(1 + random.next() % 4)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined())
            }
            let id = "q\(batch)\(alphabet[batch % alphabet.count])"
            let chain = (0..<Int(random.next() % 3)).map { "c\($0)\(alphabet[Int(random.next() % UInt64(alphabet.count))])" }
            let text = (0..<Int(random.next() % 9)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            records.append((.keystrokes(KeystrokeBatch(questionID: id, edits: edits)), Double(batch)))
            records.append((.asked(AskedQuestion(questionID: id, round: .personality, depth: batch % 4, number: batch,
                                                 total: -batch, chain: chain)), Double(batch) + 0.5))
            records.append((.answered(GivenAnswer(questionID: id, kind: batch % 2 == 0 ? .answer : .timeout, text: text,
                                                  seconds: Double(random.next() % 100_000) / 3)), Double(batch) + 0.7))
            records.append((.followUp(FollowUpChoice(from: id, to: batch % 3 == 0 ? nil : text, reason: .depthLimit)), 1e-7))
        }
        let bytes = HistoryFixture.bytes(records)
        let (entries, outcome) = try scan(bytes)
        #expect(outcome.damage == nil)
        #expect(entries == (try TranscriptReader.read(bytes)).entries)
    }

    @Test("typing records can be skipped, and are still counted as valid lines")
    func skipTyping() throws {
        let bytes = HistoryFixture.bytes(HistoryFixture.finishedRecords)
        var records: [SessionRecord?] = []
        let outcome = try bytes.withUnsafeBufferPointer { buffer in
            try TranscriptScanner.scan(buffer, keystrokes: false) { records.append($0.record) }
        }
        #expect(outcome.lines == HistoryFixture.finishedRecords.count)
        #expect(records.filter { $0 == nil }.count == 1)
        #expect(records.compactMap { $0 }.allSatisfy { if case .keystrokes = $0 { false } else { true } })
    }

    @Test("a newer format is refused, as by the reader")
    func futureVersion() throws {
        let body = #"{"v":9,"seq":1,"t":1.000000,"data":{},"type":"paused""#
        let line = body + #","crc":""# + CRC32.hex(CRC32.checksum(Array(body.utf8))) + "\"}\n"
        #expect(throws: TranscriptError.futureVersion(9)) { try scan(Array(line.utf8)) }
    }

    @Test("lines written in another key order still read, through the general decoder")
    func otherShape() throws {
        let body = #"{"type":"paused","t":5,"data":{},"seq":1,"v":1"#
        let line = body + #","crc":""# + CRC32.hex(CRC32.checksum(Array(body.utf8))) + "\"}\n"
        let (entries, outcome) = try scan(Array(line.utf8))
        #expect(entries == [TranscriptEntry(seq: 1, time: 5, record: .paused)])
        #expect(outcome.damage == nil)
    }

    @Test("the fast checksum equals the format's checksum for every length")
    func checksum() {
        var random = SeededGenerator(seed: 3)
        for length in 0..<300 {
            let bytes = (0..<length).map { _ in UInt8(random.next() & 0xFF) }
            let fast = bytes.withUnsafeBufferPointer { FastCRC32.checksum($0) }
            #expect(fast == CRC32.checksum(bytes), "length \(length)")
        }
    }
}
