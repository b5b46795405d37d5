import KkoriScoring

/// Something that happened, fed into the session. Times are seconds on the runtime's clock (wall
/// time in the app, virtual time in tests); the session never reads a clock itself.
public enum SessionEvent: Sendable, Hashable {
    /// The session begins.
    case started(at: Double)
    /// The candidate submitted an answer.
    case answerSubmitted(String, at: Double)
    /// The candidate said "I don't know" with the key (or typed it: that is judged by the scorer).
    case dontKnowPressed(at: Double)
    /// The candidate skipped the question or task.
    case skipped(at: Double)
    /// The candidate asked to hear the question again.
    case repeatRequested(at: Double)
    /// Clocks stop.
    case paused(at: Double)
    /// Clocks run again.
    case resumed(at: Double)
    /// Feedback or a summary was read; go on.
    case proceeded(at: Double)
    /// Time passes (checks the round's time limit).
    case ticked(at: Double)
    /// A coding task was graded (a practice run on visible cases, or the submission).
    case taskGraded(TaskOutcome, at: Double)
    /// The candidate quits; the session stays resumable.
    case quitRequested(at: Double)
}

/// What the runtime must do. Records must be appended (and synced) before the next effect is shown.
public enum SessionEffect: Sendable, Hashable {
    /// Append this record to the transcript.
    case record(SessionRecord, at: Double)
    /// Show this question and take an answer.
    case ask(AskedQuestion)
    /// Show a coding task.
    case presentTask(taskID: String, number: Int, total: Int, timeLimitSeconds: Int?)
    /// Show feedback on the last answer (practice mode); wait for `proceeded`.
    case showFeedback(Feedback)
    /// A round ended.
    case showRoundSummary(RoundSummary)
    /// The session is over: show the report.
    case showReport(SessionReport)
    /// The session stopped before the end and can be resumed.
    case stoppedResumable
}

/// What the candidate sees after an answer in practice mode.
public struct Feedback: Sendable, Hashable, Codable {
    public var questionID: String
    public var answer: GivenAnswer
    public var assessment: Assessment
    /// The follow-up that will be asked next, if any (its question id).
    public var nextFollowUp: String?
}
