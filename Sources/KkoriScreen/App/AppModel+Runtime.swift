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

    /// The statement of the coding task on screen.
    public mutating func setTaskStatement(_ statement: String) {
        guard case .task(var state) = screen else { return }
        state.statement = statement
        screen = .task(state)
    }
}
