import KkoriEngine
import KkoriScenario

/// Keys, pastes and resizes: each becomes a command through the key map, then a change of state
/// and the actions the runtime must carry out.
extension AppModel {
    /// Handles one input event at `time` (the runtime's clock, stamped on recorded edits).
    public mutating func handle(_ input: InputEvent, at time: Double) -> [AppAction] {
        switch input {
        case .resized(let width, let height):
            resize(width: width, height: height)
            return []
        case .paste(let text):
            // A paste is text, never commands: it only ever reaches the editor.
            guard !confirmingQuit, help == nil, !isTooSmall else { return [] }
            return edit(.insert(text), at: time)
        case .key(let key):
            guard let command = KeyMap.command(for: key, in: context) else { return [] }
            if isTooSmall, ![.quit, .confirm, .cancel].contains(command) { return [] }
            return perform(command, at: time)
        }
    }

    /// Re-lays out for a new terminal size; the answer and its cursor are kept.
    public mutating func resize(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
        let (width, height) = (self.width, self.height)
        withInterview { state in Self.fitEditor(&state.editor, question: state.question, width: width, height: height) }
    }

    /// Sizes an editor to the editor area of the interview layout (at least the minimum size, so the
    /// answer keeps a sane wrap while the terminal is too small to show it).
    static func fitEditor(_ editor: inout AnswerEditor, question: String, width: Int, height: Int) {
        let area = InterviewView.layout(question: question, width: max(width, minimumWidth),
                                        height: max(height, minimumHeight)).editor
        editor.resize(width: area.width, height: area.height)
    }

    mutating func perform(_ command: Command, at time: Double) -> [AppAction] {
        switch (context, command) {
        case (_, .quit):
            confirmingQuit = true
            return []
        case (.confirmQuit, .confirm):
            confirmingQuit = false
            return isInSession ? [.session(.quit), .exit] : [.exit]
        case (.confirmQuit, .cancel):
            confirmingQuit = false
            return []
        case (.help, _):
            return performInHelp(command)
        case (_, .help):
            help = (context, 0)
            return []
        default:
            return performOnScreen(command, at: time)
        }
    }

    /// Whether a session is running (quitting must save it).
    var isInSession: Bool {
        switch screen {
        case .interview, .feedback, .summary, .task: true
        case .home, .report: false
        }
    }

    private mutating func performInHelp(_ command: Command) -> [AppAction] {
        guard let open = help else { return [] }
        let lines = HelpView.document(context: open.context, strings: strings, width: width - 4).lines.count
        let page = max(1, height - 5)
        switch command {
        case .help, .back: help = nil
        case .up: help?.scroll = max(0, open.scroll - 1)
        case .down: help?.scroll = min(max(0, lines - page), open.scroll + 1)
        case .pageUp: help?.scroll = max(0, open.scroll - page)
        case .pageDown: help?.scroll = min(max(0, lines - page), open.scroll + page)
        default: break
        }
        return []
    }

    private mutating func performOnScreen(_ command: Command, at time: Double) -> [AppAction] {
        switch screen {
        case .home: return performOnHome(command)
        case .interview, .task: return performInInterview(command, at: time)
        case .feedback(var state):
            if command == .proceed { return [.session(.proceed)] }
            if command == .toggleModelAnswer { state.showModelAnswer.toggle() }
            let lines = FeedbackView.document(state, strings: strings, width: width - 4).lines.count
            state.scroll = Self.scrolled(state.scroll, by: command, lines: lines, page: height - 4)
            screen = .feedback(state)
        case .summary:
            if command == .proceed { releaseQueue() }
        case .report(var state):
            if command == .back {
                returnHome()
                return []
            }
            let lines = ReportView.document(state, strings: strings, width: width - 4).lines.count
            state.scroll = Self.scrolled(state.scroll, by: command, lines: lines, page: height - 4)
            screen = .report(state)
        }
        return []
    }

    /// A scroll position moved by a scrolling command, kept within the document.
    static func scrolled(_ scroll: Int, by command: Command, lines: Int, page: Int) -> Int {
        let last = max(0, lines - max(1, page))
        switch command {
        case .up: return max(0, min(scroll, last) - 1)
        case .down: return min(last, scroll + 1)
        case .pageUp: return max(0, min(scroll, last) - max(1, page - 1))
        case .pageDown: return min(last, scroll + max(1, page - 1))
        default: return min(scroll, last)
        }
    }
}
