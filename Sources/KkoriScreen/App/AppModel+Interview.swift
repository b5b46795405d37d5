import KkoriEngine
import KkoriScenario

/// Answering: editing keys go to the editor (and are recorded), the rest become session commands.
extension AppModel {
    mutating func performInInterview(_ command: Command, at time: Double) -> [AppAction] {
        if case .task(let state) = screen { return performOnTask(command, state: state) }
        let strings = self.strings
        return withInterview { state in Self.answering(command, state: &state, at: time, strings: strings) } ?? []
    }

    /// Runs `body` on the interview state moved out of `screen`: with only one reference left, the
    /// editor's storage is changed in place instead of copied on every key.
    mutating func withInterview<Result>(_ body: (inout InterviewState) -> Result) -> Result? {
        guard case .interview(var state) = screen else { return nil }
        screen = .home
        defer { screen = .interview(state) }
        return body(&state)
    }

    private static func answering(_ command: Command, state: inout InterviewState, at time: Double,
                                  strings: UIStrings) -> [AppAction] {
        state.notice = nil
        if state.isPaused {
            guard command == .pause else { return [] }
            state.isPaused = false
            return [.session(.resume)]
        }
        switch command {
        case .edit(let edit):
            return state.editor.perform(edit, at: time).map { [.record($0)] } ?? []
        case .submit:
            if state.editor.isBlank {
                state.notice = strings.emptyAnswer
                return []
            }
            return [.session(.submit(state.editor.text))]
        case .dontKnow: return [.session(.dontKnow)]
        case .skip: return [.session(.skip)]
        case .repeatQuestion: return [.session(.repeatQuestion)]
        case .pause:
            state.isPaused = true
            return [.session(.pause)]
        default: return []
        }
    }

    private mutating func performOnTask(_ command: Command, state: TaskState) -> [AppAction] {
        var state = state
        if state.isFinished, command == .proceed {
            releaseQueue()
            return []
        }
        if state.grading != nil { return [] }
        switch command {
        case .skip: return [.session(.skip)]
        case .editSolution: return [.editSolution(taskID: state.taskID)]
        case .runVisibleCases: return [.gradeSolution(taskID: state.taskID, visibleOnly: true)]
        case .submit: return [.gradeSolution(taskID: state.taskID, visibleOnly: false)]
        default:
            let lines = TaskView.document(state, strings: strings, width: width - 4).lines.count
            state.scroll = Self.scrolled(state.scroll, by: command, lines: lines, page: height - 4)
            screen = .task(state)
            return []
        }
    }

    /// Applies an editing command to the answer (pastes come here too).
    mutating func edit(_ command: EditorCommand, at time: Double) -> [AppAction] {
        withInterview { state in
            guard !state.isPaused else { return [] }
            state.notice = nil
            return state.editor.perform(command, at: time).map { [.record($0)] } ?? []
        } ?? []
    }

    /// The text being typed, if a question is open (kept on quit for resume).
    public var draftAnswer: String? {
        guard case .interview(let state) = screen else { return nil }
        return state.editor.text
    }

    /// Restores a draft into the open question's editor (after a resume).
    public mutating func restoreDraft(_ text: String) {
        withInterview { $0.editor.load(text) }
    }
}
