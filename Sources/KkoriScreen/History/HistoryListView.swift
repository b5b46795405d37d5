import KkoriText

/// The history list: one row per session with date, scenario, rounds, time, score and state; the
/// columns that do not fit a narrow terminal are dropped, scenario and rounds first.
enum HistoryListView {
    static func render(_ state: HistoryListState, strings: HistoryStrings, into buffer: inout ScreenBuffer) {
        buffer.titleBar(row: 0, left: title(state, strings), right: filters(state, strings))
        let top = 3
        let bottom = buffer.height - 2
        guard !state.visible.isEmpty else {
            let text = state.rows.isEmpty ? strings.empty : strings.noMatch
            buffer.paragraph(text, in: Rect(row: 2, column: 2, width: buffer.width - 4, height: bottom - 2),
                             style: Style(.muted))
            HistoryHints.render(row: buffer.height - 1, context: .list, strings: strings, into: &buffer)
            return
        }
        let columns = Columns(width: buffer.width)
        header(columns, strings: strings, into: &buffer)
        let height = max(1, bottom - top)
        let first = scrollTop(selected: state.selected, scroll: state.scroll, height: height, count: state.visible.count)
        for (offset, row) in state.visible.enumerated().dropFirst(first).prefix(height) {
            draw(row, at: top + offset - first, selected: offset == state.selected,
                 marked: row.name == state.marked, columns: columns, strings: strings, into: &buffer)
        }
        if let selection = state.selection {
            let note = selection.problem.map { "! " + $0 } ?? selection.name
            buffer.put(SafeText.line(note), row: bottom, column: 1,
                       style: Style(selection.problem == nil ? .muted : .warning), limit: buffer.width - 2)
        }
        HistoryHints.render(row: buffer.height - 1, context: .list, strings: strings, into: &buffer)
    }

    /// The first row shown so that the selection is visible.
    static func scrollTop(selected: Int, scroll: Int, height: Int, count: Int) -> Int {
        var top = min(scroll, selected)
        if selected >= top + height { top = selected - height + 1 }
        return max(0, min(top, max(0, count - height)))
    }

    private static func title(_ state: HistoryListState, _ strings: HistoryStrings) -> String {
        var parts = [strings.historyTitle, strings.sessionsCount(state.visible.count)]
        let interrupted = state.visible.filter { $0.state == .interrupted }.count
        let damaged = state.visible.filter { $0.problem != nil }.count
        if interrupted > 0 { parts.append(strings.interruptedCount(interrupted)) }
        if damaged > 0 { parts.append(strings.damagedCount(damaged)) }
        return parts.joined(separator: " · ")
    }

    private static func filters(_ state: HistoryListState, _ strings: HistoryStrings) -> String {
        var parts = ["\(strings.sortLabel): \(strings.sortName(state.sort)) \(state.reversed ? "↑" : "↓")"]
        if let round = state.round { parts.append(strings.roundName(round)) }
        if let scenario = state.scenario { parts.append(SafeText.line(scenario, limit: 30)) }
        if state.period != .all { parts.append(strings.periodName(state.period)) }
        return parts.joined(separator: " · ")
    }

    /// Column positions for a width; zero width means the column is dropped.
    struct Columns {
        var date = 0, scenario = 0, rounds = 0, time = 0, score = 0, state = 0

        init(width: Int) {
            let inner = width - 2
            date = 17
            time = 8
            score = 7
            state = min(14, max(10, inner - date - time - score))
            var rest = inner - date - time - score - state
            if rest >= 24 {
                scenario = min(22, rest / 2)
                rest -= scenario
            }
            rounds = rest >= 8 ? rest : 0
            if rounds == 0 { state += max(0, rest) }
        }
    }

    private static func header(_ c: Columns, strings: HistoryStrings, into buffer: inout ScreenBuffer) {
        let style = Style(.muted, .bold)
        var x = 1
        let titles: [(String, Int, Bool)] = [
            (strings.columnDate, c.date, false), (strings.columnScenario, c.scenario, false),
            (strings.columnRounds, c.rounds, false), (strings.columnTime, c.time, true),
            (strings.columnScore, c.score, true), (strings.columnState, c.state, false),
        ]
        for (title, width, right) in titles where width > 0 {
            let aligned = right ? title.leftPadded(toColumns: width - 2) + "  " : " " + title
            buffer.put(aligned, row: 2, column: x, style: style, limit: width)
            x += width
        }
    }

    private static func draw(_ row: HistoryRow, at y: Int, selected: Bool, marked: Bool, columns c: Columns,
                             strings: HistoryStrings, into buffer: inout ScreenBuffer) {
        let base = selected ? Style(.selection, .reverse) : .plain
        if selected { buffer.fill(Rect(row: y, column: 1, width: buffer.width - 2, height: 1), style: base) }
        var x = 1
        x = buffer.put((marked ? "*" : " ") + row.date, row: y, column: x, style: base, limit: c.date)
        x = 1 + c.date
        if c.scenario > 0 {
            buffer.put(" " + SafeText.line(row.scenario, limit: 60), row: y, column: x, style: base, limit: c.scenario - 1)
            x += c.scenario
        }
        if c.rounds > 0 {
            buffer.put(" " + HistoryFormat.rounds(row.rounds, strings: strings), row: y, column: x, style: base,
                       limit: c.rounds - 1)
            x += c.rounds
        }
        let time = row.state == .unreadable || row.state == .futureVersion ? "-" : HistoryFormat.clock(row.duration)
        buffer.put(time.leftPadded(toColumns: c.time - 2), row: y, column: x, style: base.with(selected ? [] : .dim))
        x += c.time
        let score = row.score.map(HistoryFormat.percent) ?? "-"
        buffer.put(score.leftPadded(toColumns: c.score - 2), row: y, column: x,
                   style: selected ? base : Style(HistoryFormat.role(row.score), .bold))
        x += c.score
        let (mark, role) = marker(row)
        buffer.put(mark + " " + row.stateLabel(strings), row: y, column: x,
                   style: selected ? base : Style(role), limit: buffer.width - 1 - x)
    }

    /// The state's glyph and colour.
    static func marker(_ row: HistoryRow) -> (String, ColorRole) {
        switch row.state {
        case .futureVersion: ("⇡", .warning)
        case .unreadable: ("✗", .bad)
        case _ where row.problem != nil: ("!", .warning)
        case .finished: ("✓", .good)
        case .interrupted: ("◐", .accent)
        }
    }
}

extension String {
    /// Padded on the left to `width` columns (cut when longer).
    func leftPadded(toColumns width: Int) -> String {
        let shown = truncated(toColumns: width)
        return String(repeating: " ", count: max(0, width - shown.displayWidth)) + shown
    }
}
