/// Single- and double-quoted scalars, with libyaml's escapes and line folding.
extension FastYAMLParser {
    static let backslash: UInt8 = 0x5C

    /// Reads a quoted scalar at `pos` (its opening quote) and leaves `pos` after the closing quote.
    mutating func quotedScalar() throws(Unsupported) -> String {
        let quote = text[pos]
        pos += 1
        var value = ScalarValue(start: pos)
        var trailingBreaks = 0, spaces = 0
        while true {
            if isDocumentMarker(pos) || pos >= end { throw Unsupported() }
            // After an escaped line break, further breaks are kept as newlines rather than folded.
            let escapedBreak = try quotedCharacters(quote: quote, into: &value)
            if byte(pos) == quote { break }
            var leadingBlanks = escapedBreak
            skipBlanks(&leadingBlanks, &spaces, &trailingBreaks)
            if leadingBlanks {
                useScratch(&value)
                appendFold(leadingBreak: !escapedBreak, trailingBreaks: trailingBreaks)
                trailingBreaks = 0
            } else {
                joinSpaces(spaces, into: &value)
            }
            spaces = 0
        }
        pos += 1
        return finish(value)
    }

    /// Reads characters up to a blank, the closing quote or an escaped line break (which it
    /// consumes, returning true), resolving `''` and backslash escapes.
    private mutating func quotedCharacters(quote: UInt8, into value: inout ScalarValue) throws(Unsupported) -> Bool {
        let single = quote == Self.singleQuote
        while !isBlankZ(pos) {
            let c = text[pos]
            if c == quote {
                guard single && byte(pos + 1) == Self.singleQuote else { return false }
                useScratch(&value)
                scratch.append(Self.singleQuote)
                pos += 2
            } else if c == Self.backslash && !single {
                useScratch(&value)
                if byte(pos + 1) == Self.newline {
                    pos += 1
                    consumeNewline()
                    return true
                }
                try appendEscape()
            } else {
                let run = pos
                pos = quotedRunEnd(from: pos + 1, single: single)
                extend(&value, with: run..<pos)
            }
        }
        return false
    }

    /// The end of a run of characters with no quote, backslash, space or line break.
    @inline(__always) private func quotedRunEnd(from start: Int, single: Bool) -> Int {
        let mask: UInt8 = single ? 3 : 5
        var i = start
        Self.quotedStops.withUnsafeBufferPointer { stops in
            while i < end && stops[Int(text[i])] & mask == 0 { i += 1 }
        }
        return i
    }

    /// Bit 1: a space or line break; bit 2: `'`; bit 4: `"` or a backslash.
    static let quotedStops: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        table[Int(space)] = 1
        table[Int(newline)] = 1
        table[Int(singleQuote)] = 2
        table[Int(doubleQuote)] = 4
        table[Int(backslash)] = 4
        return table
    }()

    /// Appends the character of the escape sequence at `pos` (a backslash) and consumes it.
    private mutating func appendEscape() throws(Unsupported) {
        let code = byte(pos + 1)
        pos += 2
        if let simple = Self.simpleEscapes[Int(code)] {
            scratch.append(contentsOf: simple)
            return
        }
        let digits: Int
        switch code {
        case 0x78: digits = 2  // x
        case 0x75: digits = 4  // u
        case 0x55: digits = 8  // U
        default: throw Unsupported()
        }
        var value: UInt32 = 0
        for k in 0..<digits {
            guard let digit = Self.hexValue(byte(pos + k)) else { throw Unsupported() }
            value = value << 4 | digit
        }
        guard let scalar = Unicode.Scalar(value) else { throw Unsupported() }
        if let encoded = UTF8.encode(scalar) { scratch.append(contentsOf: encoded) }
        pos += digits
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: UInt32(b - 0x30)
        case 0x41...0x46: UInt32(b - 0x41 + 10)
        case 0x61...0x66: UInt32(b - 0x61 + 10)
        default: nil
        }
    }

    /// The bytes each one-character escape stands for, indexed by that character.
    private static let simpleEscapes: [[UInt8]?] = {
        var table = [[UInt8]?](repeating: nil, count: 256)
        let pairs: [(Character, [UInt8])] = [
            ("0", [0]), ("a", [7]), ("b", [8]), ("t", [9]), ("n", [10]), ("v", [11]), ("f", [12]), ("r", [13]),
            ("e", [0x1B]), (" ", [0x20]), ("\"", [0x22]), ("/", [0x2F]), ("\\", [0x5C]),
            ("N", [0xC2, 0x85]), ("_", [0xC2, 0xA0]), ("L", [0xE2, 0x80, 0xA8]), ("P", [0xE2, 0x80, 0xA9]),
        ]
        for (character, bytes) in pairs {
            if let ascii = character.asciiValue { table[Int(ascii)] = bytes }
        }
        return table
    }()
}
