import KkoriEngine
import KkoriScenario
import KkoriScoring

/// Every interface string of history, replay, compare, progress and their line-mode and export
/// forms, for one language. The two instances live in `HistoryStrings+Korean.swift` and
/// `HistoryStrings+English.swift`; names shared with the rest of the app come from `UIStrings`.
public struct HistoryStrings: Sendable {
    /// The language these strings are in.
    public var language: Language
    let ui: UIStrings

    // List
    public var historyTitle: String
    public var sessionsCount: @Sendable (Int) -> String
    public var interruptedCount: @Sendable (Int) -> String
    public var damagedCount: @Sendable (Int) -> String
    public var columnDate: String
    public var columnScenario: String
    public var columnRounds: String
    public var columnTime: String
    public var columnScore: String
    public var columnState: String
    public var roundShort: @Sendable (RoundKind) -> String
    public var stateFinished: String
    public var stateInterrupted: String
    public var stateDamaged: String
    public var stateFuture: String
    public var stateUnreadable: String
    public var empty: String
    public var noMatch: String
    public var sortLabel: String
    public var sortName: @Sendable (HistorySort) -> String
    public var allRounds: String
    public var allScenarios: String
    public var periodName: @Sendable (HistoryPeriod) -> String
    public var deleteTitle: String
    public var deleteBody: String
    public var deleteKeys: String
    public var deleted: @Sendable (String) -> String
    public var marked: String
    public var notResumable: String
    public var notReplayable: String
    public var noComparison: String
    public var resumeHint: @Sendable (String) -> String
    // Replay
    public var replayTitle: String
    public var playing: String
    public var stopped: String
    public var stepOf: @Sendable (Int, Int) -> String
    public var answerLabel: String
    public var typing: String
    public var typedIn: @Sendable (String) -> String
    public var notAnswered: String
    public var kindLabel: @Sendable (AnswerKind) -> String
    public var next: String
    public var nextQuestion: @Sendable (String) -> String
    public var treeEnds: String
    public var sessionStarted: @Sendable (String) -> String
    public var pausedNote: String
    public var resumedNote: String
    public var quitNote: String
    public var reopenedNote: String
    public var repeatedNote: String
    public var taskNote: @Sendable (String) -> String
    public var taskGradedNote: @Sendable (TaskOutcome) -> String
    /// Heading of the coding tasks in exported reports, and the kind of each run.
    public var tasksTitle: String
    public var taskRunKind: @Sendable (_ visibleOnly: Bool) -> String
    public var timeAgainstKernel: @Sendable (Double) -> String
    public var searchPrompt: String
    public var searchMiss: @Sendable (String) -> String
    public var jumpTitle: String
    public var damagedNote: @Sendable (String) -> String
    public var endOfSession: String
    public var followUpLabel: String
    public var evidence: String
    // Compare
    public var compareTitle: String
    public var gained: String
    public var lost: String
    public var sameQuestions: @Sendable (Int) -> String
    public var noAttempt: String
    // Progress
    public var progressTitle: String
    public var overTime: @Sendable (Int) -> String
    public var byTopic: String
    public var weakestQuestions: String
    public var depthOverTime: String
    public var attempts: @Sendable (Int) -> String
    public var noProgress: String
    public var latest: String
    // Help
    public var keysTitle: String

    /// The strings for `language`.
    public static func forLanguage(_ language: Language) -> HistoryStrings {
        language == .ko ? korean : english
    }

    /// A round's name.
    public func roundName(_ kind: RoundKind) -> String { ui.roundName(kind) }
    /// A competency's name.
    public func competencyName(_ competency: Competency) -> String { ui.competencyName(competency) }
    /// A recommendation's name.
    public func recommendationName(_ value: Recommendation) -> String { ui.recommendationName(value) }
    /// "Overall".
    public var overall: String { ui.overall }
    /// "Interview report".
    public var reportTitle: String { ui.reportTitle }
    /// "Score".
    public var score: String { ui.score }
    /// "Covered".
    public var covered: String { ui.covered }
    /// "Missed".
    public var missed: String { ui.missed }
    /// "Misconceptions".
    public var misconceptions: String { ui.misconceptions }
    /// "Model answer".
    public var modelAnswer: String { ui.modelAnswer }
    /// "Recommendation".
    public var recommendation: String { ui.recommendation }
    /// "By round".
    public var byRound: String { ui.byRound }
    /// "By competency".
    public var byCompetency: String { ui.byCompetency }
    /// "Depth reached".
    public var depth: String { ui.depth }
    /// A note on an answer flag, if it has one.
    public func flagNote(_ wireName: String) -> String? { ui.flagNote(wireName) }
    /// "Round ended …".
    public func roundEnded(_ summary: RoundSummary) -> String {
        ui.roundEnded(roundName(summary.round)) + " · " + HistoryFormat.percent(summary.score)
            + (summary.ending == .timeLimit ? " · " + ui.timeUp : "")
    }
}

/// How the history list is ordered.
public enum HistorySort: String, Sendable, Hashable, CaseIterable {
    /// Newest first.
    case date
    /// Best score first.
    case score
    /// Longest first.
    case duration
    /// By scenario, then date.
    case scenario
}

/// Which sessions the list shows by date.
public enum HistoryPeriod: Int, Sendable, Hashable, CaseIterable {
    /// Every session.
    case all = 0
    /// The last seven days.
    case week = 7
    /// The last thirty days.
    case month = 30
    /// The last year.
    case year = 365
}
