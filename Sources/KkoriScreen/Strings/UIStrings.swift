import KkoriEngine
import KkoriScenario
import KkoriScoring

/// Every interface string of the full-screen app, for one language. The two instances live in
/// `UIStrings+Korean.swift` and `UIStrings+English.swift`; interview content comes from scenarios.
public struct UIStrings: Sendable {
    /// The language these strings are in.
    public var language: Language
    // Home
    var appTitle: String
    var tagline: String
    var startFull: String
    var startFullDetail: String
    var roundOnly: @Sendable (RoundKind) -> String
    var resume: String
    var resumeDetail: @Sendable (String) -> String
    var history: String
    var historyDetail: String
    var settingLanguage: String
    var settingMode: String
    var settingScenario: String
    var settingGuidance: String
    var help: String
    var quit: String
    var on: String
    var off: String
    var modeName: @Sendable (InterviewMode) -> String
    var modeDetail: @Sendable (InterviewMode) -> String
    var languageName: @Sendable (Language) -> String
    var roundName: @Sendable (RoundKind) -> String
    var roundDetail: @Sendable (Int, String) -> String
    // Interview
    var questionOf: @Sendable (Int, Int) -> String
    var answerLabel: String
    var answerPlaceholder: String
    var answerClock: String
    var roundClock: String
    var paused: String
    var pausedDetail: String
    var emptyAnswer: String
    var repeated: String
    var followUp: String
    // Feedback
    var feedbackTitle: String
    var score: String
    var covered: String
    var missed: String
    var misconceptions: String
    var honesty: String
    var advice: String
    var modelAnswer: String
    var modelAnswerHidden: String
    var nextProbe: String
    var nextDeeper: @Sendable (String) -> String
    var nextMissed: @Sendable (String) -> String
    var nextEasier: String
    var nextOther: String
    var treeEnds: String
    var flagNote: @Sendable (String) -> String?
    // Summary and report
    var roundEnded: @Sendable (String) -> String
    var timeUp: String
    var questionsCount: @Sendable (Int) -> String
    var reportTitle: String
    var overall: String
    var recommendation: String
    var recommendationName: @Sendable (Recommendation) -> String
    var byRound: String
    var byCompetency: String
    var competencyName: @Sendable (Competency) -> String
    var depth: String
    var strongest: String
    var weakest: String
    var nextTime: String
    var tasks: String
    var solutionFile: String
    var grading: String
    var noGrader: String
    var taskResult: @Sendable (_ visibleOnly: Bool, _ verdict: String, _ passed: Int, _ total: Int) -> String
    var timeLeft: String
    var taskTimeUp: String
    var noEditor: String
    var timeAgainstKernel: @Sendable (Double) -> String
    var gradingCases: @Sendable (_ visibleOnly: Bool) -> String
    var taskModes: @Sendable (InterviewMode) -> String
    // Overlays
    var helpTitle: String
    var helpContext: @Sendable (KeyContext) -> String
    var quitTitle: String
    var quitBody: String
    var enlarge: String
    var enlargeShort: String
    var enlargeSize: @Sendable (Int, Int, Int, Int) -> String
    var savedTo: @Sendable (String) -> String

    /// The strings for `language`.
    public static func forLanguage(_ language: Language) -> UIStrings {
        language == .ko ? korean : english
    }
}
