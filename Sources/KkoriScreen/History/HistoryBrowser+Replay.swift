/// The replay page's keys: stepping, playback, the question picker and the search prompt.
extension HistoryBrowser {
    mutating func performInReplay(_ command: HistoryCommand, _ state: inout ReplayState) -> [HistoryRequest] {
        if let selected = state.picker { return pick(command, selected: selected, &state) }
        state.notice = nil
        switch command {
        case .stepBack: state.step(-1)
        case .stepForward: state.step(1)
        case .top: state.go(to: 0)
        case .bottom: state.go(to: state.timeline.steps.count - 1)
        case .playPause: state.togglePlay()
        case .speed(let value): state.setSpeed(value)
        case .faster: state.changeSpeed(faster: true)
        case .slower: state.changeSpeed(faster: false)
        case .jump: state.picker = currentQuestionRow(state)
        case .search: state.query = ""
        case .nextMatch, .previousMatch:
            if !state.lastQuery.isEmpty, !state.find(state.lastQuery, forward: command == .nextMatch) {
                state.notice = strings.searchMiss(SafeText.line(state.lastQuery, limit: 60))
            }
        case .compare:
            guard let index = state.attempt, state.timeline.digest.attempts.indices.contains(index) else { return [] }
            return [.compare(path: state.path, other: nil, question: state.timeline.digest.attempts[index].asked.questionID)]
        case .up, .down, .pageUp, .pageDown:
            let body = ReplayView.layout(width: width, height: height)
            let lines = ReplayDocument.build(state, strings: strings, width: body.width).0.lines.count
            state.scroll = Self.scrolled(state.scroll, by: command, lines: lines, page: body.height)
        case .back: return back()
        default: break
        }
        return []
    }

    /// The picker row of the question on screen.
    private func currentQuestionRow(_ state: ReplayState) -> Int {
        let rows = ReplayPicker.rows(state, strings: strings)
        return rows.lastIndex { $0.step <= state.current } ?? 0
    }

    private mutating func pick(_ command: HistoryCommand, selected: Int, _ state: inout ReplayState) -> [HistoryRequest] {
        let rows = ReplayPicker.rows(state, strings: strings)
        let page = max(1, height - 6)
        switch command {
        case .up: state.picker = max(0, selected - 1)
        case .down: state.picker = min(max(0, rows.count - 1), selected + 1)
        case .pageUp: state.picker = max(0, selected - page)
        case .pageDown: state.picker = min(max(0, rows.count - 1), selected + page)
        case .open:
            if rows.indices.contains(selected) { state.jump(toQuestionStep: rows[selected].step) } else { state.picker = nil }
        case .cancel: state.picker = nil
        default: break
        }
        return []
    }

    /// Typing in the search prompt: text goes into the query; Enter searches, Esc closes.
    mutating func typeInSearch(_ key: Key) -> [HistoryRequest] {
        guard case .replay(var state) = page, var query = state.query else { return [] }
        switch key {
        case .enter:
            state.query = nil
            if !state.find(query) { state.notice = strings.searchMiss(SafeText.line(query, limit: 60)) }
        case .escape: state.query = nil
        case .backspace:
            if !query.isEmpty { query.removeLast() }
            state.query = query
        case .character(let character):
            if query.count < 200 { query.append(character) }
            state.query = query
        default: break
        }
        replaceTop(.replay(state))
        return []
    }
}
