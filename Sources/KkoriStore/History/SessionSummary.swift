import KkoriEngine
import KkoriScenario
import KkoriScoring

/// Where a stored session stands, as the history lists it.
public enum SessionState: String, Sendable, Hashable, CaseIterable {
    /// It reached its report.
    case finished
    /// It stopped before the end (quit, killed, or still running); it can be resumed.
    case interrupted
    /// Written by a newer kkori: listed, but this build cannot read it.
    case futureVersion = "future-version"
    /// Not readable as a transcript at all (too large, no permission, no valid first line).
    case unreadable
}

/// One answered (or asked) question of a session, as history and progress need it.
public struct QuestionResult: Sendable, Hashable {
    /// The question's id.
    public var questionID: String
    /// The root of its follow-up tree.
    public var rootID: String
    /// Its round.
    public var round: RoundKind
    /// 0 for a root, 1 for its first follow-up, …
    public var depth: Int
    /// The score given, when it was scored.
    public var score: Double?
    /// How it ended, when it was answered.
    public var kind: AnswerKind?

    public init(questionID: String, rootID: String, round: RoundKind, depth: Int, score: Double?, kind: AnswerKind?) {
        self.questionID = questionID
        self.rootID = rootID
        self.round = round
        self.depth = depth
        self.score = score
        self.kind = kind
    }
}

/// How deep a session got in one question tree.
public struct TreeDepth: Sendable, Hashable {
    /// The tree's root question.
    public var rootID: String
    /// Deepest level asked (0 = only the root).
    public var depthAsked: Int
    /// Deepest level answered with a score of at least 0.5, or -1 if none.
    public var depthAnsweredWell: Int
    /// The tree's allowed depth when the report recorded it, else nil.
    public var maxDepth: Int?

    public init(rootID: String, depthAsked: Int, depthAnsweredWell: Int, maxDepth: Int?) {
        self.rootID = rootID
        self.depthAsked = depthAsked
        self.depthAnsweredWell = depthAnsweredWell
        self.maxDepth = maxDepth
    }
}

/// What the history knows about one transcript without reading it again: enough for the list, the
/// filters and the progress view. Built from the transcript, kept in the index, rebuilt when stale.
public struct SessionSummary: Sendable, Hashable {
    /// The transcript's file name inside the transcripts folder.
    public var name: String
    /// Its size in bytes when summarised (with `modified`, how staleness is noticed).
    public var size: Int64
    /// Its modification time in nanoseconds since 1970 when summarised.
    public var modified: Int64
    /// Finished, interrupted, unreadable or from a newer kkori.
    public var state: SessionState
    /// Why part (or all) of the file could not be read, in one line; nil when it is whole.
    public var problem: String?
    /// Whether reading stopped at a corrupt line (not just a torn last write): resuming would cut data.
    public var corrupt: Bool
    /// The scenario it was recorded with ("" when unknown).
    public var scenarioID: String
    /// Rounds it was started with.
    public var rounds: [RoundKind]
    /// Interview language, when known.
    public var language: Language?
    /// Practice or real, when known.
    public var mode: InterviewMode?
    /// Wall time of the first record (seconds since 1970), 0 when unknown.
    public var startedAt: Double
    /// Wall time of the last record.
    public var endedAt: Double
    /// Seconds the interview ran, pauses and breaks between quitting and resuming excluded.
    public var activeSeconds: Double
    /// Questions asked.
    public var questionsAsked: Int
    /// Overall score of the report, when it finished.
    public var overall: Double?
    /// The report's recommendation, when it finished.
    public var recommendation: Recommendation?
    /// Mean score per round that ended.
    public var roundScores: [RoundScore]
    /// The report's competency scores, when it finished.
    public var competencies: [CompetencyResult]
    /// Every question asked, in order, with its score.
    public var questions: [QuestionResult]
    /// Depth reached per question tree, in order of first ask.
    public var trees: [TreeDepth]

    /// A summary with only the file facts; the builder fills in the rest.
    public init(name: String, size: Int64, modified: Int64, state: SessionState, problem: String? = nil) {
        self.name = name
        self.size = size
        self.modified = modified
        self.state = state
        self.problem = problem
        corrupt = false
        scenarioID = ""
        rounds = []
        startedAt = 0
        endedAt = 0
        activeSeconds = 0
        questionsAsked = 0
        roundScores = []
        competencies = []
        questions = []
        trees = []
    }

    /// Whether `kkori resume` can continue it without losing records.
    public var isResumable: Bool {
        state == .interrupted && !corrupt && !scenarioID.isEmpty
    }

    /// Whether any part of the file is damaged or unreadable (the list marks it).
    public var isDamaged: Bool { problem != nil }

    /// Questions that were answered (not only asked).
    public var answeredCount: Int { questions.filter { $0.kind != nil }.count }
}

/// A round's mean score.
public struct RoundScore: Sendable, Hashable {
    /// The round.
    public var round: RoundKind
    /// Mean score, 0...1.
    public var score: Double

    public init(round: RoundKind, score: Double) {
        self.round = round
        self.score = score
    }
}

/// A competency's mean score in one session's report.
public struct CompetencyResult: Sendable, Hashable {
    /// The competency.
    public var competency: Competency
    /// Mean score, 0...1.
    public var score: Double

    public init(competency: Competency, score: Double) {
        self.competency = competency
        self.score = score
    }
}
