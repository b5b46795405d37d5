import KkoriScenario
import KkoriScoring

/// How a round went.
public struct RoundSummary: Sendable, Hashable, Codable {
    /// Why the round ended.
    public enum Ending: String, Sendable, Hashable, Codable {
        case completed, timeLimit = "time-limit"
    }
    public var round: RoundKind
    /// Mean score of the round's question trees (or tasks), 0...1.
    public var score: Double
    /// Trees or tasks attempted.
    public var attempted: Int
    public var ending: Ending

    public init(round: RoundKind, score: Double, attempted: Int, ending: Ending) {
        self.round = round
        self.score = score
        self.attempted = attempted
        self.ending = ending
    }
}

/// One answered question, as the report sees it.
public struct ReportItem: Sendable, Hashable, Codable {
    public var questionID: String
    public var rootID: String
    public var round: RoundKind
    public var competency: Competency
    public var depth: Int
    public var kind: AnswerKind
    public var assessment: Assessment
}

/// How deep the candidate got in one question tree.
public struct TreeResult: Sendable, Hashable, Codable {
    public var rootID: String
    public var round: RoundKind
    /// Deepest level asked (0 = only the root).
    public var depthAsked: Int
    /// Deepest level answered with a score of at least 0.5, or -1 if none.
    public var depthAnsweredWell: Int
    /// The tree's allowed depth.
    public var maxDepth: Int
    /// Mean score of the tree's answers.
    public var score: Double
}

/// The interviewer's overall call. Thresholds on the overall score (0...1): strong hire ≥ 0.75,
/// hire ≥ 0.60, lean no hire ≥ 0.40, otherwise no hire.
public enum Recommendation: String, Sendable, Hashable, Codable, CaseIterable {
    case strongHire = "strong-hire", hire, leanNoHire = "lean-no-hire", noHire = "no-hire"

    /// The recommendation for an overall score.
    public init(overall: Double) {
        switch overall {
        case 0.75...: self = .strongHire
        case 0.60..<0.75: self = .hire
        case 0.40..<0.60: self = .leanNoHire
        default: self = .noHire
        }
    }
}

/// A competency's mean score.
public struct CompetencyScore: Sendable, Hashable, Codable {
    public var competency: Competency
    public var score: Double
    public var answers: Int
}

/// The end-of-session report.
public struct SessionReport: Sendable, Hashable, Codable {
    public var rounds: [RoundSummary]
    public var competencies: [CompetencyScore]
    public var trees: [TreeResult]
    public var tasks: [TaskOutcome]
    /// Best and worst answered questions (ids), up to three each.
    public var strongest: [String]
    public var weakest: [String]
    public var overall: Double
    public var recommendation: Recommendation
    /// Key points missed most, as (question id, point id), for concrete advice.
    public var missedPoints: [MissedPoint]
}

/// A key point the candidate missed, to study next time.
public struct MissedPoint: Sendable, Hashable, Codable {
    public var questionID: String
    public var pointID: String
}
