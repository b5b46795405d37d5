import KkoriText

/// The question picker of the replay: every question asked, in order, to jump to.
enum ReplayPicker {
    /// The rows: a question step and its label.
    static func rows(_ state: ReplayState, strings: HistoryStrings) -> [(step: Int, label: String, score: Double?)] {
        let timeline = state.timeline
        return timeline.questionSteps.compactMap { step in
            guard let index = timeline.steps[step].attempt, timeline.digest.attempts.indices.contains(index) else {
                return nil
            }
            let attempt = timeline.digest.attempts[index]
            let indent = String(repeating: "  ", count: min(4, attempt.asked.depth))
            let label = indent + ReplayView.place(attempt.asked, strings: strings) + "  "
                + timeline.texts.question(attempt.asked.questionID)
            return (step, label, attempt.score)
        }
    }

    /// Draws the picker as a box over the replay.
    static func render(_ state: ReplayState, selected: Int, strings: HistoryStrings, into buffer: inout ScreenBuffer) {
        let items = rows(state, strings: strings)
        let rect = Rect(row: 2, column: 2, width: buffer.width - 4, height: buffer.height - 4)
        buffer.fill(rect)
        buffer.box(rect, title: strings.jumpTitle)
        let inner = rect.inset(rows: 1, columns: 2)
        let first = HistoryListView.scrollTop(selected: selected, scroll: 0, height: inner.height, count: items.count)
        for (offset, item) in items.enumerated().dropFirst(first).prefix(inner.height) {
            let row = inner.row + offset - first
            let isSelected = offset == selected
            let style = isSelected ? Style(.selection, .reverse) : .plain
            if isSelected { buffer.fill(Rect(row: row, column: inner.column, width: inner.width, height: 1), style: style) }
            let score = item.score.map(HistoryFormat.percent) ?? "-"
            let x = buffer.put(score.leftPadded(toColumns: 4) + " ", row: row, column: inner.column,
                               style: isSelected ? style : Style(HistoryFormat.role(item.score)))
            buffer.put(item.label, row: row, column: x, style: style, limit: inner.right - x)
        }
    }
}
