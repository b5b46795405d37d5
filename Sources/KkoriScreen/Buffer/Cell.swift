/// One terminal cell: a character, its width and its style.
///
/// A wide character fills two cells: the first holds the character with width 2, the second is a
/// continuation cell (width 0) that draws nothing. Characters made of one code point are stored
/// inline; longer clusters (a letter with combining marks, an emoji sequence) live in the buffer's
/// cluster table and the cell keeps their index, so comparing cells is comparing integers.
public struct Cell: Sendable, Hashable {
    /// A code point value, or `clusterBase + index` into the buffer's cluster table.
    public var code: UInt32
    /// Columns drawn: 1 or 2 for a character, 0 for the second half of a wide character.
    public var width: UInt8
    /// How the cell is drawn.
    public var style: Style

    /// Codes at or above this refer to the cluster table (code points end at 0x10FFFF).
    public static let clusterBase: UInt32 = 0x11_0000

    public init(code: UInt32, width: UInt8, style: Style) {
        self.code = code
        self.width = width
        self.style = style
    }

    /// An empty (space) cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(code: 0x20, width: 1, style: style)
    }

    /// Whether this is the second half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
