/// The document and block structure: indentation decides where mappings and lists end.
///
/// `indent` arguments are libyaml's current indentation (the column of the innermost open block
/// collection, -1 at the top): it decides how far a plain scalar may continue and how a block scalar
/// finds its indentation.
extension FastYAMLParser {
    /// Where a block node starts: on its own line, after `- `, or after `key: ` (where neither a list
    /// entry nor another key may start).
    enum Placement {
        case lineStart, afterDash, afterColon
    }

    /// Reads the whole input: an optional `---`, one node, an optional `...`, nothing else.
    mutating func document() throws(Unsupported) -> YAMLNode? {
        var explicit = false
        skipToFirstToken()
        if isDocumentMarker(pos) && text[pos] == Self.dash {
            explicit = true
            pos += 3
            skipSpaces()
            guard byte(pos) == Self.hash || byte(pos) == Self.newline || pos >= end else { throw Unsupported() }
        }
        guard let column = try nextToken() else {
            if explicit || pos < end { throw Unsupported() }
            return nil
        }
        let root = try blockNode(indent: -1, column: column, placement: .lineStart)
        guard try nextToken() == nil else { throw Unsupported() }
        if pos < end {
            pos += 3
            guard try nextToken() == nil, pos >= end else { throw Unsupported() }
        }
        return root
    }

    /// Skips spaces, comments and line breaks before the first token, where `---` may stand.
    private mutating func skipToFirstToken() {
        while pos < end {
            switch text[pos] {
            case Self.space:
                pos += 1
            case Self.newline:
                consumeNewline()
            case Self.hash:
                skipToLineEnd()
            default:
                return
            }
        }
    }

    /// A node starting at `pos` (column `column`) in block context.
    mutating func blockNode(indent: Int, column: Int, placement: Placement) throws(Unsupported) -> YAMLNode {
        let first = byte(pos)
        switch first {
        case Self.dash where isBlankZ(pos + 1):
            guard placement != .afterColon else { throw Unsupported() }
            return try blockSequence(column: column, indentless: false)
        case Self.openBracket, Self.openBrace:
            return try flowNode()
        case Self.pipe, Self.greater:
            return try blockScalar(literal: first == Self.pipe, indent: indent)
        case Self.singleQuote, Self.doubleQuote:
            return try quotedBlockNode(column: column, placement: placement)
        default:
            return try plainBlockNode(indent: indent, column: column, placement: placement)
        }
    }

    /// A quoted scalar in block context, or the first key of a mapping if `:` follows it.
    private mutating func quotedBlockNode(column: Int, placement: Placement) throws(Unsupported) -> YAMLNode {
        let start = pos, startLine = line, mark = mark(column: column)
        let value = try quotedScalar()
        skipSpaces()
        if byte(pos) == Self.colon && isBlankZ(pos + 1) {
            guard placement != .afterColon, line == startLine, pos - start <= Self.maxKeyBytes else {
                throw Unsupported()
            }
            try countNode()
            return try blockMapping(column: column, firstKey: value, keyMark: mark)
        }
        return try scalar(value, plain: false, at: mark)
    }

    /// A plain scalar in block context, or the first key of a mapping if it ends at `: `.
    private mutating func plainBlockNode(indent: Int, column: Int, placement: Placement) throws(Unsupported) -> YAMLNode {
        guard isPlainStart(flow: false) else { throw Unsupported() }
        let start = pos, startLine = line, mark = mark(column: column)
        let (value, endedAtColon) = try plainScalar(flow: false, indent: indent + 1)
        if endedAtColon {
            guard placement != .afterColon, line == startLine, pos - start <= Self.maxKeyBytes else {
                throw Unsupported()
            }
            try countNode()
            return try blockMapping(column: column, firstKey: value, keyMark: mark)
        }
        return try scalar(value, plain: true, at: mark)
    }

    /// A block mapping whose keys sit at `column`; `pos` is at the `:` after its first key.
    private mutating func blockMapping(column: Int, firstKey: String, keyMark: SourceMark) throws(Unsupported) -> YAMLNode {
        try openCollection()
        var entries: [YAMLEntry] = []
        entries.reserveCapacity(4)  // most mappings hold a few keys; spare the first regrowths
        var seen: Set<String> = []
        var key = firstKey, mark = keyMark
        while true {
            pos += 1
            let value = try blockMappingValue(column: column)
            try Self.append(YAMLEntry(key: key, keyMark: mark, value: value), to: &entries, seen: &seen)
            guard let next = try nextToken() else { break }
            guard isFirstOnLine(pos) else { throw Unsupported() }
            if next < column { break }
            guard next == column else { throw Unsupported() }
            (key, mark) = try blockKey(column: column)
        }
        depth -= 1
        return .mapping(entries, keyMark)
    }

    /// The value after a key's `:` (at `pos`): on the same line, on the following lines, or empty.
    private mutating func blockMappingValue(column: Int) throws(Unsupported) -> YAMLNode {
        let afterColon = mark(pos)
        skipSpaces()
        let next = byte(pos)
        guard next == Self.hash || next == Self.newline || pos >= end else {
            return try blockNode(indent: column, column: self.column(pos), placement: .afterColon)
        }
        guard let below = try nextToken() else { return try emptyScalar(at: afterColon) }
        if below > column {
            return try blockNode(indent: column, column: below, placement: .lineStart)
        }
        if below == column && isBlockEntry(pos) {
            return try blockSequence(column: column, indentless: true)
        }
        return try emptyScalar(at: afterColon)
    }

    /// A further key of a block mapping, first on its line at `column`; leaves `pos` at its `:`.
    private mutating func blockKey(column: Int) throws(Unsupported) -> (String, SourceMark) {
        let start = pos, startLine = line, mark = mark(column: column)
        if let key = simpleKey() {
            try countNode()
            return (key, mark)
        }
        let key: String
        let first = byte(pos)
        if first == Self.singleQuote || first == Self.doubleQuote {
            key = try quotedScalar()
            skipSpaces()
        } else {
            guard isPlainStart(flow: false) else { throw Unsupported() }
            let (value, endedAtColon) = try plainScalar(flow: false, indent: 0)
            guard endedAtColon else { throw Unsupported() }
            key = value
        }
        guard byte(pos) == Self.colon, isBlankZ(pos + 1), line == startLine, pos - start <= Self.maxKeyBytes else {
            throw Unsupported()
        }
        try countNode()
        return (key, mark)
    }

    /// The common key: ASCII letters, digits, `_` and `-` (not first), then `: ` or `:` at the end of
    /// the line. Read as a plain scalar, it is exactly those bytes. Leaves `pos` at the `:`, or
    /// returns nil and leaves `pos` alone.
    private mutating func simpleKey() -> String? {
        var i = pos
        while i < end && Self.isKeyByte(text[i], first: i == pos) { i += 1 }
        guard i > pos, i - pos <= Self.maxKeyBytes, byte(i) == Self.colon, isBlankZ(i + 1) else { return nil }
        defer { pos = i }
        return string(pos..<i)
    }

    @inline(__always) private static func isKeyByte(_ b: UInt8, first: Bool) -> Bool {
        (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b) || (0x30...0x39).contains(b) || b == 0x5F
            || !first && b == dash
    }

    /// A block list whose `-` sit at `column`; `pos` is at the first `-`. An indentless list (the
    /// value of a key at the same column) ends at the first line that is not an entry.
    private mutating func blockSequence(column: Int, indentless: Bool) throws(Unsupported) -> YAMLNode {
        let start = mark(column: column)
        try openCollection()
        var items: [YAMLNode] = []
        items.reserveCapacity(4)
        while true {
            pos += 1
            items.append(try blockSequenceItem(column: column))
            guard let next = try nextToken() else { break }
            guard isFirstOnLine(pos) else { throw Unsupported() }
            if next < column { break }
            guard next == column else { throw Unsupported() }
            guard isBlockEntry(pos) else {
                if indentless { break }
                throw Unsupported()
            }
        }
        depth -= 1
        return .sequence(items, start)
    }

    /// The item after a `-` (just consumed): on the same line, on the following lines, or empty.
    private mutating func blockSequenceItem(column: Int) throws(Unsupported) -> YAMLNode {
        let afterDash = mark(pos)
        skipSpaces()
        let next = byte(pos)
        guard next == Self.hash || next == Self.newline || pos >= end else {
            return try blockNode(indent: column, column: self.column(pos), placement: .afterDash)
        }
        if let below = try nextToken(), below > column {
            return try blockNode(indent: column, column: below, placement: .lineStart)
        }
        return try emptyScalar(at: afterDash)
    }
}
