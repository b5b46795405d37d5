import CNcursesw
import KkoriScreen

/// Flushing frames: only the cells that differ from the frame on screen are sent.
extension CursesTerminal {
    /// Draws `frame`, sending only what changed since the last frame, then places the cursor.
    public func draw(_ frame: ScreenBuffer) {
        let (width, height) = size
        for run in frame.changes(since: shown) where run.row < height {
            for column in run.columns where column < width {
                let cell = frame[run.row, column]
                if cell.isContinuation { continue }
                put(cell, text: frame.text(of: cell), row: run.row, column: column)
            }
        }
        placeCursor(frame.cursor, width: width, height: height)
        _ = wnoutrefresh(window)
        _ = doupdate()
        shown = frame
    }

    /// Sends one cell as a wide character with its attributes. A cluster curses refuses (more
    /// combining marks than it holds) falls back to its first code point.
    private func put(_ cell: Cell, text: String, row: Int, column: Int) {
        var characters = text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var value = cchar_t()
        let attributes = palette.attributes(for: cell.style)
        let pair = palette.pair(for: cell.style)
        if setcchar(&value, characters, attributes, pair, nil) == ERR {
            let first: [wchar_t] = [characters[0], 0]
            _ = setcchar(&value, first, attributes, pair, nil)
        }
        _ = mvwadd_wch(window, Int32(row), Int32(column), &value)
    }

    private func placeCursor(_ cursor: Position?, width: Int, height: Int) {
        guard let cursor, cursor.row < height, cursor.column < width else {
            if cursorVisible { _ = curs_set(0) }
            cursorVisible = false
            return
        }
        if !cursorVisible { _ = curs_set(1) }
        cursorVisible = true
        _ = wmove(window, Int32(cursor.row), Int32(cursor.column))
    }

    /// The characters and attributes curses holds for a row, as text (wide characters once): tests
    /// read the screen back with it to prove frames arrive as drawn.
    func readBack(row: Int) -> (text: String, attributes: [attr_t]) {
        let width = size.width
        var cells = [cchar_t](repeating: cchar_t(), count: width + 1)
        _ = mvwin_wchnstr(window, Int32(row), 0, &cells, Int32(width))
        var text = ""
        var attributes: [attr_t] = []
        for index in 0..<width {
            var characters = [wchar_t](repeating: 0, count: 8)
            var attribute: attr_t = 0
            var pair: Int16 = 0
            _ = getcchar(&cells[index], &characters, &attribute, &pair, nil)
            attributes.append(attribute)
            for value in characters.prefix(while: { $0 != 0 }) {
                if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { text.unicodeScalars.append(scalar) }
            }
        }
        return (text, attributes)
    }
}
