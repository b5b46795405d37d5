import KkoriEngine
import KkoriText

/// The replay screen: the question on screen at the playhead, the answer as it was being typed (or as
/// given), the score and feedback once they were given, a timeline, and the search prompt.
enum ReplayView {
    static func render(_ state: ReplayState, strings: HistoryStrings, into buffer: inout ScreenBuffer) {
        let timeline = state.timeline
        let count = timeline.steps.count
        buffer.titleBar(row: 0, left: strings.replayTitle + " · " + state.title,
                        right: strings.stepOf(min(count, state.current + 1), count))
        status(state, strings: strings, into: &buffer)
        let body = layout(width: buffer.width, height: buffer.height)
        let (doc, answerEnd) = ReplayDocument.build(state, strings: strings, width: body.width)
        var scroll = state.scroll
        if state.playing, let answerEnd { scroll = max(scroll, answerEnd - body.height + 1) }
        doc.draw(into: &buffer, rect: body, scroll: scroll)
        timelineBar(state, row: buffer.height - 3, into: &buffer)
        footer(state, strings: strings, into: &buffer)
        if let picker = state.picker { ReplayPicker.render(state, selected: picker, strings: strings, into: &buffer) }
    }

    /// Where the document goes.
    static func layout(width: Int, height: Int) -> Rect {
        Rect(row: 3, column: 2, width: width - 4, height: max(1, height - 6))
    }

    /// Play state, speed, clock, and where the session stands.
    private static func status(_ state: ReplayState, strings: HistoryStrings, into buffer: inout ScreenBuffer) {
        let clock = HistoryFormat.clock(state.playhead) + " / " + HistoryFormat.clock(state.timeline.duration)
        var x = buffer.put(" " + (state.playing ? strings.playing : strings.stopped), row: 1, column: 0,
                           style: Style(state.playing ? .good : .muted, .bold))
        x = buffer.put("  \(state.speed)×  ", row: 1, column: x, style: Style(.accent))
        x = buffer.put(clock, row: 1, column: x, style: Style(.muted))
        if let attempt = state.attempt, state.timeline.digest.attempts.indices.contains(attempt) {
            let asked = state.timeline.digest.attempts[attempt].asked
            buffer.put("  · " + place(asked, strings: strings), row: 1, column: x, style: Style(.muted),
                       limit: buffer.width - x - 1)
        }
    }

    /// Where a question stood (see `HistoryFormat.place`).
    static func place(_ asked: AskedQuestion, strings: HistoryStrings) -> String {
        HistoryFormat.place(asked, strings: strings)
    }

    /// A bar for the playhead's place in the session.
    private static func timelineBar(_ state: ReplayState, row: Int, into buffer: inout ScreenBuffer) {
        let duration = state.timeline.duration
        let fraction = duration > 0 ? state.playhead / duration : (state.timeline.steps.isEmpty ? 0 : 1)
        buffer.bar(row: row, column: 2, length: max(0, buffer.width - 4), fraction: fraction, style: Style(.accent))
    }

    /// The search prompt, a notice or the damage note, and the hints.
    private static func footer(_ state: ReplayState, strings: HistoryStrings, into buffer: inout ScreenBuffer) {
        let row = buffer.height - 2
        if let query = state.query {
            let x = buffer.put(" " + strings.searchPrompt, row: row, column: 0, style: Style(.accent, .bold))
            let end = buffer.put(SafeText.line(query), row: row, column: x, limit: buffer.width - x - 1)
            buffer.cursor = Position(row: row, column: min(buffer.width - 1, end))
            HistoryHints.render(row: buffer.height - 1, context: .search, strings: strings, into: &buffer)
            return
        }
        if let notice = state.notice {
            buffer.put(" " + notice, row: row, column: 0, style: Style(.warning), limit: buffer.width - 1)
        } else if let problem = state.timeline.problem {
            buffer.put(" " + strings.damagedNote(problem), row: row, column: 0, style: Style(.warning),
                       limit: buffer.width - 1)
        }
        HistoryHints.render(row: buffer.height - 1, context: state.picker == nil ? .replay : .picker,
                            strings: strings, into: &buffer)
    }
}
