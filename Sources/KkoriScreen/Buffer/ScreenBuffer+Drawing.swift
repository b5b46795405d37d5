import KkoriText

/// Drawing primitives: text clipped by display width, fills, rules, boxes and bars.
extension ScreenBuffer {
    /// Draws one line of text from (`row`, `column`), clipped to `limit` columns (and the screen's
    /// edge); returns the column after the last cell drawn.
    ///
    /// Characters are drawn composed (NFC), control characters are not drawn (text from files may
    /// hold escape sequences), tabs and newlines become spaces, and a wide character that does not
    /// fit whole is replaced by a blank.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, row: Int, column: Int, style: Style = .plain,
                                                limit: Int? = nil) -> Int where S.Index == String.Index {
        guard row >= 0, row < height else { return column }
        let end = min(width, limit.map { column + max(0, $0) } ?? width)
        var x = column
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, x < end {
            let value = scalars[index].value
            let next = scalars.index(after: index)
            // The common case: a code point that is a whole character by itself (its successor can't
            // attach to it), so no grapheme breaking is needed.
            if Self.isStandalone(value), next == scalars.endIndex || Self.isStandalone(scalars[next].value) {
                let columns = value >= 0x1100 && DisplayWidth.isWide(value) ? 2 : 1
                guard x + columns <= end else {
                    set(.blank(style), row: row, column: x)
                    return x + 1
                }
                if x >= 0 { set(Cell(code: value, width: UInt8(columns), style: style), row: row, column: x) }
                x += columns
                index = next
                continue
            }
            let character = text[index]
            index = text.index(after: index)
            guard let advance = putCluster(character, row: row, column: x, end: end, style: style) else {
                return x + 1
            }
            x += advance
        }
        return x
    }

    /// Draws one multi-code-point (or unusual) character; returns the columns used, or nil when a wide
    /// character did not fit and a blank was drawn in its place.
    private mutating func putCluster(_ character: Character, row: Int, column: Int, end: Int, style: Style) -> Int? {
        var shown = character.composed
        if character == "\t" || character.isNewline { shown = " " }
        let columns = DisplayWidth.of(shown)
        if columns == 0 { return 0 }
        if column + columns > end {
            set(.blank(style), row: row, column: column)
            return nil
        }
        if column >= 0 { set(Cell(code: code(for: shown), width: UInt8(columns), style: style), row: row, column: column) }
        return columns
    }

    /// Code points that always form a character on their own and never take a following mark in the
    /// scripts kkori draws most: printable ASCII, Latin-1 letters, Hangul syllables and compatibility
    /// jamo, CJK ideographs, and the box and block characters of the frames.
    @inline(__always)
    static func isStandalone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20..<0x7F, 0xA0..<0x300, 0x2500..<0x2600, 0x3131...0x318E, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            value != 0xAD
        default: false
        }
    }

    /// Draws characters whose widths and code-point counts are already known (the editor keeps them),
    /// clipped to `limit` columns; returns the column after the last cell drawn.
    @discardableResult
    public mutating func put(characters: ArraySlice<Character>, widths: ArraySlice<UInt8>,
                             scalars: ArraySlice<UInt8>, row: Int, column: Int, style: Style, limit: Int) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(width, column + max(0, limit))
        var x = column
        for index in characters.indices where widths[index] > 0 {
            let character = characters[index]
            let width = widths[index]
            let columns = Int(width)
            guard x + columns <= end else {
                if x < end { set(.blank(style), row: row, column: x) }
                break
            }
            let code = scalars[index] == 1 ? (character.unicodeScalars.first?.value ?? 0x20)
                : self.code(for: character.composed)
            if x >= 0 { set(Cell(code: code, width: width, style: style), row: row, column: x) }
            x += columns
        }
        return x
    }

    /// Sets one single-column code point (frames and rules).
    mutating func putScalar(_ value: UInt32, row: Int, column: Int, style: Style) {
        set(Cell(code: value, width: 1, style: style), row: row, column: column)
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for row in max(0, rect.row)..<min(height, max(rect.bottom, 0)) {
            for column in max(0, rect.column)..<min(width, max(rect.right, 0)) {
                set(.blank(style), row: row, column: column)
            }
        }
    }

    /// Draws `character` repeated along a row.
    public mutating func horizontalLine(row: Int, column: Int, length: Int, character: Character = "─",
                                        style: Style = Style(.frame)) {
        guard length > 0 else { return }
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
           DisplayWidth.of(scalar) == 1 {
            for x in max(0, column)..<min(width, column + length) { putScalar(scalar.value, row: row, column: x, style: style) }
            return
        }
        let step = max(1, DisplayWidth.of(character))
        put(String(repeating: character, count: (length + step - 1) / step), row: row, column: column,
            style: style, limit: length)
    }

    /// Draws a frame around `rect`, with an optional title in its top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = Style(.frame),
                             titleStyle: Style = Style(.title, .bold)) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        horizontalLine(row: rect.row, column: rect.column + 1, length: rect.width - 2, style: style)
        horizontalLine(row: rect.bottom - 1, column: rect.column + 1, length: rect.width - 2, style: style)
        for row in rect.row + 1..<rect.bottom - 1 {
            putScalar(0x2502, row: row, column: rect.column, style: style)
            putScalar(0x2502, row: row, column: rect.right - 1, style: style)
        }
        put("┌", row: rect.row, column: rect.column, style: style)
        put("┐", row: rect.row, column: rect.right - 1, style: style)
        put("└", row: rect.bottom - 1, column: rect.column, style: style)
        put("┘", row: rect.bottom - 1, column: rect.right - 1, style: style)
        if let title, rect.width > 4 {
            put(" \(title) ", row: rect.row, column: rect.column + 1, style: titleStyle, limit: rect.width - 2)
        }
    }

    /// Draws a horizontal bar `length` columns long, filled to `fraction` (0...1) in eighths of a cell.
    public mutating func bar(row: Int, column: Int, length: Int, fraction: Double, style: Style,
                             emptyStyle: Style = Style(.muted)) {
        guard length > 0 else { return }
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let eighths = Int((clamped * Double(length * 8)).rounded())
        let full = eighths / 8
        let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var x = put(String(repeating: "█", count: full), row: row, column: column, style: style)
        if eighths % 8 > 0, full < length {
            x = put(String(partials[eighths % 8 - 1]), row: row, column: x, style: style)
        }
        put(String(repeating: "░", count: max(0, column + length - x)), row: row, column: x, style: emptyStyle)
    }

    /// Draws wrapped text into `rect` starting at its `skip`-th line; returns how many lines the text
    /// has in all, so callers can scroll.
    @discardableResult
    public mutating func paragraph(_ text: String, in rect: Rect, style: Style = .plain, skip: Int = 0) -> Int {
        let lines = WordWrap.lines(text, limit: rect.width)
        for (offset, line) in lines.dropFirst(skip).prefix(rect.height).enumerated() {
            put(line, row: rect.row + offset, column: rect.column, style: style, limit: rect.width)
        }
        return lines.count
    }
}
