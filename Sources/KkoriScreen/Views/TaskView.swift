import KkoriText

/// A coding task: the round's countdown, a grading run's progress, the last run's results case by
/// case, where the solution file is, and the statement.
enum TaskView {
    static func render(_ state: TaskState, strings: UIStrings, into buffer: inout ScreenBuffer) {
        buffer.titleBar(row: 0, left: "\(strings.roundName(.coding)) · \(strings.questionOf(state.number, state.total))",
                        right: state.taskID)
        let body = Rect(row: 2, column: 2, width: buffer.width - 4, height: buffer.height - 5)
        document(state, strings: strings, width: body.width).draw(into: &buffer, rect: body, scroll: state.scroll)
        drawStatus(state, strings: strings, row: buffer.height - 2, into: &buffer)
        buffer.hints(row: buffer.height - 1, context: state.isFinished ? .taskDone : .task, strings: strings)
    }

    static func document(_ state: TaskState, strings: UIStrings, width: Int) -> Document {
        var doc = Document(width: width)
        if let grading = state.grading {
            let label = strings.gradingCases(grading.visibleOnly) + " "
            let count = " \(grading.done)/\(grading.total)"
            let barWidth = max(0, min(30, width - label.displayWidth - count.displayWidth))
            doc.line([.text(label, Style(.accent, .bold)),
                      .bar(columns: barWidth, fraction: grading.total > 0 ? Double(grading.done) / Double(grading.total) : 0,
                           Style(.accent)),
                      .text(count, Style(.normal))])
            doc.blank()
        } else if let result = state.result {
            for line in result.split(separator: "\n") { doc.paragraph(String(line), style: Style(.accent, .bold)) }
            for line in state.resultLines { doc.paragraph(line.text, style: style(line.tone)) }
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

    private static func style(_ tone: TaskLine.Tone) -> Style {
        switch tone {
        case .passed: Style(.good)
        case .failed: Style(.bad, .bold)
        case .detail: Style(.warning)
        case .plain: Style(.normal)
        }
    }

    /// The countdown of the round (its limit minus its time) and the grading mode.
    private static func drawStatus(_ state: TaskState, strings: UIStrings, row: Int, into buffer: inout ScreenBuffer) {
        var column = 2
        let clock = state.clock
        if let limit = clock.roundLimit {
            let left = max(0, Double(limit) - clock.round)
            column = buffer.put(strings.timeLeft + " ", row: row, column: column, style: Style(.muted))
            let late = left < Double(limit) * 0.1
            column = buffer.put(Format.clock(left) + " / " + Format.clock(Double(limit)), row: row, column: column,
                                style: late ? Style(.bad, .bold) : Style(.normal)) + 3
        } else {
            column = buffer.put(strings.roundClock + " ", row: row, column: column, style: Style(.muted))
            column = buffer.put(Format.clock(clock.round), row: row, column: column, style: Style(.normal)) + 3
        }
        let mode = strings.taskModes(state.mode).truncated(toColumns: max(0, buffer.width - column - 2))
        buffer.put(mode, row: row, column: buffer.width - mode.displayWidth - 2, style: Style(.muted))
    }
}
