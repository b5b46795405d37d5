/// A rectangle of cells: where a view or a widget may draw.
public struct Rect: Sendable, Hashable {
    /// Top row.
    public var row: Int
    /// Left column.
    public var column: Int
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The row below the rectangle.
    public var bottom: Int { row + height }
    /// The column right of the rectangle.
    public var right: Int { column + width }
    /// Whether it holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The rectangle shrunk by `rows` at top and bottom and `columns` at left and right.
    public func inset(rows: Int = 0, columns: Int = 0) -> Rect {
        Rect(row: row + rows, column: column + columns, width: width - 2 * columns, height: height - 2 * rows)
    }

    /// The top `count` rows, and the rest below them.
    public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, count), height)
        return (Rect(row: row, column: column, width: width, height: taken),
                Rect(row: row + taken, column: column, width: width, height: height - taken))
    }

    /// The bottom `count` rows, and the rest above them.
    public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, count), height)
        return (Rect(row: row, column: column, width: width, height: height - taken),
                Rect(row: row + height - taken, column: column, width: width, height: taken))
    }

    /// A `width` × `height` rectangle centred in this one (clipped to it).
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(width, self.width)
        let h = min(height, self.height)
        return Rect(row: row + (self.height - h) / 2, column: column + (self.width - w) / 2, width: w, height: h)
    }
}

/// A cell position.
public struct Position: Sendable, Hashable {
    /// Row from the top, from 0.
    public var row: Int
    /// Column from the left, from 0.
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
