import KkoriEngine

/// Reads a typing record written by this format without the general JSON decoder: typing records are
/// most of a long transcript's lines, and replay must open an hour-long session at once.
///
/// It accepts exactly the shape the encoder writes (sorted keys, `data` right after the header) and
/// returns nil for anything else, so the caller falls back to `JSONDecoder`.
enum KeystrokeParser {
    static let dataStart = Array(#""data":{"edits":["#.utf8)
    static let editStart = Array(#"{"at":"#.utf8)
    static let textKey = Array(#","text":"#.utf8)
    static let idKey = Array(#","questionID":"#.utf8)
    static let lineEnd = Array(#"},"type":"keystrokes""#.utf8)

    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> KeystrokeBatch? {
        var cursor = JSONCursor(line, end: line.count - TranscriptScanner.tailLength)
        guard cursor.skipHeader(), cursor.expect(dataStart) else { return nil }
        var edits: [Keystroke] = []
        edits.reserveCapacity(16)
        if !cursor.expect(UInt8(ascii: "]")) {
            repeat {
                guard cursor.expect(editStart), let at = cursor.number(), cursor.expect(textKey),
                      let text = cursor.string(), cursor.expect(UInt8(ascii: "}")) else { return nil }
                edits.append(Keystroke(at: at, text: text))
            } while cursor.expect(UInt8(ascii: ","))
            guard cursor.expect(UInt8(ascii: "]")) else { return nil }
        }
        guard cursor.expect(idKey), let id = cursor.string(), cursor.expect(lineEnd), cursor.atEnd else { return nil }
        return KeystrokeBatch(questionID: id, edits: edits)
    }
}

/// A forward reader over a JSON line's bytes for the few shapes parsed by hand.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) {
        self.bytes = bytes
        self.end = max(0, min(end, bytes.count))
    }

    var atEnd: Bool { i == end }

    /// Skips `{"v":1,"seq":N,"t":T,` (only called once the header was read by hand: three numbers).
    mutating func skipHeader() -> Bool {
        var commas = 0
        while i < end, commas < 3 {
            if bytes[i] == UInt8(ascii: ",") { commas += 1 }
            i += 1
        }
        return commas == 3
    }

    /// Steps over `token` if the bytes at the cursor are exactly it.
    mutating func expect(_ token: [UInt8]) -> Bool {
        guard end - i >= token.count else { return false }
        for (offset, byte) in token.enumerated() where bytes[i + offset] != byte { return false }
        i += token.count
        return true
    }

    /// Steps over one byte if it is `byte`.
    mutating func expect(_ byte: UInt8) -> Bool {
        guard i < end, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    /// A JSON number, read exactly like `Double(String)` would (see `DecimalNumber`).
    mutating func number() -> Double? {
        guard let (value, length) = DecimalNumber.parse(UnsafeBufferPointer(rebasing: bytes[i..<end])) else { return nil }
        i += length
        return value
    }

    /// A JSON string (the opening quote at the cursor), escapes decoded; nil when malformed.
    mutating func string() -> String? {
        guard i < end, bytes[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        let start = i
        while i < end, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "\"") {
            i += 1
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)])
            return UTF8Check.isValid(raw) ? String(decoding: raw, as: UTF8.self) : nil
        }
        i = start
        return escapedString()
    }

    /// The slow path of `string()`, for strings with escapes.
    private mutating func escapedString() -> String? {
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() -> Bool {
            guard !raw.isEmpty else { return true }
            guard raw.withUnsafeBufferPointer(UTF8Check.isValid) else { return false }
            scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
            raw.removeAll(keepingCapacity: true)
            return true
        }
        while i < end {
            let byte = bytes[i]
            i += 1
            switch byte {
            case UInt8(ascii: "\""):
                return flush() ? String(scalars) : nil
            case UInt8(ascii: "\\"):
                guard flush(), let scalar = escape() else { return nil }
                scalars.append(scalar)
            case 0..<0x20:
                return nil
            default:
                raw.append(byte)
            }
        }
        return nil
    }

    private mutating func escape() -> Unicode.Scalar? {
        guard i < end else { return nil }
        let byte = bytes[i]
        i += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): return unicodeEscape()
        default: return nil
        }
    }

    /// `\uXXXX`, with a following `\uXXXX` low surrogate when the first is a high one.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hex4() else { return nil }
        if (0xD800..<0xDC00).contains(high) {
            guard expect(UInt8(ascii: "\\")), expect(UInt8(ascii: "u")), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }
        return Unicode.Scalar(high)
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= end else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[i]
            i += 1
            switch byte {
            case 0x30...0x39: value = value << 4 | UInt32(byte - 0x30)
            case 0x41...0x46: value = value << 4 | UInt32(byte - 0x41 + 10)
            case 0x61...0x66: value = value << 4 | UInt32(byte - 0x61 + 10)
            default: return nil
            }
        }
        return value
    }
}
