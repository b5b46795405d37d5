/// Cursor motion by characters, rows, words, lines and pages.
extension AnswerEditor {
    /// Moves the cursor for a motion command (edits are handled by `perform`).
    mutating func move(_ command: EditorCommand) {
        switch command {
        case .left: setCursor(positionBefore(cursor))
        case .right: setCursor(positionAfter(cursor))
        case .up: moveRows(-1)
        case .down: moveRows(1)
        case .pageUp: moveRows(-max(1, viewHeight - 1))
        case .pageDown: moveRows(max(1, viewHeight - 1))
        case .lineStart: setCursor(lineStart(of: cursor))
        case .lineEnd: setCursor(lineEnd(of: cursor))
        case .wordLeft: setCursor(previousWordStart(cursor))
        case .wordRight: setCursor(nextWordEnd(cursor))
        case .documentStart: setCursor(TextPosition(paragraph: 0, index: 0))
        case .documentEnd:
            setCursor(TextPosition(paragraph: paragraphs.count - 1, index: paragraphs[paragraphs.count - 1].characters.count))
        default: break
        }
    }

    /// Moves the cursor horizontally (forgetting the goal column).
    mutating func setCursor(_ position: TextPosition) {
        cursor = position
        goalColumn = nil
        scrollToCursor()
    }

    /// Moves `delta` visual rows, keeping the goal column; past the first or last row it goes to the
    /// start or end of the answer, as text fields do.
    mutating func moveRows(_ delta: Int) {
        let goal = goalColumn ?? column(of: cursor)
        let target = visualRow(of: cursor).global + delta
        if target < 0 {
            cursor = TextPosition(paragraph: 0, index: 0)
        } else if target >= totalRows {
            let last = paragraphs.count - 1
            cursor = TextPosition(paragraph: last, index: paragraphs[last].characters.count)
        } else {
            cursor = position(in: locate(globalRow: target), column: goal)
        }
        goalColumn = goal
        scrollToCursor()
    }

    /// Start of the cursor's screen row, or of its line when already there.
    func lineStart(of position: TextPosition) -> TextPosition {
        let row = paragraphs[position.paragraph].rows[visualRow(of: position).local]
        let start = position.index == row.range.lowerBound ? 0 : row.range.lowerBound
        return TextPosition(paragraph: position.paragraph, index: start)
    }

    /// End of the cursor's screen row (before its wrap), or of its line when already there.
    func lineEnd(of position: TextPosition) -> TextPosition {
        let paragraph = paragraphs[position.paragraph]
        let local = visualRow(of: position).local
        let range = paragraph.rows[local].range
        let isLast = local == paragraph.rows.count - 1
        let rowEnd = isLast ? range.upperBound : max(range.lowerBound, range.upperBound - 1)
        let end = position.index == rowEnd ? paragraph.characters.count : rowEnd
        return TextPosition(paragraph: position.paragraph, index: end)
    }

    /// Start of the word before the position (crossing to the previous line at a line start).
    func previousWordStart(_ position: TextPosition) -> TextPosition {
        var current = position
        while current != positionBefore(current), !isWordCharacter(before: current) {
            current = positionBefore(current)
        }
        while current.index > 0, isWordCharacter(before: current) { current.index -= 1 }
        return current
    }

    /// End of the word after the position (crossing to the next line at a line end).
    func nextWordEnd(_ position: TextPosition) -> TextPosition {
        var current = position
        while current != positionAfter(current), !isWordCharacter(at: current) {
            current = positionAfter(current)
        }
        let count = paragraphs[current.paragraph].characters.count
        while current.index < count, isWordCharacter(at: current) { current.index += 1 }
        return current
    }

    private func isWordCharacter(before position: TextPosition) -> Bool {
        position.index > 0 && Self.isWord(paragraphs[position.paragraph].characters[position.index - 1])
    }

    private func isWordCharacter(at position: TextPosition) -> Bool {
        position.index < paragraphs[position.paragraph].characters.count
            && Self.isWord(paragraphs[position.paragraph].characters[position.index])
    }

    /// Letters (Hangul and ideographs included), digits and underscores make words.
    static func isWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
