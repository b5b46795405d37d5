/// What the answer editor can be asked to do; the key map turns keys into these.
public enum EditorCommand: Sendable, Hashable {
    /// Insert typed or pasted text at the cursor.
    case insert(String)
    /// Start a new line.
    case newline
    /// Delete the character before the cursor (a whole character, never part of one).
    case deleteBackward
    /// Delete the character under the cursor.
    case deleteForward
    /// Delete back to the start of the word (Ctrl-W).
    case deleteWordBackward
    /// Delete from the cursor to the end of the line, or join the next line when at its end (Ctrl-K).
    case killToLineEnd
    /// Delete from the start of the line to the cursor (Ctrl-U).
    case killToLineStart
    /// Move one character left.
    case left
    /// Move one character right.
    case right
    /// Move one screen row up, keeping the column.
    case up
    /// Move one screen row down, keeping the column.
    case down
    /// Move to the start of the screen row, then of the line (Home, Ctrl-A).
    case lineStart
    /// Move to the end of the screen row, then of the line (End, Ctrl-E).
    case lineEnd
    /// Move to the start of the previous word.
    case wordLeft
    /// Move past the end of the next word.
    case wordRight
    /// Move a page up.
    case pageUp
    /// Move a page down.
    case pageDown
    /// Move to the very start of the answer.
    case documentStart
    /// Move to the very end of the answer.
    case documentEnd
}
