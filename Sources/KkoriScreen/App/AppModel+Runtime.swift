import KkoriEngine
import KkoriScenario

/// What the runtime tells the front end besides session effects.
extension AppModel {
    /// A one-line message on the home screen.
    public mutating func showMessage(_ message: String) {
        home.message = message
    }

    /// A one-line notice where the user is looking: the interview's status line, else the home screen.
    public mutating func showNotice(_ notice: String) {
        if case .interview(var state) = screen {
            state.notice = notice
            screen = .interview(state)
        } else {
            home.message = notice
        }
    }

    /// The loaded scenario replaces the placeholder of the same id (title and rounds become real).
    public mutating func updateScenario(_ choice: ScenarioChoice) {
        if let index = home.scenarios.firstIndex(where: { $0.id == choice.id }) {
            home.scenarios[index] = choice
        } else {
            home.scenarios.insert(choice, at: 0)
            home.settings.scenario = 0
        }
        home.selected = min(home.selected, home.items.count - 1)
    }

    /// The running session's mode (a resumed session keeps the one it was started with).
    public mutating func setMode(_ mode: InterviewMode) {
        home.settings.mode = mode
    }

    /// The question on screen, if one is being answered.
    public var currentQuestionID: String? {
        if case .interview(let state) = screen { return state.asked.questionID }
        return nil
    }

    /// The statement and solution file of the coding task on screen.
    public mutating func setTask(statement: String, solutionPath: String?) {
        guard case .task(var state) = screen else { return }
        state.statement = statement
        state.solutionPath = solutionPath
        screen = .task(state)
    }

    /// Says the solution is being graded.
    public mutating func showGrading() {
        setTaskResult(strings.grading)
    }

    /// Shows a grading result of the coding task on screen (or that it cannot be graded here).
    public mutating func showTaskOutcome(_ outcome: TaskOutcome?) {
        guard let outcome else {
            setTaskResult(strings.noGrader)
            return
        }
        setTaskResult(strings.taskResult(outcome.visibleOnly, outcome.verdict, outcome.passed, outcome.total))
    }

    private mutating func setTaskResult(_ result: String?) {
        guard case .task(var state) = screen else { return }
        state.result = result
        screen = .task(state)
    }
}
