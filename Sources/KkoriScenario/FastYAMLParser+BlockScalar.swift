/// Literal (`|`) and folded (`>`) block scalars, with chomping and indentation indicators.
extension FastYAMLParser {
    /// How a block scalar's final line breaks are kept: `-` strips, none clips to one, `+` keeps all.
    enum Chomping {
        case strip, clip, keep
    }

    /// Reads a block scalar whose indicator is at `pos`; `indent` is libyaml's current indentation.
    /// Leaves `pos` at the first character of the first line indented less than the scalar, or at
    /// the end of the input.
    mutating func blockScalar(literal: Bool, indent: Int) throws(Unsupported) -> YAMLNode {
        let mark = mark(pos)
        pos += 1
        let (chomping, increment) = try blockScalarHeader()
        scratch.removeAll(keepingCapacity: true)
        guard pos < end else { return try scalar("", plain: false, at: mark) }
        var contentIndent = increment > 0 ? (indent >= 0 ? indent + increment : increment) : 0
        var trailingBreaks = skipBlockScalarBreaks(&contentIndent, parentIndent: indent)
        var leadingBreak = false, leadingBlank = false
        while pos < end && pos - lineStart == contentIndent {
            let trailingBlank = text[pos] == Self.space
            if !literal && leadingBreak && !leadingBlank && !trailingBlank {
                if trailingBreaks == 0 { scratch.append(Self.space) }
            } else if leadingBreak {
                scratch.append(Self.newline)
            }
            scratch.append(contentsOf: repeatElement(Self.newline, count: trailingBreaks))
            leadingBlank = trailingBlank
            let lineBegin = pos
            skipToLineEnd()
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: text[lineBegin..<pos]))
            leadingBreak = pos < end
            if leadingBreak { consumeNewline() }
            trailingBreaks = skipBlockScalarBreaks(&contentIndent, parentIndent: indent)
        }
        if chomping != .strip && leadingBreak { scratch.append(Self.newline) }
        if chomping == .keep { scratch.append(contentsOf: repeatElement(Self.newline, count: trailingBreaks)) }
        return try scalar(scratchString(), plain: false, at: mark)
    }

    /// Reads the indicators after `|` or `>` and the rest of that line (spaces and a comment).
    private mutating func blockScalarHeader() throws(Unsupported) -> (Chomping, Int) {
        var chomping = Chomping.clip
        var increment = 0
        for _ in 0..<2 {
            let b = byte(pos)
            if b == 0x2B || b == Self.dash, chomping == .clip {
                chomping = b == 0x2B ? .keep : .strip
                pos += 1
            } else if (0x31...0x39).contains(b), increment == 0 {
                increment = Int(b - 0x30)
                pos += 1
            } else if b == 0x30 {
                throw Unsupported()
            }
        }
        skipSpaces()
        if byte(pos) == Self.hash { skipToLineEnd() }
        guard pos >= end || text[pos] == Self.newline else { throw Unsupported() }
        if pos < end { consumeNewline() }
        return (chomping, increment)
    }

    /// Skips the indentation and empty lines before a content line, counting the empty lines. Sets
    /// `contentIndent` from the first content line (or the deepest empty line) when not yet known.
    private mutating func skipBlockScalarBreaks(_ contentIndent: inout Int, parentIndent: Int) -> Int {
        var breaks = 0
        var deepest = 0
        while true {
            while pos < end && text[pos] == Self.space && (contentIndent == 0 || pos - lineStart < contentIndent) {
                pos += 1
            }
            deepest = max(deepest, pos - lineStart)
            guard pos < end && text[pos] == Self.newline else { break }
            breaks += 1
            consumeNewline()
        }
        if contentIndent == 0 {
            contentIndent = max(deepest, parentIndent + 1, 1)
        }
        return breaks
    }
}
