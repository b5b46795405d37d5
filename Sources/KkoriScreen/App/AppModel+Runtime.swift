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

    /// Shows a grading run in progress: `done` of `total` cases finished.
    public mutating func showGrading(done: Int, total: Int, visibleOnly: Bool) {
        guard case .task(var state) = screen else { return }
        state.grading = GradingProgress(done: done, total: total, visibleOnly: visibleOnly)
        screen = .task(state)
    }

    /// Shows a grading result of the coding task on screen (or that it cannot be graded here).
    public mutating func showTaskOutcome(_ outcome: TaskOutcome?, lines: [TaskLine] = [], finished: Bool = false,
                                         note: String? = nil) {
        guard let outcome else {
            showTaskProblem(strings.noGrader, finished: finished, note: note)
            return
        }
        showTaskText(strings.taskResult(outcome.visibleOnly, outcome.verdict, outcome.passed, outcome.total),
                     lines: lines, finished: finished, note: note)
    }

    /// Shows why a run could not happen (no python3 or numpy, an unreadable file).
    public mutating func showTaskProblem(_ problem: String, finished: Bool = false, note: String? = nil) {
        showTaskText(problem, lines: [], finished: finished, note: note)
    }

    /// A run's headline and its lines. A finished task (submitted, or out of time) keeps its results
    /// up, headed by `note`, until the candidate goes on; the session's next step waits behind them.
    private mutating func showTaskText(_ headline: String, lines: [TaskLine], finished: Bool, note: String?) {
        guard case .task(var state) = screen else { return }
        state.grading = nil
        state.result = note.map { $0 + "\n" + headline } ?? headline
        state.resultLines = lines
        state.isFinished = state.isFinished || finished
        state.scroll = 0
        screen = .task(state)
    }

    /// Said when neither $VISUAL, $EDITOR, vi nor nano could be started.
    public var noEditorMessage: String { strings.noEditor }

    /// The time-up message, for the runtime to head the results of a task submitted for the candidate.
    public var timeUpNote: String { strings.taskTimeUp }
}
