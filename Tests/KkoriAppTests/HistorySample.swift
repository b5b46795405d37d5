import Foundation
@testable import KkoriApp
import KkoriEngine
import KkoriScenario
import KkoriScoring
import KkoriTranscript

/// Sessions for history tests, including a hostile one: its answers carry escape sequences, HTML,
/// Markdown and backticks, and its ids carry control characters.
enum HistorySample {
    static let start = 1_700_000_000.0
    /// What a hostile answer holds: a title-setting OSC, a colour, a clear-screen, HTML and a fence.
    static let hostile = "정답 \u{1B}]0;owned\u{7}\u{1B}[31mred\u{1B}[2J <script>alert(1)</script> | *b* ```\n# head"

    static func assessment(_ score: Double, covered: Bool, evidence: String = "training data") -> Assessment {
        Assessment(score: score, points: [PointResult(id: "definition", credit: covered ? 1 : 0, evidence: covered ? [evidence] : []),
                                          PointResult(id: "regularization", credit: 0, evidence: [])],
                   misconceptions: covered ? [] : ["more-layers"], language: .en, advice: ["Give an example."])
    }

    static func records(answer: String, score: Double = 0.8, finished: Bool = true,
                        questionID: String = "ml-overfit") -> [(SessionRecord, Double)] {
        let config = SessionConfig(rounds: [.technical], language: .en, mode: .practice, seed: 9)
        let asked = AskedQuestion(questionID: questionID, round: .technical, depth: 0, number: 1, total: 1, chain: [questionID])
        var records: [(SessionRecord, Double)] = [
            (.started(SessionStart(scenarioID: "ml-engineer", scenarioHash: "h", config: config, version: "test")), 0),
            (.asked(asked), 0),
            (.keystrokes(KeystrokeBatch(questionID: questionID, edits: [Keystroke(at: 1, text: "ab"), Keystroke(at: 2, text: "\u{8}"),
                                                                         Keystroke(at: 3, text: "\u{1B}]0;x\u{7}c")])), 3),
            (.answered(GivenAnswer(questionID: questionID, kind: .answer, text: answer, seconds: 20)), 20),
            (.scored(ScoredAnswer(questionID: questionID, assessment: assessment(score, covered: score >= 0.5,
                                                                                  evidence: "ev\u{1B}[1m"))), 20),
            (.followUp(FollowUpChoice(from: questionID, to: nil, reason: .noMatch)), 20),
            (.roundEnded(RoundSummary(round: .technical, score: score, attempted: 1, ending: .completed)), 21),
        ]
        if finished, let report = report(score: score, questionID: questionID) { records.append((.finished(report), 22)) }
        return records
    }

    static func report(score: Double, questionID: String) -> SessionReport? {
        let json = """
        {"rounds":[{"round":"technical","score":\(score),"attempted":1,"ending":"completed"}],
         "competencies":[{"competency":"ml-fundamentals","score":\(score),"answers":1}],
         "trees":[{"rootID":"\(questionID)","round":"technical","depthAsked":0,"depthAnsweredWell":0,"maxDepth":2,"score":\(score)}],
         "tasks":[],"strongest":[],"weakest":[],"overall":\(score),"recommendation":"hire","redFlags":[],
         "missedPoints":[{"questionID":"\(questionID)","pointID":"regularization"}]}
        """
        return try? JSONDecoder().decode(SessionReport.self, from: Data(json.utf8))
    }

    static func entries(_ records: [(SessionRecord, Double)], start: Double = start) -> [TranscriptEntry] {
        records.enumerated().map { TranscriptEntry(seq: $0.offset + 1, time: start + $0.element.1, record: $0.element.0) }
    }

    static func bytes(_ records: [(SessionRecord, Double)], start: Double = start) -> [UInt8] {
        entries(records, start: start).flatMap(TranscriptFormat.encode)
    }

    static func session(_ records: [(SessionRecord, Double)], problem: String? = nil) -> LoadedSession {
        LoadedSession(path: "/data/transcripts/s.jsonl", entries: entries(records), problem: problem, scenario: nil)
    }

    /// Every escape character in `text` starts one of kkori's own sequences (SGR, cursor up, clear below).
    static func onlyOwnEscapes(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "\u{1B}" {
            guard index + 1 < scalars.count, scalars[index + 1] == "[" else { return false }
            var end = index + 2
            while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == ";" { end += 1 }
            guard end < scalars.count, ["m", "A", "J"].contains(scalars[end]) else { return false }
        }
        return true
    }
}
