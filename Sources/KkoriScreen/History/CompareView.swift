import KkoriText

/// Two attempts at one question side by side (stacked on a narrow terminal), with the key points
/// gained and lost between them.
enum CompareView {
    /// Width from which the attempts go side by side.
    static let sideBySideWidth = 80

    static func render(_ state: CompareState, strings: HistoryStrings, into buffer: inout ScreenBuffer) {
        let count = state.questions.count
        buffer.titleBar(row: 0, left: strings.compareTitle + " · " + strings.sameQuestions(count),
                        right: count > 0 ? "\(state.selected + 1)/\(count)" : "")
        guard let id = state.question else {
            buffer.paragraph(strings.noComparison, in: Rect(row: 2, column: 2, width: buffer.width - 4, height: 3),
                             style: Style(.muted))
            HistoryHints.render(row: buffer.height - 1, context: .compare, strings: strings, into: &buffer)
            return
        }
        let questionRows = buffer.paragraph(state.texts.question(id), in: Rect(row: 2, column: 2, width: buffer.width - 4,
                                                                             height: 2), style: Style(.normal, .bold))
        let top = 2 + min(2, questionRows) + 1
        let changeRows = changeLines(state, id: id, strings: strings, width: buffer.width - 4)
        let bodyHeight = max(1, buffer.height - top - 2 - changeRows.count)
        if buffer.width >= sideBySideWidth {
            let half = (buffer.width - 5) / 2
            let left = Rect(row: top, column: 2, width: half, height: bodyHeight)
            let right = Rect(row: top, column: 3 + half, width: buffer.width - 5 - half, height: bodyHeight)
            side(state.older, id: id, state: state, strings: strings, width: left.width).draw(into: &buffer, rect: left, scroll: state.scroll)
            side(state.newer, id: id, state: state, strings: strings, width: right.width).draw(into: &buffer, rect: right, scroll: state.scroll)
            for row in top..<(top + bodyHeight) { buffer.put("│", row: row, column: 2 + half, style: Style(.frame)) }
        } else {
            var doc = side(state.older, id: id, state: state, strings: strings, width: buffer.width - 4)
            doc.blank()
            for line in side(state.newer, id: id, state: state, strings: strings, width: buffer.width - 4).lines { doc.line(line) }
            doc.draw(into: &buffer, rect: Rect(row: top, column: 2, width: buffer.width - 4, height: bodyHeight), scroll: state.scroll)
        }
        for (offset, line) in changeRows.enumerated() {
            buffer.put(line.0, row: top + bodyHeight + offset, column: 2, style: line.1, limit: buffer.width - 4)
        }
        HistoryHints.render(row: buffer.height - 1, context: .compare, strings: strings, into: &buffer)
    }

    /// One session's attempt: its date, score, answer and points.
    static func side(_ side: CompareSide, id: String, state: CompareState, strings: HistoryStrings, width: Int) -> Document {
        var doc = Document(width: width)
        doc.heading(side.label, style: Style(.accent, .bold))
        guard let attempt = side.digest.attempt(for: id) else {
            doc.paragraph(strings.noAttempt, style: Style(.muted))
            return doc
        }
        if let given = attempt.answer {
            let text = given.kind == .answer ? SafeText.block(given.text, limit: 4000) : strings.kindLabel(given.kind)
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                doc.paragraph(String(paragraph), style: Style(.editor))
            }
        }
        if let assessment = attempt.assessment {
            doc.blank()
            ReplayFeedback.add(assessment, questionID: id, texts: state.texts, strings: strings, into: &doc)
        }
        return doc
    }

    /// "Gained: …" and "Lost: …" lines, wrapped, at most four rows.
    static func changeLines(_ state: CompareState, id: String, strings: HistoryStrings, width: Int) -> [(String, Style)] {
        let (gained, lost) = state.change(for: id)
        var lines: [(String, Style)] = []
        for (label, points, role) in [(strings.gained, gained, ColorRole.good), (strings.lost, lost, ColorRole.warning)]
        where !points.isEmpty {
            let text = label + ": " + points.map { state.texts.point($0, of: id) }.joined(separator: "; ")
            lines += WordWrap.lines(text, limit: max(1, width)).prefix(2).map { ($0, Style(role, .bold)) }
        }
        return lines
    }
}
