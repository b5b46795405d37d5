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

    /// Shows a grading result of the coding task on screen (nil: this scenario cannot grade its
    /// tasks). A submission finishes the task: its results stay up until the candidate goes on, and the
    /// session's next step waits behind them. `timeUp`: the round's time ran out and the last saved
    /// file was submitted for the candidate.
    public mutating func showTaskOutcome(_ outcome: TaskOutcome?, lines: [TaskLine] = [], timeUp: Bool = false) {
        guard let outcome else {
            showTaskText(strings.noGrader, lines: [], finished: timeUp, timeUp: timeUp)
            return
        }
        showTaskText(strings.taskResult(outcome.visibleOnly, outcome.verdict, outcome.passed, outcome.total),
                     lines: lines, finished: timeUp || !outcome.visibleOnly, timeUp: timeUp)
    }

    /// Shows why a run could not happen (no python3 or numpy, an unreadable file); the task stays
    /// open unless its time is up.
    public mutating func showTaskProblem(_ problem: String, timeUp: Bool = false) {
        showTaskText(problem, lines: [], finished: timeUp, timeUp: timeUp)
    }

    /// Says that neither $VISUAL, $EDITOR, vi nor nano could be started.
    public mutating func showNoEditor() {
        showTaskProblem(strings.noEditor)
    }

    private mutating func showTaskText(_ headline: String, lines: [TaskLine], finished: Bool, timeUp: Bool) {
        guard case .task(var state) = screen else { return }
        state.grading = nil
        state.result = timeUp ? strings.taskTimeUp + "\n" + headline : headline
        state.resultLines = lines
        state.isFinished = state.isFinished || finished
        state.scroll = 0
        screen = .task(state)
    }
}
