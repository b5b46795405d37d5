/// Plain (unquoted) scalars, read with libyaml's rules for where they end and how lines fold.
extension FastYAMLParser {
    /// Whether a plain scalar may start at `pos`: not at an indicator, except `-` (and, in block
    /// context, `?` and `:`) followed by a non-blank.
    func isPlainStart(flow: Bool) -> Bool {
        switch byte(pos) {
        case 0, Self.space, Self.newline:
            return false
        case Self.dash:
            return !isBlankZ(pos + 1)
        case 0x3F, Self.colon:  // `?`, `:`
            return !flow && !isBlankZ(pos + 1)
        case Self.comma, Self.openBracket, Self.closeBracket, Self.openBrace, Self.closeBrace, Self.hash,
             0x26, 0x2A, 0x21, Self.pipe, Self.greater, Self.singleQuote, Self.doubleQuote, 0x25, 0x40, 0x60:
            return false  // `&`, `*`, `!`, `%`, `@`, `` ` `` included
        default:
            return true
        }
    }

    /// Whether `b` ends a plain scalar in flow context (`,`, `[`, `]`, `{`, `}`).
    @inline(__always) static func isFlowIndicator(_ b: UInt8) -> Bool {
        b == comma || b == openBracket || b == closeBracket || b == openBrace || b == closeBrace
    }

    /// Reads a plain scalar at `pos`. A block scalar continues on lines indented at least `indent`
    /// (libyaml's indentation + 1); a single line break folds to a space, n breaks to n - 1 newlines.
    /// Returns the value and whether it ended at a `:` value indicator.
    mutating func plainScalar(flow: Bool, indent: Int) throws(Unsupported) -> (String, Bool) {
        var value = ScalarValue(start: pos)
        var leadingBlanks = false  // a line break came after the last character
        var trailingBreaks = 0, spaces = 0
        var endedAtColon = false
        scanning: while true {
            if isDocumentMarker(pos) || byte(pos) == Self.hash { break }
            while !isBlankZ(pos) {
                if try plainEnds(flow: flow) {
                    endedAtColon = text[pos] == Self.colon
                    break scanning
                }
                if leadingBlanks {
                    useScratch(&value)
                    appendFold(leadingBreak: true, trailingBreaks: trailingBreaks)
                    (leadingBlanks, trailingBreaks) = (false, 0)
                } else if spaces > 0 {
                    joinSpaces(spaces, into: &value)
                }
                spaces = 0
                let run = pos
                pos = plainRunEnd(from: pos + 1, flow: flow)
                extend(&value, with: run..<pos)
            }
            let c = byte(pos)
            guard c == Self.space || c == Self.newline else { break }
            skipBlanks(&leadingBlanks, &spaces, &trailingBreaks)
            if !flow && leadingBlanks && pos - lineStart < indent { break }
        }
        return (finish(value), endedAtColon)
    }

    /// Whether the (non-blank) character at `pos` ends a plain scalar: `:` before a blank, or a flow
    /// indicator in flow context. libyaml refuses `:` before a flow indicator there.
    @inline(__always) private func plainEnds(flow: Bool) throws(Unsupported) -> Bool {
        let c = text[pos]
        if c == Self.colon {
            let next = byte(pos + 1)
            if flow && (Self.isFlowIndicator(next) || next == 0x3F) { throw Unsupported() }
            return isBlankZ(pos + 1)
        }
        return flow && Self.isFlowIndicator(c)
    }

    /// The end of a run of characters that cannot end a plain scalar or need a closer look. A single
    /// space between two such characters stays in the run: libyaml keeps it verbatim too (a space
    /// before `#`, `:`, a flow indicator, another blank or the end needs the closer look).
    @inline(__always) private func plainRunEnd(from start: Int, flow: Bool) -> Int {
        let mask: UInt8 = flow ? 2 : 1
        var i = start
        Self.plainStops.withUnsafeBufferPointer { stops in
            while i < end {
                let b = text[i]
                if stops[Int(b)] & mask == 0 {
                    i += 1
                } else if b == Self.space && i + 1 < end && stops[Int(text[i + 1])] & mask == 0 && text[i + 1] != Self.hash {
                    i += 2
                } else {
                    break
                }
            }
        }
        return i
    }

    /// Bit 1: a space, line break or `:` (look closer in any context); bit 2: those and the flow
    /// indicators (look closer in flow context).
    static let plainStops: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for b in [space, newline, colon] { table[Int(b)] = 3 }
        for b in [comma, openBracket, closeBracket, openBrace, closeBrace] { table[Int(b)] = 2 }
        return table
    }()

    /// Consumes spaces and line breaks inside a plain or quoted scalar: spaces before the first break
    /// are kept (counted in `spaces`), the first break sets `leadingBlanks`, later ones are counted.
    @inline(__always)
    mutating func skipBlanks(_ leadingBlanks: inout Bool, _ spaces: inout Int, _ trailingBreaks: inout Int) {
        while pos < end {
            let b = text[pos]
            if b == Self.space {
                if !leadingBlanks { spaces += 1 }
                pos += 1
            } else if b == Self.newline {
                if leadingBlanks {
                    trailingBreaks += 1
                } else {
                    spaces = 0
                    leadingBlanks = true
                }
                consumeNewline()
            } else {
                break
            }
        }
    }

    /// Switches `value` from a slice of the source to the scratch buffer, copying what it holds.
    mutating func useScratch(_ value: inout ScalarValue) {
        guard !value.inScratch else { return }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: text[value.start..<value.end]))
        value.inScratch = true
    }

    /// Adds the source bytes `range`, just read, to `value`.
    @inline(__always) mutating func extend(_ value: inout ScalarValue, with range: Range<Int>) {
        if value.inScratch {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: text[range]))
        } else {
            value.end = range.upperBound
        }
    }

    /// Keeps the `spaces` between two characters on one line (`pos` is at the second one).
    @inline(__always) mutating func joinSpaces(_ spaces: Int, into value: inout ScalarValue) {
        if value.inScratch {
            scratch.append(contentsOf: repeatElement(Self.space, count: spaces))
        } else {
            value.end = pos
        }
    }

    func finish(_ value: ScalarValue) -> String {
        value.inScratch ? scratchString() : string(value.start..<value.end)
    }

    /// Joins lines: one break becomes a space, and further breaks become newlines.
    mutating func appendFold(leadingBreak: Bool, trailingBreaks: Int) {
        if leadingBreak && trailingBreaks == 0 {
            scratch.append(Self.space)
        } else {
            scratch.append(contentsOf: repeatElement(Self.newline, count: trailingBreaks))
        }
    }
}

/// A scalar's value while it is read: a slice of the source (`start..<end`) until a fold or an
/// escape makes it differ, then the parser's scratch buffer.
struct ScalarValue {
    let start: Int
    var end: Int
    var inScratch = false

    init(start: Int) {
        self.start = start
        self.end = start
    }
}
