import KkoriEngine

/// The screen on display.
public enum Screen: Sendable {
    /// The home menu.
    case home
    /// Answering a question.
    case interview(InterviewState)
    /// Feedback after an answer.
    case feedback(FeedbackState)
    /// A round ended.
    case summary(SummaryState)
    /// The final report.
    case report(ReportState)
    /// A coding task.
    case task(TaskState)

    /// The key context of this screen.
    var context: KeyContext {
        switch self {
        case .home: .home
        case .interview(let state): state.isPaused ? .paused : .interview
        case .feedback: .feedback
        case .summary: .summary
        case .report: .report
        case .task(let state): state.isFinished ? .taskDone : .task
        }
    }
}

/// A coding task on screen: the statement, the round's countdown, a grading in progress and the
/// result of the last run, case by case.
public struct TaskState: Sendable {
    /// Task id.
    public var taskID: String
    /// Position in the round.
    public var number: Int
    /// Tasks in the round.
    public var total: Int
    /// The statement, if the runtime could read it.
    public var statement: String
    /// The last run's headline (or why it could not run).
    public var result: String?
    /// The last run's cases and speed, one line each.
    public var resultLines: [TaskLine] = []
    /// The run in progress, case by case.
    public var grading: GradingProgress?
    /// The solution file the candidate edits.
    public var solutionPath: String?
    /// The round's clock (the countdown shows its limit minus its time).
    public var clock = ClockReadout()
    /// Study (practice: failing hidden cases are shown) or exam (real: hidden cases as counts).
    public var mode: InterviewMode = .practice
    /// Whether the task was submitted (or its time ran out): its results stay up until the candidate
    /// goes on, and what the session does next waits behind them.
    public var isFinished = false
    /// First document line shown.
    public var scroll = 0

    public init(taskID: String, number: Int, total: Int, statement: String, result: String? = nil) {
        self.taskID = taskID
        self.number = number
        self.total = total
        self.statement = statement
        self.result = result
    }
}

/// One line of a task's result: a case and its verdict, a detail under a failing case, or the speed.
public struct TaskLine: Sendable, Hashable {
    public enum Tone: Sendable, Hashable {
        case passed, failed, detail, plain
    }

    public var text: String
    public var tone: Tone

    public init(_ text: String, tone: Tone) {
        self.text = text
        self.tone = tone
    }
}

/// How far a grading run has got.
public struct GradingProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int
    /// Visible cases only (a try) or the hidden ones (the submission).
    public var visibleOnly: Bool

    public init(done: Int, total: Int, visibleOnly: Bool) {
        self.done = done
        self.total = total
        self.visibleOnly = visibleOnly
    }
}
