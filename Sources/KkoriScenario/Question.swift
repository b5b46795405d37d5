/// The kind of round a question or task belongs to.
public enum RoundKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// ML/DL theory and CS fundamentals.
    case technical
    /// The candidate's own projects.
    case project
    /// Motivation, character, collaboration.
    case personality
    /// Timed numpy implementation tasks.
    case coding
}

/// What a key point shows about the answer's depth; lets the scorer reward detail beyond a one-liner.
public enum Aspect: String, Sendable, Hashable, Codable, CaseIterable {
    /// What the thing is.
    case definition
    /// Why it behaves as it does, in plain words.
    case intuition
    /// The formula or complexity.
    case formula
    /// A concrete example or use.
    case example
    /// Costs, limits, alternatives.
    case tradeOff = "trade-off"
    /// Related knowledge beyond what was asked.
    case beyond
    /// Project and personality signals: the candidate's own role, numbers, actions, growth.
    case experience
}

/// One thing a good answer conveys, with the phrases that show it.
public struct KeyPoint: Sendable, Hashable, Codable {
    /// Stable id, unique within its question (follow-up conditions name it).
    public var id: String
    /// Relative importance; positive.
    public var weight: Double
    /// What the answer must convey, in the rubric's words (shown when missed).
    public var conveys: Localized
    /// Phrases that show the point was made.
    public var phrases: PhraseSet
    /// What kind of depth the point shows, if it is one of the detail aspects.
    public var aspect: Aspect?

    public init(id: String, weight: Double, conveys: Localized, phrases: PhraseSet, aspect: Aspect? = nil) {
        self.id = id
        self.weight = weight
        self.conveys = conveys
        self.phrases = phrases
        self.aspect = aspect
    }
}

/// A typical wrong belief; stating it confidently costs points.
public struct Misconception: Sendable, Hashable, Codable {
    /// Stable id, unique within its question.
    public var id: String
    /// The wrong belief, in the rubric's words, with a short correction.
    public var says: Localized
    /// Phrases that show the belief was stated.
    public var phrases: PhraseSet
    /// Fraction of the full score removed when stated (0...1).
    public var penalty: Double

    public init(id: String, says: Localized, phrases: PhraseSet, penalty: Double = 0.25) {
        self.id = id
        self.says = says
        self.phrases = phrases
        self.penalty = penalty
    }
}

/// How an answer to a question is judged.
public struct Rubric: Sendable, Hashable, Codable {
    /// Weighted key points; never empty in a valid scenario.
    public var points: [KeyPoint]
    /// Misconceptions to watch for.
    public var misconceptions: [Misconception]

    public init(points: [KeyPoint], misconceptions: [Misconception] = []) {
        self.points = points
        self.misconceptions = misconceptions
    }

    /// Sum of the key points' weights.
    public var totalWeight: Double { points.reduce(0) { $0 + $1.weight } }
}

/// When a follow-up is chosen. All stated parts must hold; an empty condition never matches
/// unless it is the `default`.
public struct FollowUpCondition: Sendable, Hashable, Codable {
    /// Every one of these key points was covered.
    public var covered: [String]
    /// Every one of these key points was missed.
    public var missed: [String]
    /// The score is at least this.
    public var scoreAtLeast: Double?
    /// The score is below this.
    public var scoreBelow: Double?
    /// The answer was an honest "don't know".
    public var dontKnow: Bool
    /// Matches any answer (used last).
    public var isDefault: Bool

    public init(covered: [String] = [], missed: [String] = [], scoreAtLeast: Double? = nil,
                scoreBelow: Double? = nil, dontKnow: Bool = false, isDefault: Bool = false) {
        self.covered = covered
        self.missed = missed
        self.scoreAtLeast = scoreAtLeast
        self.scoreBelow = scoreBelow
        self.dontKnow = dontKnow
        self.isDefault = isDefault
    }
}

/// A branch of a question tree: a condition and the question it leads to.
public struct FollowUp: Sendable, Hashable, Codable {
    /// When this follow-up applies.
    public var condition: FollowUpCondition
    /// The id of the question asked next.
    public var target: String

    public init(condition: FollowUpCondition, target: String) {
        self.condition = condition
        self.target = target
    }
}

/// A question: a root of a tree or a follow-up node.
public struct Question: Sendable, Hashable, Codable, Identifiable {
    /// Stable, globally unique id (transcripts and progress refer to it).
    public var id: String
    /// The round it belongs to.
    public var round: RoundKind
    /// Topic id (see `Scenario.topics`).
    public var topic: String
    /// The question as the interviewer asks it.
    public var text: Localized
    /// How answers are judged.
    public var rubric: Rubric
    /// Follow-ups in priority order: the first whose condition holds is asked.
    public var followUps: [FollowUp]
    /// What a strong candidate would say.
    public var modelAnswer: Localized
    /// For roots: how many follow-up levels may be asked below it.
    public var maxDepth: Int
    /// The question this one was written under, if it is a follow-up.
    public var parent: String?
    /// Whether it may be drawn as a root question.
    public var isRoot: Bool { parent == nil }

    public init(id: String, round: RoundKind, topic: String, text: Localized, rubric: Rubric,
                followUps: [FollowUp], modelAnswer: Localized, maxDepth: Int = 3, parent: String? = nil) {
        self.id = id
        self.round = round
        self.topic = topic
        self.text = text
        self.rubric = rubric
        self.followUps = followUps
        self.modelAnswer = modelAnswer
        self.maxDepth = maxDepth
        self.parent = parent
    }
}
