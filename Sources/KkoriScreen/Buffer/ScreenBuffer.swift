import KkoriText

/// An in-memory terminal screen: a grid of cells the views draw into.
///
/// Views know nothing of ncurses: they render state into a buffer, tests compare the buffer with
/// golden text, and the terminal back end sends only the cells that changed since the last frame.
public struct ScreenBuffer: Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Cells row by row.
    public private(set) var cells: [Cell]
    /// Multi-code-point characters referenced by cells (see `Cell.code`).
    public private(set) var clusters: [String] = []
    /// Where the terminal cursor should be shown, or nil to hide it.
    public var cursor: Position?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(), count: self.width * self.height)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(row: 0, column: 0, width: width, height: height) }

    /// The cell at a position (rows and columns from 0).
    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// The text a cell shows (empty for a continuation cell).
    public func text(of cell: Cell) -> String {
        if cell.isContinuation { return "" }
        if cell.code >= Cell.clusterBase { return clusters[Int(cell.code - Cell.clusterBase)] }
        return Unicode.Scalar(cell.code).map { String(Character($0)) } ?? " "
    }

    /// Whether two cells (possibly of different buffers) draw the same thing.
    public func sameCell(_ cell: Cell, as other: Cell, in buffer: ScreenBuffer) -> Bool {
        guard cell.width == other.width, cell.style == other.style else { return false }
        if cell.code < Cell.clusterBase || other.code < Cell.clusterBase { return cell.code == other.code }
        return text(of: cell) == buffer.text(of: other)
    }

    /// Fills every cell with a blank in `style` and forgets the cursor.
    public mutating func clear(_ style: Style = .plain) {
        for index in cells.indices { cells[index] = .blank(style) }
        clusters.removeAll(keepingCapacity: true)
        cursor = nil
    }

    /// Sets one cell, keeping wide characters whole: overwriting either half of a wide character
    /// blanks its other half, so a stale half never lingers on screen.
    mutating func set(_ cell: Cell, row: Int, column: Int) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        let index = row * width + column
        let old = cells[index]
        if old.isContinuation, column > 0 { cells[index - 1] = .blank(cells[index - 1].style) }
        if old.width == 2, column + 1 < width, cell.width != 2 { cells[index + 1] = .blank(old.style) }
        cells[index] = cell
        if cell.width == 2, column + 1 < width {
            let next = cells[index + 1]
            if next.width == 2, column + 2 < width { cells[index + 2] = .blank(next.style) }
            cells[index + 1] = Cell(code: 0, width: 0, style: cell.style)
        }
    }

    /// The cell code for a character, adding clusters to the table as needed.
    mutating func code(for character: Character) -> UInt32 {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { return scalar.value }
        let text = String(character)
        if let index = clusters.lastIndex(of: text) { return Cell.clusterBase + UInt32(index) }
        clusters.append(text)
        return Cell.clusterBase + UInt32(clusters.count - 1)
    }
}
