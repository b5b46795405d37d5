import Foundation
import KkoriEngine
import KkoriScenario
import KkoriScoring
import KkoriTranscript

/// Transcripts for history tests: a small finished session with every kind of record, and ways to
/// damage it.
enum HistoryFixture {
    static let start = 1_700_000_000.0

    static func assessment(_ score: Double, covered: Bool) -> Assessment {
        Assessment(score: score, points: [PointResult(id: "definition", credit: covered ? 1 : 0,
                                                      evidence: covered ? ["훈련 데이터"] : []),
                                          PointResult(id: "regularization", credit: 0, evidence: [])],
                   flags: covered ? [] : [.misconception("more-layers")], language: .ko,
                   advice: ["예시를 \"하나\" 들어 보세요.\t\\"])
    }

    static func asked(_ id: String, depth: Int, chain: [String], number: Int = 1) -> AskedQuestion {
        AskedQuestion(questionID: id, round: .technical, depth: depth, number: number, total: 2, chain: chain)
    }

    /// A finished session: two questions (a root and its follow-up), a pause, a quit and a reopen.
    static var finishedRecords: [(SessionRecord, Double)] {
        let config = SessionConfig(rounds: [.technical], language: .ko, mode: .practice, seed: 9)
        let report = try? JSONDecoder().decode(SessionReport.self, from: Data(reportJSON.utf8))
        var records: [(SessionRecord, Double)] = [
            (.started(SessionStart(scenarioID: "ml-engineer", scenarioHash: "h", config: config, version: "test")), 0),
            (.asked(asked("ml-overfit", depth: 0, chain: ["ml-overfit"])), 0),
            (.keystrokes(KeystrokeBatch(questionID: "ml-overfit", edits: [Keystroke(at: 0.5, text: "과"),
                                                                           Keystroke(at: 0.75, text: "\u{8}"),
                                                                           Keystroke(at: 1, text: "과적합 \"q\" \\ \u{1B}[31m")])), 2),
            (.answered(GivenAnswer(questionID: "ml-overfit", kind: .answer, text: "과적합은 훈련 데이터에만 맞는 것", seconds: 10)), 10),
            (.scored(ScoredAnswer(questionID: "ml-overfit", assessment: assessment(0.8, covered: true))), 10),
            (.followUp(FollowUpChoice(from: "ml-overfit", to: "ml-overfit.l1l2", reason: .condition)), 10),
            (.asked(asked("ml-overfit.l1l2", depth: 1, chain: ["ml-overfit", "ml-overfit.l1l2"])), 10),
            (.paused, 20), (.resumed, 50),
            (.quit, 60), (.reopened, 1060),
            (.answered(GivenAnswer(questionID: "ml-overfit.l1l2", kind: .dontKnow, text: "", seconds: 5)), 1070),
            (.scored(ScoredAnswer(questionID: "ml-overfit.l1l2", assessment: assessment(0.1, covered: false))), 1070),
            (.followUp(FollowUpChoice(from: "ml-overfit.l1l2", to: nil, reason: .dontKnow)), 1070),
            (.roundEnded(RoundSummary(round: .technical, score: 0.45, attempted: 1, ending: .completed)), 1070),
        ]
        if let report { records.append((.finished(report), 1071)) }
        return records
    }

    static let reportJSON = """
    {"rounds":[{"round":"technical","score":0.45,"attempted":1,"ending":"completed"}],
     "competencies":[{"competency":"ml-fundamentals","score":0.45,"answers":2}],
     "trees":[{"rootID":"ml-overfit","round":"technical","depthAsked":1,"depthAnsweredWell":0,"maxDepth":2,"score":0.45}],
     "tasks":[],"strongest":["ml-overfit"],"weakest":["ml-overfit.l1l2"],"overall":0.45,"redFlags":[],
     "recommendation":"lean-no-hire","missedPoints":[]}
    """

    static func entries(_ records: [(SessionRecord, Double)], start: Double = start) -> [TranscriptEntry] {
        records.enumerated().map { TranscriptEntry(seq: $0.offset + 1, time: start + $0.element.1, record: $0.element.0) }
    }

    static func bytes(_ records: [(SessionRecord, Double)], start: Double = start) -> [UInt8] {
        entries(records, start: start).flatMap(TranscriptFormat.encode)
    }

    /// A fresh temporary data folder with its transcripts folder.
    static func home() throws -> (home: String, transcripts: String) {
        let home = NSTemporaryDirectory() + "kkori-history-\(UUID().uuidString)"
        let transcripts = home + "/transcripts"
        try FileManager.default.createDirectory(atPath: transcripts, withIntermediateDirectories: true)
        return (home, transcripts)
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
