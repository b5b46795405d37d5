import Foundation
import Testing
import KkoriEngine
import KkoriScenario
import KkoriScoring
@testable import KkoriTranscript

/// A realistic sample transcript: every record type, Korean text, escapes in answers.
enum Sample {
    static var entries: [TranscriptEntry] {
        let config = SessionConfig(rounds: [.technical], language: .ko, mode: .practice, seed: 9)
        let assessment = Assessment(score: 0.5, points: [PointResult(id: "p", credit: 1, evidence: ["엔트로피"])],
                                    flags: [.dontKnow, .misconception("sym")], language: .ko)
        let asked = AskedQuestion(questionID: "ml-entropy", round: .technical, depth: 0, number: 1, total: 2,
                                  chain: ["ml-entropy"])
        let records: [SessionRecord] = [
            .started(SessionStart(scenarioID: "ml-engineer", scenarioHash: "abc", config: config, version: "1")),
            .asked(asked),
            .keystrokes(KeystrokeBatch(questionID: "ml-entropy", edits: [Keystroke(at: 0.5, text: "엔"), Keystroke(at: 0.9, text: "\u{8}")])),
            .answered(GivenAnswer(questionID: "ml-entropy", kind: .answer, text: "불확실성 \"인용\"\n\u{1B}[31m빨강", seconds: 12.5)),
            .scored(ScoredAnswer(questionID: "ml-entropy", assessment: assessment)),
            .followUp(FollowUpChoice(from: "ml-entropy", to: nil, reason: .noMatch)),
            .paused, .resumed, .repeated(questionID: "ml-entropy"),
            .taskStarted(taskID: "softmax", number: 1, total: 1),
            .taskGraded(TaskOutcome(taskID: "softmax", verdict: "accepted", passed: 3, total: 3)),
            .roundEnded(RoundSummary(round: .technical, score: 0.5, attempted: 1, ending: .completed)),
            .quit, .reopened,
        ]
        return records.enumerated().map { TranscriptEntry(seq: $0.offset + 1, time: 1_700_000_000 + Double($0.offset) * 1.25, record: $0.element) }
    }

    static var bytes: [UInt8] { entries.flatMap(TranscriptFormat.encode) }
}

@Suite("Transcript lines")
struct TranscriptFormatTests {
    @Test("every record type survives a round trip")
    func roundTrip() throws {
        let contents = try TranscriptReader.read(Sample.bytes)
        #expect(contents.damage == nil)
        #expect(contents.entries == Sample.entries)
        #expect(contents.validLength == Sample.bytes.count)
    }

    @Test("each line is one JSON object with version, sequence and checksum, and no raw control bytes")
    func lineShape() throws {
        let line = TranscriptFormat.encode(Sample.entries[3])
        #expect(line.last == 0x0A)
        #expect(!line.dropLast().contains(0x0A) && !line.contains(0x1B))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        #expect(object["v"] as? Int == 1 && object["seq"] as? Int == 4)
        #expect(object["type"] as? String == "answered")
        #expect((object["crc"] as? String)?.count == 8)
    }

    @Test("a tear at every byte offset keeps exactly the complete lines before it")
    func tornAtEveryOffset() throws {
        let bytes = Sample.bytes
        let lineEnds = bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        for cut in 0...bytes.count {
            let contents = try TranscriptReader.read(Array(bytes[0..<cut]))
            let complete = lineEnds.filter { $0 <= cut }
            #expect(contents.entries.count == complete.count)
            #expect(contents.validLength == (complete.last ?? 0))
            #expect((contents.damage != nil) == (cut != (complete.last ?? 0)))
        }
    }

    @Test("a flipped byte is caught by the checksum and later lines are not trusted")
    func corruption() throws {
        var bytes = Sample.bytes
        let second = try #require(bytes.firstIndex(of: 0x0A)) + 10
        bytes[second] ^= 0x01
        let contents = try TranscriptReader.read(bytes)
        #expect(contents.entries.count == 1)
        #expect(contents.damage == .corruptLine(line: 2, reason: "checksum mismatch"))
        #expect(contents.ignoredLines == Sample.entries.count - 2)
    }

    @Test("out-of-order sequence numbers are damage")
    func sequence() throws {
        let entries = Sample.entries
        let bytes = TranscriptFormat.encode(entries[0]) + TranscriptFormat.encode(entries[2])
        let contents = try TranscriptReader.read(bytes)
        #expect(contents.entries.count == 1)
        if case .corruptLine(2, let reason) = contents.damage { #expect(reason.contains("sequence")) } else {
            Issue.record("expected a sequence problem, got \(String(describing: contents.damage))")
        }
    }

    @Test("a transcript from a newer format is refused with a clear error")
    func futureVersion() {
        var body = Array(#"{"v":2,"seq":1,"t":1.0,"data":{},"type":"paused""#.utf8)
        let crc = CRC32.hex(CRC32.checksum(body))
        body += Array(#","crc":"\#(crc)"}"#.utf8) + [0x0A]
        #expect(throws: TranscriptError.futureVersion(2)) { try TranscriptReader.read(body) }
    }

    @Test("CRC-32 matches the standard check value")
    func crcCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }
}
