/// A fast reader for the plain YAML that scenario files are written in.
///
/// libyaml reads every byte through several layers of C buffers and events, which made it most of the
/// load time of a large question bank. This reader handles the subset scenarios use (block mappings
/// and lists, flow `[...]` and `{...}`, plain, quoted and block scalars, comments, a leading `---`
/// and a trailing `...`) and builds exactly the tree `EventComposer` builds from libyaml, positions
/// included. Anything else — anchors, aliases, tags, complex keys, tabs, unusual line breaks, several
/// documents, syntax errors, limits exceeded — makes it answer `.unsupported`, and the caller falls
/// back to libyaml, which then also gives the proper error message.
enum FastYAML {
    /// What the fast reader made of a file.
    enum Outcome: Equatable {
        /// The tree, or nil for a file without a document (empty or only comments).
        case parsed(YAMLNode?)
        /// Not within the supported subset (or not valid YAML): use libyaml.
        case unsupported
    }

    static func parse(_ bytes: [UInt8], limits: YAMLLimits) -> Outcome {
        bytes.withUnsafeBufferPointer { buffer in
            guard hasOnlySupportedCharacters(buffer) else { return .unsupported }
            var parser = FastYAMLParser(text: buffer, limits: limits)
            do throws(FastYAMLParser.Unsupported) {
                return .parsed(try parser.document())
            } catch {
                return .unsupported
            }
        }
    }

    /// Whether `text` is valid UTF-8 made only of characters whose handling needs no special case:
    /// printable ASCII, `\n`, and non-ASCII characters libyaml reads as ordinary text. Tabs, `\r`,
    /// control characters, NEL, the line and paragraph separators (which libyaml counts as line
    /// breaks), byte-order marks and non-characters all send the file to libyaml.
    static func hasOnlySupportedCharacters(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        var i = 0
        let count = text.count
        while i < count {
            // Eight bytes at a time while they are ASCII: mostly plain text, maybe a line break.
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let ascii = high == 0 ? 8 : high.trailingZeroBitCount / 8
                if ascii == 8 && isPrintableASCII(word) {
                    i += 8
                    continue
                }
                for k in 0..<ascii where !isPrintableASCII(text[i + k]) { return false }
                i += ascii
                if ascii == 8 { continue }
            }
            let lead = text[i]
            if lead < 0x80 {
                guard isPrintableASCII(lead) else { return false }
                i += 1
                continue
            }
            // U+1000...U+CFFF (Hangul among them): any two continuation bytes make an ordinary character.
            if lead >= 0xE1 && lead <= 0xEC && i + 2 < count && text[i + 1] & 0xC0 == 0x80 && text[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            guard let (scalar, length) = decode(text, at: i), isOrdinary(scalar) else { return false }
            i += length
        }
        return true
    }

    /// Whether eight ASCII bytes are all printable (no line break either: that case is rechecked).
    @inline(__always) private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let hasControl = (word &- 0x20 &* ones) & ~word & high != 0
        let deletes = word ^ (0x7F &* ones)
        let hasDelete = (deletes &- ones) & ~deletes & high != 0
        return !hasControl && !hasDelete
    }

    @inline(__always) private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x7F || byte == 0x0A
    }

    /// The code point of the multi-byte UTF-8 sequence at `i` and its length, or nil if invalid.
    private static func decode(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let lead = text[i]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
        default: return nil
        }
        guard i + length <= text.count else { return nil }
        for k in 1..<length {
            let next = text[i + k]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= smallest, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return (value, length)
    }

    private static func isOrdinary(_ scalar: UInt32) -> Bool {
        scalar >= 0xA0 && scalar != 0x2028 && scalar != 0x2029 && scalar != 0xFEFF
            && scalar != 0xFFFE && scalar != 0xFFFF
    }
}
