/// Commands: each edit goes through `replace`, each motion through the motion helpers.
extension AnswerEditor {
    /// Carries out `command`; returns the text change it made, stamped with `time` (the caller's
    /// clock), or nil for motions and for edits that changed nothing.
    @discardableResult
    public mutating func perform(_ command: EditorCommand, at time: Double) -> TextEdit? {
        let change: (offset: Int, removed: Int, inserted: String)?
        switch command {
        case .insert(let text): change = replace(from: cursor, to: cursor, with: text)
        case .newline: change = replace(from: cursor, to: cursor, with: "\n")
        case .deleteBackward: change = replace(from: positionBefore(cursor), to: cursor, with: "")
        case .deleteForward: change = replace(from: cursor, to: positionAfter(cursor), with: "")
        case .deleteWordBackward: change = replace(from: wordStart(before: cursor), to: cursor, with: "")
        case .killToLineEnd: change = replace(from: cursor, to: lineEndForKill(cursor), with: "")
        case .killToLineStart:
            change = replace(from: TextPosition(paragraph: cursor.paragraph, index: 0), to: cursor, with: "")
        default:
            move(command)
            return nil
        }
        return change.map { TextEdit(time: time, offset: $0.offset, removed: $0.removed, inserted: $0.inserted) }
    }

    /// The position one character before `position` (the end of the previous line at a line start).
    func positionBefore(_ position: TextPosition) -> TextPosition {
        if position.index > 0 { return TextPosition(paragraph: position.paragraph, index: position.index - 1) }
        guard position.paragraph > 0 else { return position }
        let previous = position.paragraph - 1
        return TextPosition(paragraph: previous, index: paragraphs[previous].characters.count)
    }

    /// The position one character after `position` (the start of the next line at a line end).
    func positionAfter(_ position: TextPosition) -> TextPosition {
        if position.index < paragraphs[position.paragraph].characters.count {
            return TextPosition(paragraph: position.paragraph, index: position.index + 1)
        }
        guard position.paragraph + 1 < paragraphs.count else { return position }
        return TextPosition(paragraph: position.paragraph + 1, index: 0)
    }

    /// Where Ctrl-K stops: the line's end, or past the newline when already there.
    func lineEndForKill(_ position: TextPosition) -> TextPosition {
        let end = paragraphs[position.paragraph].characters.count
        return position.index < end ? TextPosition(paragraph: position.paragraph, index: end) : positionAfter(position)
    }

    /// Where Ctrl-W stops: back over spaces, then back over the word (whitespace-delimited, like a
    /// shell); at a line start it deletes the newline.
    func wordStart(before position: TextPosition) -> TextPosition {
        guard position.index > 0 else { return positionBefore(position) }
        let characters = paragraphs[position.paragraph].characters
        var index = position.index
        while index > 0 && characters[index - 1].isWhitespace { index -= 1 }
        while index > 0 && !characters[index - 1].isWhitespace { index -= 1 }
        return TextPosition(paragraph: position.paragraph, index: index)
    }
}
