import KkoriScenario

/// One answered question, as the session's aggregate needs it.
public struct AnsweredQuestion: Sendable, Hashable, Codable {
    /// The question's id.
    public var questionID: String
    /// The root of its question tree (`Scenario.root(of:)`).
    public var tree: String
    /// What its score counts towards.
    public var competency: Competency
    /// Follow-up level: 0 for the root, 1 for its first follow-up, ...
    public var depth: Int
    /// The judgement of the answer.
    public var assessment: Assessment

    public init(questionID: String, tree: String, competency: Competency, depth: Int, assessment: Assessment) {
        self.questionID = questionID
        self.tree = tree
        self.competency = competency
        self.depth = depth
        self.assessment = assessment
    }
}

/// The overall call, as interviewers write it in their notes.
public enum Recommendation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Clearly above the bar everywhere.
    case strongHire = "strong-hire"
    /// Above the bar.
    case hire
    /// Below the bar, with some strengths.
    case leanNoHire = "lean-no-hire"
    /// Well below the bar.
    case noHire = "no-hire"

    /// One level lower (no hire stays).
    var lowered: Recommendation {
        switch self {
        case .strongHire: .hire
        case .hire: .leanNoHire
        case .leanNoHire, .noHire: .noHire
        }
    }
}

/// A competency's score over a session.
public struct CompetencyScore: Sendable, Hashable, Codable {
    /// Which competency.
    public var competency: Competency
    /// Its score, 0...1.
    public var score: Double
    /// How many answers it rests on.
    public var answers: Int
}

/// How deep a question tree went.
public struct TreeDepth: Sendable, Hashable, Codable {
    /// The tree's root id.
    public var tree: String
    /// The deepest level asked (0 = only the root).
    public var asked: Int
    /// The deepest level answered well (score at least `SessionAggregate.reachedScore`); nil when
    /// not even the root was.
    public var reached: Int?
    /// Whether the tree ended on an honest "don't know": the edge of the candidate's knowledge.
    public var endedOnDontKnow: Bool
}
