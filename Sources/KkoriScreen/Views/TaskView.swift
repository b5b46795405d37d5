import KkoriText

/// A coding task: its statement and the last grading result.
enum TaskView {
    static func render(_ state: TaskState, strings: UIStrings, into buffer: inout ScreenBuffer) {
        buffer.titleBar(row: 0, left: "\(strings.roundName(.coding)) · \(strings.questionOf(state.number, state.total))",
                        right: state.taskID)
        var doc = Document(width: buffer.width - 4)
        for paragraph in state.statement.split(separator: "\n", omittingEmptySubsequences: false) {
            doc.paragraph(String(paragraph))
        }
        if let result = state.result {
            doc.blank()
            doc.paragraph(result, style: Style(.accent, .bold))
        }
        doc.draw(into: &buffer, rect: Rect(row: 2, column: 2, width: buffer.width - 4, height: buffer.height - 4),
                 scroll: 0)
        buffer.hints(row: buffer.height - 1, context: .interview, strings: strings)
    }
}
