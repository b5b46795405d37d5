import KkoriScenario
import KkoriText

/// The interview screen: header with breadcrumbs, the question, the answer editor, clocks and hints.
enum InterviewView {
    /// Where the parts go at a given size; the model sizes the editor from `editor`.
    struct Layout {
        var question: Rect
        var editorBox: Rect
        var editor: Rect
        var statusRow: Int
        var hintsRow: Int
    }

    static func layout(question: String, width: Int, height: Int) -> Layout {
        let lines = WordWrap.lines(question, limit: max(1, width - 4)).count
        let questionRows = max(1, min(lines, max(1, (height - 6) / 3)))
        let questionRect = Rect(row: 2, column: 2, width: width - 4, height: questionRows)
        let boxTop = questionRect.bottom + 1
        let box = Rect(row: boxTop, column: 1, width: width - 2, height: max(3, height - 2 - boxTop))
        return Layout(question: questionRect, editorBox: box, editor: box.inset(rows: 1, columns: 1),
                      statusRow: height - 2, hintsRow: height - 1)
    }

    static func render(_ state: InterviewState, strings: UIStrings, into buffer: inout ScreenBuffer) {
        let layout = layout(question: state.question, width: buffer.width, height: buffer.height)
        let round = strings.roundName(state.asked.round)
        let place = strings.questionOf(state.asked.number, state.asked.total)
        buffer.titleBar(row: 0, left: "\(state.scenarioTitle) · \(round) · \(place)",
                        right: state.breadcrumbs.joined(separator: " › "))
        drawQuestion(state, in: layout.question, into: &buffer)
        buffer.box(layout.editorBox, title: strings.answerLabel)
        if state.isPaused {
            drawPaused(strings: strings, in: layout.editor, into: &buffer)
        } else {
            drawEditor(state.editor, placeholder: strings.answerPlaceholder, in: layout.editor, into: &buffer)
        }
        drawStatus(state, strings: strings, row: layout.statusRow, into: &buffer)
        buffer.hints(row: layout.hintsRow, context: state.isPaused ? .paused : .interview, strings: strings)
    }

    private static func drawQuestion(_ state: InterviewState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let lines = WordWrap.lines(state.question, limit: max(1, rect.width))
        let style = state.asked.depth > 0 ? Style(.accent, .bold) : Style(.normal, .bold)
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            let cut = offset == rect.height - 1 && lines.count > rect.height
            buffer.put(cut ? line.truncated(toColumns: rect.width - 1) + "…" : line, row: rect.row + offset,
                       column: rect.column, style: style, limit: rect.width)
        }
    }

    private static func drawEditor(_ editor: AnswerEditor, placeholder: String, in rect: Rect,
                                   into buffer: inout ScreenBuffer) {
        if editor.characterCount == 0 {
            buffer.put(placeholder, row: rect.row, column: rect.column + 1, style: Style(.muted), limit: rect.width - 1)
        }
        editor.forEachVisibleRow { offset, characters, widths, scalars in
            guard offset < rect.height else { return }
            buffer.put(characters: characters, widths: widths, scalars: scalars, row: rect.row + offset,
                       column: rect.column, style: Style(.editor), limit: rect.width)
        }
        let cursor = editor.cursorOnScreen
        buffer.cursor = Position(row: rect.row + min(cursor.row, rect.height - 1),
                                 column: rect.column + min(cursor.column, rect.width - 1))
        if editor.totalRows > rect.height {
            let shown = "\(editor.scrollTop + 1)-\(min(editor.totalRows, editor.scrollTop + rect.height))/\(editor.totalRows)"
            buffer.put(" \(shown) ", row: rect.bottom, column: rect.right - shown.count - 3, style: Style(.muted))
        }
    }

    private static func drawPaused(strings: UIStrings, in rect: Rect, into buffer: inout ScreenBuffer) {
        let middle = rect.row + rect.height / 2
        for (offset, text) in [strings.paused, strings.pausedDetail].enumerated() {
            let shown = text.truncated(toColumns: rect.width)
            buffer.put(shown, row: middle + offset - 1, column: rect.column + (rect.width - shown.displayWidth) / 2,
                       style: offset == 0 ? Style(.warning, .bold) : Style(.muted))
        }
    }

    private static func drawStatus(_ state: InterviewState, strings: UIStrings, row: Int,
                                   into buffer: inout ScreenBuffer) {
        let clock = state.clock
        var column = 2
        let answer = Format.clock(clock.answer) + (clock.guidance.map { " / " + Format.clock(Double($0)) } ?? "")
        let over = clock.guidance.map { clock.answer > Double($0) } ?? false
        column = buffer.put(strings.answerClock + " ", row: row, column: column, style: Style(.muted))
        column = buffer.put(answer, row: row, column: column, style: over ? Style(.warning, .bold) : Style(.normal)) + 3
        let round = Format.clock(clock.round) + (clock.roundLimit.map { " / " + Format.clock(Double($0)) } ?? "")
        let late = clock.roundLimit.map { clock.round > Double($0) * 0.9 } ?? false
        column = buffer.put(strings.roundClock + " ", row: row, column: column, style: Style(.muted))
        column = buffer.put(round, row: row, column: column, style: late ? Style(.bad, .bold) : Style(.normal)) + 3
        let right = state.notice ?? strings.modeName(state.mode)
        let style = state.notice == nil ? Style(.muted) : Style(.warning)
        let shown = right.truncated(toColumns: max(0, buffer.width - column - 2))
        buffer.put(shown, row: row, column: buffer.width - shown.displayWidth - 2, style: style)
    }
}
