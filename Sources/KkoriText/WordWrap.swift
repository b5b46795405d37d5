/// One screen row of a wrapped paragraph: which characters it holds and how wide they are drawn.
public struct WrappedRow: Sendable, Hashable {
    /// Indices of the row's characters in the paragraph.
    public var range: Range<Int>
    /// Columns the row's drawn characters take; spaces hanging past the limit are not counted.
    public var width: Int

    public init(range: Range<Int>, width: Int) {
        self.range = range
        self.width = width
    }
}

/// Soft-wraps text by display width, the way a reader expects Korean and English to break.
///
/// A row breaks after the last space that fits, so words (and Korean eojeol) stay whole; a run with no
/// space that fits — a long Korean or CJK run, a URL — breaks between characters instead. Spaces at a
/// break stay at the end of the row they follow, even when they do not fit ("hanging"), so the next
/// row never starts with a blank and every character belongs to exactly one row (an editor can map
/// any cursor position to a row). A row always holds at least one character, even one wider than
/// the limit, so wrapping always terminates.
public enum WordWrap {
    /// Rows of one paragraph (no newlines inside), given each character's width.
    public static func rows(_ characters: [Character], widths: [UInt8], limit: Int) -> [WrappedRow] {
        rows(widths: widths, spaces: characters.map { $0.asciiValue == 0x20 }, limit: limit)
    }

    /// Rows of one paragraph given each character's width and whether it is a space: callers that keep
    /// both (the editor) wrap without touching the characters at all.
    public static func rows(widths: [UInt8], spaces: [Bool], limit: Int) -> [WrappedRow] {
        let limit = max(1, limit)
        var rows: [WrappedRow] = []
        var start = 0
        var column = 0
        var breakAfterSpace: Int? = nil   // start of the next row if we break at the last space
        var widthAtBreak = 0
        var hanging = false                // a space overflowed: nothing more may join this row
        var index = 0
        while index < widths.count {
            let width = Int(widths[index])
            if spaces[index] {
                if column + width <= limit { column += width } else { hanging = true }
                index += 1
                breakAfterSpace = index
                widthAtBreak = column
                continue
            }
            if (hanging || column + width > limit) && index > start {
                hanging = false
                let end = breakAfterSpace ?? index
                rows.append(WrappedRow(range: start..<end, width: breakAfterSpace == nil ? column : widthAtBreak))
                column = breakAfterSpace == nil ? 0 : column - widthAtBreak
                start = end
                breakAfterSpace = nil
                continue
            }
            column += width
            index += 1
        }
        rows.append(WrappedRow(range: start..<widths.count, width: column))
        return rows
    }

    /// Rows of one paragraph, measuring each character.
    public static func rows(_ characters: [Character], limit: Int) -> [WrappedRow] {
        rows(characters, widths: characters.map { UInt8(DisplayWidth.of($0)) }, limit: limit)
    }

    /// Wraps text (which may hold newlines) to lines no wider than `limit` columns, with the spaces at
    /// each row's end removed. An empty paragraph gives an empty line.
    public static func lines(_ text: String, limit: Int) -> [String] {
        var result: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let characters = Array(paragraph)
            for row in rows(characters, limit: limit) {
                var line = characters[row.range]
                while line.last == " " { line.removeLast() }
                result.append(String(line))
            }
        }
        return result
    }
}
