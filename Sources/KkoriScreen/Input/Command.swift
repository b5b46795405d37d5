/// What a key means on the current screen; the key map is the only place keys become commands.
public enum Command: Sendable, Hashable {
    /// Open or close the help screen.
    case help
    /// Ask to quit (Ctrl-C): always confirmed first.
    case quit
    /// Leave this screen (or the app, from home).
    case back
    /// Move the selection or scroll up.
    case up
    /// Move the selection or scroll down.
    case down
    /// Scroll a page up.
    case pageUp
    /// Scroll a page down.
    case pageDown
    /// Change the selected setting to its previous value.
    case previousValue
    /// Change the selected setting to its next value.
    case nextValue
    /// Choose the selected item.
    case select
    /// Submit the answer.
    case submit
    /// Answer "I don't know".
    case dontKnow
    /// Skip the question.
    case skip
    /// Ask for the question again.
    case repeatQuestion
    /// Stop or restart the clocks.
    case pause
    /// Show or hide the model answer.
    case toggleModelAnswer
    /// Go on from feedback or a round summary.
    case proceed
    /// Confirm the question being asked (quit: yes).
    case confirm
    /// Decline the question being asked (quit: no).
    case cancel
    /// An editing command for the answer editor.
    case edit(EditorCommand)
    /// Open the coding task's solution file in the user's editor.
    case editSolution
    /// Run the solution on the task's visible cases (a practice run).
    case runVisibleCases
}

/// Where keys are being read: each screen (and overlay) has its own bindings.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    /// The home menu.
    case home
    /// Answering a question (the editor has the keyboard).
    case interview
    /// The interview is paused.
    case paused
    /// Feedback after an answer.
    case feedback
    /// A round has ended.
    case summary
    /// The final report.
    case report
    /// The help screen.
    case help
    /// The quit confirmation.
    case confirmQuit
    /// A coding task is open.
    case task
    /// A coding task's final results (submitted or out of time).
    case taskDone
}
