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

/// The end-of-session report.
public struct SessionReport: Sendable, Hashable, Codable {
    public var rounds: [RoundSummary]
    public var competencies: [CompetencyScore]
    public var trees: [TreeResult]
    public var tasks: [TaskOutcome]
    /// Best and worst answered questions (ids), up to three each.
    public var strongest: [String]
    public var weakest: [String]
    /// Weighted overall score and the call, from the scoring module's session aggregate.
    public var overall: Double
    public var recommendation: Recommendation
    /// Red flags that lowered the call (blame, absolutes, no own role, repeated misconceptions).
    public var redFlags: [String]
    /// Key points missed most, as (question id, point id), for concrete advice.
    public var missedPoints: [MissedPoint]
}

/// A key point the candidate missed, to study next time.
public struct MissedPoint: Sendable, Hashable, Codable {
    public var questionID: String
    public var pointID: String
}

extension SessionReport {
    private enum CodingKeys: String, CodingKey {
        case rounds, competencies, trees, tasks, strongest, weakest, overall, recommendation, redFlags, missedPoints
    }

    /// Reads a report; the lists a report of an older kkori may lack (tasks, red flags, missed points,
    /// competencies) read as empty, so its transcript still opens.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rounds = try c.decode([RoundSummary].self, forKey: .rounds)
        competencies = try c.decodeIfPresent([CompetencyScore].self, forKey: .competencies) ?? []
        trees = try c.decode([TreeResult].self, forKey: .trees)
        tasks = try c.decodeIfPresent([TaskOutcome].self, forKey: .tasks) ?? []
        strongest = try c.decode([String].self, forKey: .strongest)
        weakest = try c.decode([String].self, forKey: .weakest)
        overall = try c.decode(Double.self, forKey: .overall)
        recommendation = try c.decode(Recommendation.self, forKey: .recommendation)
        redFlags = try c.decodeIfPresent([String].self, forKey: .redFlags) ?? []
        missedPoints = try c.decodeIfPresent([MissedPoint].self, forKey: .missedPoints) ?? []
    }
}
