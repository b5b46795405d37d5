/// Where text and cursor land on screen: visual rows, columns and scrolling, all in display columns.
extension AnswerEditor {
    /// A screen row of the answer: its paragraph and the row within it.
    public struct VisualRow: Sendable, Hashable {
        /// Paragraph index.
        public var paragraph: Int
        /// Row index within the paragraph.
        public var row: Int
    }

    /// Rows the whole answer takes at the current width.
    public var totalRows: Int { paragraphs.reduce(0) { $0 + $1.rows.count } }

    /// The visual row of a position: the row whose range holds it, or the last row for the end of a
    /// paragraph. The end of a non-last row is the start of the next one.
    func visualRow(of position: TextPosition) -> (global: Int, local: Int) {
        var global = 0
        for index in 0..<position.paragraph { global += paragraphs[index].rows.count }
        let rows = paragraphs[position.paragraph].rows
        var local = rows.count - 1
        for (number, row) in rows.enumerated() where position.index < row.range.upperBound {
            local = number
            break
        }
        return (global + local, local)
    }

    /// The paragraph and row of a global visual row (clamped to the text).
    func locate(globalRow: Int) -> VisualRow {
        var remaining = max(0, globalRow)
        for (index, paragraph) in paragraphs.enumerated() {
            if remaining < paragraph.rows.count { return VisualRow(paragraph: index, row: remaining) }
            remaining -= paragraph.rows.count
        }
        let last = paragraphs.count - 1
        return VisualRow(paragraph: last, row: paragraphs[last].rows.count - 1)
    }

    /// The display column of a position within its visual row; never past the view's last column
    /// (spaces hanging at a wrap would otherwise push the cursor off the edge).
    func column(of position: TextPosition) -> Int {
        let paragraph = paragraphs[position.paragraph]
        let row = paragraph.rows[visualRow(of: position).local]
        var column = 0
        for index in row.range.lowerBound..<position.index { column += Int(paragraph.widths[index]) }
        return min(column, viewWidth - 1)
    }

    /// The position in a visual row closest to `goal` columns without passing it (a wide character
    /// under the goal is not entered halfway).
    func position(in visual: VisualRow, column goal: Int) -> TextPosition {
        let paragraph = paragraphs[visual.paragraph]
        let range = paragraph.rows[visual.row].range
        let isLast = visual.row == paragraph.rows.count - 1
        let last = isLast ? range.upperBound : max(range.lowerBound, range.upperBound - 1)
        var index = range.lowerBound
        var column = 0
        while index < last, column + Int(paragraph.widths[index]) <= goal {
            column += Int(paragraph.widths[index])
            index += 1
        }
        return TextPosition(paragraph: visual.paragraph, index: index)
    }

    /// The cursor on screen, relative to the editor's top-left corner.
    public var cursorOnScreen: (row: Int, column: Int) {
        (visualRow(of: cursor).global - scrollTop, column(of: cursor))
    }

    /// The text of the rows currently in view, top to bottom, without the spaces that hang past the
    /// wrap limit.
    public var visibleLines: [String] {
        var lines: [String] = []
        forEachVisibleRow { _, characters, _, _ in lines.append(String(characters)) }
        return lines
    }

    /// Calls `body` with the characters and widths of each row in view, top to bottom, without the
    /// spaces that hang past the wrap limit: drawing needs no strings and no re-measuring.
    public func forEachVisibleRow(_ body: (_ offset: Int, ArraySlice<Character>, _ widths: ArraySlice<UInt8>,
                                           _ scalars: ArraySlice<UInt8>) -> Void) {
        var shown = 0
        let start = locate(globalRow: scrollTop)
        var skip = start.row
        for paragraph in paragraphs[start.paragraph...] {
            for row in paragraph.rows.dropFirst(skip) {
                guard shown < viewHeight else { return }
                var end = row.range.upperBound
                var drawn = 0
                for width in paragraph.widths[row.range] { drawn += Int(width) }
                while end > row.range.lowerBound, drawn > row.width, paragraph.spaces[end - 1] {
                    end -= 1
                    drawn -= Int(paragraph.widths[end])
                }
                let range = row.range.lowerBound..<end
                body(shown, paragraph.characters[range], paragraph.widths[range], paragraph.scalars[range])
                shown += 1
            }
            skip = 0
        }
    }

    /// Scrolls as little as possible to keep the cursor's row in view.
    mutating func scrollToCursor() {
        let row = visualRow(of: cursor).global
        if row < scrollTop { scrollTop = row }
        if row >= scrollTop + viewHeight { scrollTop = row - viewHeight + 1 }
        scrollTop = max(0, min(scrollTop, totalRows - viewHeight))
        scrollTop = min(scrollTop, row)
    }
}
