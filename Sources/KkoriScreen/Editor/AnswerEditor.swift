import KkoriText

/// A place in the answer: a line (paragraph) and a character index within it.
public struct TextPosition: Sendable, Hashable, Comparable {
    /// Paragraph index.
    public var paragraph: Int
    /// Character (grapheme) index within the paragraph; may equal its length (end of line).
    public var index: Int

    public init(paragraph: Int, index: Int) {
        self.paragraph = paragraph
        self.index = index
    }

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.paragraph, a.index) < (b.paragraph, b.index)
    }
}

/// The multi-line answer editor, as a pure value: commands in, text, cursor and edits out.
///
/// Text is kept as paragraphs of whole characters (grapheme clusters) with their display widths, so
/// Backspace removes what the reader sees as one character and all cursor and wrap math is done in
/// terminal columns. Paragraphs are soft-wrapped to the view's width minus one column, which keeps a
/// cell free at the right edge for the cursor after the last character of a full row.
public struct AnswerEditor: Sendable {
    /// One line of the answer and its cached layout.
    struct Paragraph: Sendable {
        var characters: [Character] = []
        var widths: [UInt8] = []
        /// Code points of each character (clusters are capped well below 256, see `clean`).
        var scalars: [UInt8] = []
        /// Whether each character is a space (a wrap opportunity).
        var spaces: [Bool] = []
        /// Code points in the paragraph, for edit offsets.
        var scalarCount = 0
        /// Soft-wrapped rows at the editor's current wrap width.
        var rows: [WrappedRow] = [WrappedRow(range: 0..<0, width: 0)]
    }

    var paragraphs: [Paragraph] = [Paragraph()]
    /// Where the cursor is.
    public internal(set) var cursor = TextPosition(paragraph: 0, index: 0)
    /// The column up/down movement tries to keep (set by the first vertical move).
    var goalColumn: Int?
    /// First visual row shown.
    public internal(set) var scrollTop = 0
    /// The view's size in cells (the text wraps one column narrower, see the type's note).
    public private(set) var viewWidth: Int
    /// Rows visible at once.
    public private(set) var viewHeight: Int
    /// Longest answer accepted, in characters: a runaway paste can't exhaust memory or stall the UI.
    public let capacity: Int
    /// Characters held now (newlines count one each).
    public internal(set) var characterCount = 0

    public init(width: Int = 80, height: Int = 10, capacity: Int = 20_000) {
        viewWidth = max(2, width)
        viewHeight = max(1, height)
        self.capacity = capacity
    }

    /// Columns a row of text may take.
    var wrapLimit: Int { max(1, viewWidth - 1) }

    /// The answer as one string, lines joined by "\n".
    public var text: String {
        paragraphs.map { String($0.characters) }.joined(separator: "\n")
    }

    /// Whether nothing but whitespace has been typed.
    public var isBlank: Bool {
        paragraphs.allSatisfy { $0.characters.allSatisfy(\.isWhitespace) }
    }

    /// Number of lines (paragraphs).
    public var lineCount: Int { paragraphs.count }

    /// Changes the view's size; the text re-wraps and the cursor stays on the same character.
    public mutating func resize(width: Int, height: Int) {
        let newWidth = max(2, width)
        viewHeight = max(1, height)
        if newWidth != viewWidth {
            viewWidth = newWidth
            for index in paragraphs.indices { rewrap(index) }
        }
        scrollToCursor()
    }

    /// Replaces the whole answer (a restored draft), cursor at the end. Not recorded as an edit.
    public mutating func load(_ text: String) {
        paragraphs = [Paragraph()]
        characterCount = 0
        cursor = TextPosition(paragraph: 0, index: 0)
        _ = replace(from: cursor, to: cursor, with: text)
        goalColumn = nil
        scrollToCursor()
    }

    /// Recomputes one paragraph's rows.
    mutating func rewrap(_ index: Int) {
        paragraphs[index].rows = WordWrap.rows(widths: paragraphs[index].widths, spaces: paragraphs[index].spaces,
                                               limit: wrapLimit)
    }

    /// Code-point offset of a position in the joined text.
    func scalarOffset(of position: TextPosition) -> Int {
        var offset = 0
        for index in 0..<position.paragraph { offset += paragraphs[index].scalarCount + 1 }
        for count in paragraphs[position.paragraph].scalars[..<position.index] { offset += Int(count) }
        return offset
    }
}
