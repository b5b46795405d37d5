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
        case .task: .task
        }
    }
}

/// A coding task on screen (its statement and the last grading result).
public struct TaskState: Sendable {
    /// Task id.
    public var taskID: String
    /// Position in the round.
    public var number: Int
    /// Tasks in the round.
    public var total: Int
    /// The statement, if the runtime could read it.
    public var statement: String
    /// The last grading result (or "grading…"), shown under the statement.
    public var result: String?
    /// The solution file the candidate edits.
    public var solutionPath: String?
    /// First statement line shown.
    public var scroll = 0

    public init(taskID: String, number: Int, total: Int, statement: String, result: String? = nil) {
        self.taskID = taskID
        self.number = number
        self.total = total
        self.statement = statement
        self.result = result
    }
}
