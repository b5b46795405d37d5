import KkoriScenario

/// Keys, pastes and resizes become commands through `HistoryKeyMap`, then state changes and requests.
extension HistoryBrowser {
    /// Opens straight on a replay (`kkori replay FILE`): leaving it leaves history.
    public static func replaying(_ state: ReplayState, language: Language, width: Int, height: Int) -> HistoryBrowser {
        var browser = HistoryBrowser(rows: [], now: 0, language: language, width: width, height: height)
        browser.pages = [.replay(state)]
        return browser
    }

    /// Handles one input event at `time` (the runtime's monotonic clock).
    public mutating func handle(_ input: InputEvent, at time: Double) -> [HistoryRequest] {
        tick(at: time)
        switch input {
        case .resized(let w, let h):
            width = max(1, w)
            height = max(1, h)
            return []
        case .paste(let text):
            if case .replay(var state) = page, let query = state.query {
                state.query = query + SafeText.line(text, limit: 200)
                replaceTop(.replay(state))
            }
            return []
        case .key(let key):
            if key == .control("c") { return [.close] }
            if isTooSmall { return key == .character("q") || key == .escape ? back() : [] }
            if context == .search { return typeInSearch(key) }
            guard let command = HistoryKeyMap.command(for: key, in: context) else { return [] }
            return perform(command)
        }
    }

    mutating func perform(_ command: HistoryCommand) -> [HistoryRequest] {
        if help != nil { return performInHelp(command) }
        if command == .help {
            help = (context, 0)
            return []
        }
        switch page {
        case .list: return performOnList(command)
        case .replay(var state):
            let requests = performInReplay(command, &state)
            if case .replay = page { replaceTop(.replay(state)) }
            return requests
        case .compare(var state):
            if command == .back { return back() }
            performInCompare(command, &state)
            replaceTop(.compare(state))
        case .progress(let model, let scroll):
            if command == .back { return back() }
            let lines = ProgressView.document(model, strings: strings, width: width - 4).lines.count
            replaceTop(.progress(model, scroll: Self.scrolled(scroll, by: command, lines: lines, page: height - 4)))
        }
        return []
    }

    /// Leaves the page on top; from the last page, leaves history.
    mutating func back() -> [HistoryRequest] {
        guard pages.count > 1 else { return [.close] }
        pages.removeLast()
        return []
    }

    private mutating func performInHelp(_ command: HistoryCommand) -> [HistoryRequest] {
        guard let open = help else { return [] }
        let lines = HistoryHints.document(context: open.context, strings: strings, width: width - 4).lines.count
        switch command {
        case .help, .back: help = nil
        default: help?.scroll = Self.scrolled(open.scroll, by: command, lines: lines, page: height - 4)
        }
        return []
    }

    private mutating func performOnList(_ command: HistoryCommand) -> [HistoryRequest] {
        if let pending = list.confirmingDelete {
            list.confirmingDelete = nil
            guard command == .confirm, let row = list.rows.first(where: { $0.name == pending }) else { return [] }
            return [.delete(path: row.path)]
        }
        message = nil
        let page = max(1, height - 6)
        switch command {
        case .up: list.move(-1)
        case .down: list.move(1)
        case .pageUp: list.move(-page)
        case .pageDown: list.move(page)
        case .top: list.move(-list.visible.count)
        case .bottom: list.move(list.visible.count)
        case .sort: list.nextSort()
        case .reverse: list.reverse()
        case .filterRound: list.nextRound()
        case .filterScenario: list.nextScenario()
        case .filterPeriod: list.nextPeriod()
        case .progress: return [.progress]
        case .back: return back()
        default: return performOnSelection(command)
        }
        return []
    }

    /// Commands about the selected session.
    private mutating func performOnSelection(_ command: HistoryCommand) -> [HistoryRequest] {
        guard let row = list.selection else { return [] }
        switch command {
        case .open:
            guard row.replayable else {
                message = strings.notReplayable
                return []
            }
            return [.replay(path: row.path)]
        case .resume:
            guard row.resumable else {
                message = strings.notResumable
                return []
            }
            return [.resume(path: row.path)]
        case .delete: list.confirmingDelete = row.name
        case .mark:
            list.marked = list.marked == row.name ? nil : row.name
            if list.marked != nil { message = strings.marked }
        case .compare:
            let other = list.marked.flatMap { name in list.rows.first { $0.name == name && name != row.name } }
            return [.compare(path: row.path, other: other?.path, question: nil)]
        default: break
        }
        return []
    }

    private mutating func performInCompare(_ command: HistoryCommand, _ state: inout CompareState) {
        switch command {
        case .up: state.move(-1)
        case .down: state.move(1)
        case .pageUp: state.scroll = max(0, state.scroll - max(1, height - 10))
        case .pageDown: state.scroll += max(1, height - 10)
        default: break
        }
    }

    /// A scroll position moved by a command, kept within a document of `lines` lines.
    static func scrolled(_ scroll: Int, by command: HistoryCommand, lines: Int, page: Int) -> Int {
        let last = max(0, lines - max(1, page))
        switch command {
        case .up: return max(0, min(scroll, last) - 1)
        case .down: return min(last, scroll + 1)
        case .pageUp: return max(0, min(scroll, last) - max(1, page - 1))
        case .pageDown: return min(last, scroll + max(1, page - 1))
        case .top: return 0
        case .bottom: return last
        default: return min(scroll, last)
        }
    }
}
