import KkoriText

/// A coding task: the statement, where the solution file is, and the last grading result.
enum TaskView {
    static func render(_ state: TaskState, strings: UIStrings, into buffer: inout ScreenBuffer) {
        buffer.titleBar(row: 0, left: "\(strings.roundName(.coding)) · \(strings.questionOf(state.number, state.total))",
                        right: state.taskID)
        let body = Rect(row: 2, column: 2, width: buffer.width - 4, height: buffer.height - 4)
        document(state, strings: strings, width: body.width).draw(into: &buffer, rect: body, scroll: state.scroll)
        buffer.hints(row: buffer.height - 1, context: .task, strings: strings)
    }

    static func document(_ state: TaskState, strings: UIStrings, width: Int) -> Document {
        var doc = Document(width: width)
        if let result = state.result {
            doc.paragraph(result, style: Style(.accent, .bold))
            doc.blank()
        }
        if let path = state.solutionPath {
            doc.paragraph(path, style: Style(.normal, .bold), marker: strings.solutionFile + ": ",
                          markerStyle: Style(.muted))
            doc.blank()
        }
        for paragraph in state.statement.split(separator: "\n", omittingEmptySubsequences: false) {
            doc.paragraph(String(paragraph))
        }
        return doc
    }
}
