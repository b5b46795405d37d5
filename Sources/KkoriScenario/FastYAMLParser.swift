/// The cursor and shared helpers of the fast YAML reader (see `FastYAML`).
///
/// Positions follow libyaml: lines and columns are 0-based inside and 1-based in marks, and a column
/// counts characters, not bytes. Every rule here mirrors a rule of libyaml's scanner or parser; where
/// mirroring would need more than the subset, the reader throws `Unsupported`.
struct FastYAMLParser {
    /// The input is outside the supported subset; libyaml must read it.
    struct Unsupported: Error {}

    static let space: UInt8 = 0x20, newline: UInt8 = 0x0A, hash: UInt8 = 0x23, colon: UInt8 = 0x3A
    static let dash: UInt8 = 0x2D, dot: UInt8 = 0x2E, singleQuote: UInt8 = 0x27, doubleQuote: UInt8 = 0x22
    static let openBracket: UInt8 = 0x5B, closeBracket: UInt8 = 0x5D, openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D, comma: UInt8 = 0x2C, pipe: UInt8 = 0x7C, greater: UInt8 = 0x3E
    /// Longest simple key libyaml accepts is 1024 characters; bytes are never fewer than characters.
    static let maxKeyBytes = 1000

    let text: UnsafeBufferPointer<UInt8>
    let end: Int
    let limits: YAMLLimits
    /// Byte offset of the next unread character.
    var pos = 0
    /// 0-based line of `pos`, and the byte offset where that line starts.
    var line = 0
    var lineStart = 0
    /// Nodes made so far and collections open now, checked against the limits like `EventComposer`.
    var nodes = 0
    var depth = 0
    /// Reused buffer for scalars whose value differs from their source bytes.
    var scratch: [UInt8] = []
    /// The last column computed: line start, byte offset and column.
    var columnCache = (lineStart: -1, offset: 0, column: 0)

    init(text: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) {
        self.text = text
        self.end = text.count
        self.limits = limits
        scratch.reserveCapacity(4096)
    }

    /// The byte at `i`, or 0 past the end (the input holds no 0 bytes).
    @inline(__always) func byte(_ i: Int) -> UInt8 {
        i < end ? text[i] : 0
    }

    /// libyaml's "blank or line break or end" (tabs and other breaks never reach this reader).
    @inline(__always) func isBlankZ(_ i: Int) -> Bool {
        let b = byte(i)
        return b == Self.space || b == Self.newline || b == 0
    }

    /// Consumes the line break at `pos`.
    @inline(__always) mutating func consumeNewline() {
        pos += 1
        line += 1
        lineStart = pos
    }

    @inline(__always) mutating func skipSpaces() {
        while pos < end && text[pos] == Self.space { pos += 1 }
    }

    /// Moves to the line break ending this line (or the end): past a comment, or a block scalar line.
    @inline(__always) mutating func skipToLineEnd() {
        while pos < end && text[pos] != Self.newline { pos += 1 }
    }

    /// Column (in characters) of byte offset `i` on the current line. Counting resumes from the last
    /// position asked about on the same line, so a long line of list items is counted once.
    mutating func column(_ i: Int) -> Int {
        var k = lineStart, count = 0
        if columnCache.lineStart == lineStart && columnCache.offset <= i {
            (k, count) = (columnCache.offset, columnCache.column)
        }
        while k < i {
            if text[k] & 0xC0 != 0x80 { count += 1 }
            k += 1
        }
        columnCache = (lineStart, i, count)
        return count
    }

    mutating func mark(_ i: Int) -> SourceMark {
        SourceMark(line: line + 1, column: column(i) + 1)
    }

    /// The mark of `pos` when its column is already known, remembered for the next `column` call.
    mutating func mark(column: Int) -> SourceMark {
        columnCache = (lineStart, pos, column)
        return SourceMark(line: line + 1, column: column + 1)
    }

    /// `---` or `...` at the start of a line, followed by a blank or the end of the line.
    @inline(__always) func isDocumentMarker(_ i: Int) -> Bool {
        guard i == lineStart, i + 3 <= end else { return false }
        let b = text[i]
        guard b == Self.dash || b == Self.dot, text[i + 1] == b, text[i + 2] == b else { return false }
        return isBlankZ(i + 3)
    }

    /// Whether only spaces precede byte `i` on its line. A key or `-` must start its line: after a
    /// value on the same line, libyaml allows neither.
    func isFirstOnLine(_ i: Int) -> Bool {
        var k = lineStart
        while k < i {
            if text[k] != Self.space { return false }
            k += 1
        }
        return true
    }

    /// `-` followed by a blank or the end of the line: a block list entry.
    func isBlockEntry(_ i: Int) -> Bool {
        byte(i) == Self.dash && isBlankZ(i + 1)
    }

    /// Skips spaces, comments and line breaks to the next token, as libyaml does between block
    /// tokens. Returns the token's column, or nil at the end of the document (end of input, or `...`
    /// at `pos`). A `---` inside the document would start another one: unsupported.
    mutating func nextToken() throws(Unsupported) -> Int? {
        var newLine = false
        while true {
            skipSpaces()
            if byte(pos) == Self.hash {
                skipToLineEnd()
            }
            if byte(pos) == Self.newline {
                consumeNewline()
                newLine = true
                continue
            }
            if pos >= end { return nil }
            if isDocumentMarker(pos) {
                if text[pos] == Self.dot { return nil }
                throw Unsupported()
            }
            // On a new line only spaces precede the token: its column is its byte offset.
            guard newLine else { return column(pos) }
            columnCache = (lineStart, pos, pos - lineStart)
            return pos - lineStart
        }
    }

    /// Counts one node against the limit.
    @inline(__always) mutating func countNode() throws(Unsupported) {
        nodes += 1
        if nodes > limits.maxNodes { throw Unsupported() }
    }

    /// Deepest nesting read here, whatever the limits: the reader recurses, libyaml does not.
    static let maxNesting = 64

    /// Enters a list or mapping, checking depth and node limits.
    mutating func openCollection() throws(Unsupported) {
        if depth >= limits.maxDepth || depth >= Self.maxNesting { throw Unsupported() }
        depth += 1
        try countNode()
    }

    /// A scalar node; plain `~`, `null`, `Null`, `NULL` and empty values are null, as in `EventComposer`.
    mutating func scalar(_ value: String, plain: Bool, at mark: SourceMark) throws(Unsupported) -> YAMLNode {
        try countNode()
        return .scalar(value, isNull: plain && Self.isNullWord(value), mark)
    }

    static func isNullWord(_ value: String) -> Bool {
        let utf8 = value.utf8
        guard utf8.count <= 4 else { return false }
        return value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL"
    }

    /// An empty value (a key or `-` with nothing after it), placed where libyaml places it.
    mutating func emptyScalar(at mark: SourceMark) throws(Unsupported) -> YAMLNode {
        try countNode()
        return .scalar("", isNull: true, mark)
    }

    /// Appends an entry, refusing duplicate keys (libyaml's reader reports those).
    static func append(_ entry: consuming YAMLEntry, to entries: inout [YAMLEntry], seen: inout Set<String>) throws(Unsupported) {
        if entries.count < 16 {
            let key = entry.key
            if entries.contains(where: { $0.key == key }) { throw Unsupported() }
        } else {
            if seen.isEmpty { seen = Set(entries.map(\.key)) }
            guard seen.insert(entry.key).inserted else { throw Unsupported() }
        }
        entries.append(entry)
    }

    /// A string made from source bytes `range`.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }

    /// A string made from the scratch buffer.
    func scratchString() -> String {
        String(decoding: scratch, as: UTF8.self)
    }
}
