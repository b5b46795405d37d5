import KkoriScenario

/// How a stored session stands, as a row marks it.
public enum HistoryRowState: Sendable, Hashable {
    /// It reached its report.
    case finished
    /// It stopped before the end.
    case interrupted
    /// Written by a newer kkori.
    case futureVersion
    /// Not readable as a transcript.
    case unreadable
}

/// One past session in the history list, as the runtime describes it (the screen reads no files).
public struct HistoryRow: Sendable, Hashable {
    /// The transcript's file name (identifies the row).
    public var name: String
    /// The transcript's path.
    public var path: String
    /// When it started, seconds since 1970 (for sorting and the date filter).
    public var startedAt: Double
    /// The start as shown, in local time (`2026-11-28 21:04`).
    public var date: String
    /// The scenario's id.
    public var scenario: String
    /// Rounds it was started with.
    public var rounds: [RoundKind]
    /// Active seconds.
    public var duration: Double
    /// Overall score, when it finished.
    public var score: Double?
    /// Questions asked.
    public var questions: Int
    /// Finished, interrupted, newer format or unreadable.
    public var state: HistoryRowState
    /// What is wrong with the file, when something is (one line).
    public var problem: String?
    /// Whether it can be resumed.
    public var resumable: Bool

    public init(name: String, path: String, startedAt: Double, date: String, scenario: String, rounds: [RoundKind],
                duration: Double, score: Double?, questions: Int, state: HistoryRowState, problem: String?,
                resumable: Bool) {
        self.name = name
        self.path = path
        self.startedAt = startedAt
        self.date = date
        self.scenario = scenario
        self.rounds = rounds
        self.duration = duration
        self.score = score
        self.questions = questions
        self.state = state
        self.problem = problem
        self.resumable = resumable
    }

    /// Whether it can be replayed (anything with a readable start).
    public var replayable: Bool { state == .finished || state == .interrupted }

    /// The state's word, `damaged` taking precedence when part of the file is lost.
    public func stateLabel(_ strings: HistoryStrings) -> String {
        switch state {
        case .futureVersion: strings.stateFuture
        case .unreadable: strings.stateUnreadable
        case _ where problem != nil: strings.stateDamaged
        case .finished: strings.stateFinished
        case .interrupted: strings.stateInterrupted
        }
    }
}
