/// Flow collections: `[a, b]` and `{key: value}`, nested, over one or several lines.
///
/// Supported: entries separated by commas (a trailing comma is fine), scalar keys followed by `:` on
/// the same line, and a value for every key. Empty entries, keys without values, `?` keys and
/// `[key: value]` pairs inside lists are left to libyaml.
extension FastYAMLParser {
    /// A flow node at `pos`: a collection or a scalar.
    mutating func flowNode() throws(Unsupported) -> YAMLNode {
        let first = byte(pos)
        switch first {
        case Self.openBracket:
            return try flowSequence()
        case Self.openBrace:
            return try flowMapping()
        case Self.singleQuote, Self.doubleQuote:
            let mark = mark(pos)
            return try scalar(try quotedScalar(), plain: false, at: mark)
        default:
            guard isPlainStart(flow: true) else { throw Unsupported() }
            let mark = mark(pos)
            return try scalar(try plainScalar(flow: true, indent: 0).0, plain: true, at: mark)
        }
    }

    /// Skips spaces, line breaks and comments between flow tokens (indentation does not matter there).
    private mutating func skipFlowSpace() throws(Unsupported) {
        while pos < end {
            switch text[pos] {
            case Self.space:
                pos += 1
            case Self.newline:
                consumeNewline()
                if isDocumentMarker(pos) { throw Unsupported() }
            case Self.hash:
                skipToLineEnd()
            default:
                return
            }
        }
    }

    private mutating func flowSequence() throws(Unsupported) -> YAMLNode {
        let start = mark(pos)
        try openCollection()
        pos += 1
        var items: [YAMLNode] = []
        items.reserveCapacity(4)
        try skipFlowSpace()
        while byte(pos) != Self.closeBracket {
            items.append(try flowNode())
            try skipFlowSpace()
            if byte(pos) == Self.comma {
                pos += 1
                try skipFlowSpace()
            } else if byte(pos) != Self.closeBracket {
                throw Unsupported()
            }
        }
        pos += 1
        depth -= 1
        return .sequence(items, start)
    }

    private mutating func flowMapping() throws(Unsupported) -> YAMLNode {
        let start = mark(pos)
        try openCollection()
        pos += 1
        var entries: [YAMLEntry] = []
        entries.reserveCapacity(4)  // most mappings hold a few keys; spare the first regrowths
        var seen: Set<String> = []
        try skipFlowSpace()
        while byte(pos) != Self.closeBrace {
            let (key, keyMark) = try flowKey()
            pos += 1
            try skipFlowSpace()
            let next = byte(pos)
            guard next != Self.comma && next != Self.closeBrace else { throw Unsupported() }
            try Self.append(YAMLEntry(key: key, keyMark: keyMark, value: try flowNode()), to: &entries, seen: &seen)
            try skipFlowSpace()
            if byte(pos) == Self.comma {
                pos += 1
                try skipFlowSpace()
            } else if byte(pos) != Self.closeBrace {
                throw Unsupported()
            }
        }
        pos += 1
        depth -= 1
        return .mapping(entries, start)
    }

    /// A scalar key of a flow mapping; leaves `pos` at the `:` after it, on the same line.
    private mutating func flowKey() throws(Unsupported) -> (String, SourceMark) {
        let start = pos, startLine = line, mark = mark(pos)
        let key: String
        let first = byte(pos)
        if first == Self.singleQuote || first == Self.doubleQuote {
            key = try quotedScalar()
        } else {
            guard isPlainStart(flow: true) else { throw Unsupported() }
            key = try plainScalar(flow: true, indent: 0).0
        }
        skipSpaces()
        guard byte(pos) == Self.colon, line == startLine, pos - start <= Self.maxKeyBytes else { throw Unsupported() }
        try countNode()
        return (key, mark)
    }
}
