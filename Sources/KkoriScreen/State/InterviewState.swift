import KkoriEngine
import KkoriScenario

/// The clocks shown while answering, read from the session by the runtime.
public struct ClockReadout: Sendable, Hashable {
    /// Seconds on the current answer (pauses excluded).
    public var answer: Double
    /// Suggested seconds per answer, when guidance is shown.
    public var guidance: Int?
    /// Seconds in the round.
    public var round: Double
    /// The round's limit in seconds, if any.
    public var roundLimit: Int?

    public init(answer: Double = 0, guidance: Int? = nil, round: Double = 0, roundLimit: Int? = nil) {
        self.answer = answer
        self.guidance = guidance
        self.round = round
        self.roundLimit = roundLimit
    }
}

/// The interview screen: the question, the answer being typed, the clocks.
public struct InterviewState: Sendable {
    /// The scenario's title.
    public var scenarioTitle: String
    /// The question as the engine put it.
    public var asked: AskedQuestion
    /// The question text, in the session's language.
    public var question: String
    /// `Q3 › 3.1 › 3.1.2`: the follow-up chain.
    public var breadcrumbs: [String]
    /// The answer editor.
    public var editor: AnswerEditor
    /// Clocks.
    public var clock = ClockReadout()
    /// Whether the clocks are stopped (the answer is hidden).
    public var isPaused = false
    /// A one-line notice (e.g. "the answer is empty"), cleared by the next key.
    public var notice: String?
    /// Practice or real.
    public var mode: InterviewMode

    public init(scenarioTitle: String, asked: AskedQuestion, question: String, breadcrumbs: [String],
                editor: AnswerEditor, mode: InterviewMode) {
        self.scenarioTitle = scenarioTitle
        self.asked = asked
        self.question = question
        self.breadcrumbs = breadcrumbs
        self.editor = editor
        self.mode = mode
    }
}
