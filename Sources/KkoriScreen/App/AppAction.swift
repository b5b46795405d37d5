import KkoriEngine
import KkoriScenario

/// A session command without its time: the runtime stamps it with its clock and feeds the engine.
public enum SessionCommand: Sendable, Hashable {
    /// Submit this answer.
    case submit(String)
    /// "I don't know".
    case dontKnow
    /// Skip the question.
    case skip
    /// Ask for the question again.
    case repeatQuestion
    /// Stop the clocks.
    case pause
    /// Restart the clocks.
    case resume
    /// Go on after feedback.
    case proceed
    /// Quit, keeping the session resumable.
    case quit
}

/// What the front end asks the runtime to do.
public enum AppAction: Sendable, Hashable {
    /// Start a session: every round when `round` is nil.
    case start(round: RoundKind?, settings: HomeSettings)
    /// Continue an interrupted session.
    case resume(path: String)
    /// Open the history screens (past sessions, replay, progress).
    case openHistory
    /// Open a coding task's solution file in the user's editor.
    case editSolution(taskID: String)
    /// Grade a coding task's solution: the visible cases only (a try), or the hidden ones (submit).
    case gradeSolution(taskID: String, visibleOnly: Bool)
    /// Feed the running session.
    case session(SessionCommand)
    /// Record an edit of the answer being typed (for replay).
    case record(TextEdit)
    /// The settings changed (the runtime may remember them).
    case settingsChanged(HomeSettings)
    /// Leave the app.
    case exit
}
