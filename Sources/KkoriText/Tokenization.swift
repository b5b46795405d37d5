/// The script class of a token.
public enum TokenScript: UInt8, Sendable, Hashable {
    /// Precomposed Hangul syllables.
    case hangul
    /// Loose jamo (ㅋㅋ, ㅠㅠ, a half-typed syllable).
    case jamo
    /// Letters of any other script (Latin, Greek, CJK ideographs, ...).
    case letter
    /// A number: digits with an optional decimal point.
    case digit
    /// A formula symbol kept for matching: ( ) / * + = ^ < > | _ % [ ] { } (the minus sign is not:
    /// candidates write 1-p and 1 - p alike)
    case symbol
}

/// One word-like unit of folded text.
///
/// Tokens split at spaces, punctuation and script changes, so `KL은` is `kl` + `은` and `3명` is
/// `3` + `명`; such tokens are `attached` to the one before. Ranges index `AnalyzedText.chars`
/// and `AnalyzedText.stream`.
public struct Token: Sendable, Hashable {
    /// Start of the token's characters.
    public var start: Int32
    /// End (exclusive) of the token's characters.
    public var end: Int32
    /// End (exclusive) of the stem: particles, endings and inflections stripped. Equal to `start`
    /// for a token that is only a particle or an article.
    public var stemEnd: Int32
    /// Where the stem starts in the spaceless stream.
    public var streamStart: Int32 = 0
    /// Where the stem ends in the spaceless stream.
    public var streamEnd: Int32 = 0
    /// The script class.
    public var script: TokenScript
    /// No space before it: it continues the previous token's word (a particle after a Latin term).
    public var attached: Bool
    /// The first token of a clause (after . , ; : ! ? or a line break).
    public var clauseStart: Bool

    /// Length of the stem in scalars.
    public var stemLength: Int { Int(stemEnd - start) }
    /// Length of the whole token in scalars.
    public var length: Int { Int(end - start) }
}

/// Splits folded scalars into tokens.
enum Tokenizer {
    enum CharClass: UInt8 { case hangul, jamo, letter, digit, symbol, space, clause, joiner, hyphen, dot, comma }

    @inline(__always)
    static func charClass(_ value: UInt32) -> CharClass {
        if value < 0x80 { return asciiClass[Int(value)] }
        if Hangul.isSyllable(value) { return .hangul }
        if Hangul.isJamo(value) { return .jamo }
        guard let scalar = Unicode.Scalar(value) else { return .space }
        let properties = scalar.properties
        if properties.isAlphabetic { return .letter }
        if properties.numericType == .decimal { return .digit }
        return .space   // emoji, dingbats, other punctuation: no meaning for matching
    }

    static let asciiClass: [CharClass] = (0..<128).map { (code: Int) -> CharClass in
        switch UInt8(code) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: "'"): return .joiner
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: "."): return .dot
        case UInt8(ascii: ","): return .comma
        case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A: return .clause
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "="),
             UInt8(ascii: "^"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "_"),
             UInt8(ascii: "%"): return .symbol
        default: return .space
        }
    }

    /// Tokenizes `folded`, returning the tokens' characters (joiners removed) and the tokens.
    static func tokenize(_ folded: [UInt32]) -> (chars: [UInt32], tokens: [Token]) {
        var tokens: [Token] = []
        let chars = [UInt32](unsafeUninitializedCapacity: folded.count) { charBuffer, charCount in
            tokens = [Token](unsafeUninitializedCapacity: folded.count + 1) { tokenBuffer, tokenCount in
                var builder = Builder(chars: charBuffer, tokens: tokenBuffer)
                folded.withUnsafeBufferPointer { input in
                    guard !input.isEmpty else { return }
                    var kind = charClass(input[0])
                    for i in 0..<input.count {
                        let next = i + 1 < input.count ? charClass(input[i + 1]) : .space
                        builder.take(input[i], kind: kind, next: next)
                        kind = next
                    }
                }
                builder.close()
                tokenCount = builder.tokenCount
                charCount = builder.charCount
            }
        }
        return (chars, tokens)
    }

    /// The token being built and what separated it from the previous one. Writes into buffers
    /// sized for the worst case (one character, one token per input scalar).
    struct Builder {
        let chars: UnsafeMutableBufferPointer<UInt32>
        let tokens: UnsafeMutableBufferPointer<Token>
        var charCount = 0
        var tokenCount = 0
        var current: CharClass? = nil
        var tokenStart = 0
        var sawSpace = true
        var sawClause = true

        init(chars: UnsafeMutableBufferPointer<UInt32>, tokens: UnsafeMutableBufferPointer<Token>) {
            self.chars = chars
            self.tokens = tokens
        }

        @inline(__always)
        mutating func append(_ value: UInt32) {
            chars[charCount] = value
            charCount += 1
        }

        @inline(__always)
        mutating func take(_ value: UInt32, kind: CharClass, next: CharClass) {
            switch kind {
            case .hangul, .jamo, .letter, .digit:
                if current != kind { open(kind) }
                append(value)
            case .joiner:
                // don't, it's: an apostrophe inside a word disappears
                if current == .letter && next == .letter { return }
                separate(clause: false)
            case .hyphen:
                // over-fitting, t-SNE: a hyphen inside a word disappears. Elsewhere it separates:
                // 3-way = 3 way and 1-p = 1 - p, since candidates space formulas either way and a
                // minus sign almost never decides whether a phrase was said
                if current == next, let current, Tokenizer.isWordClass(current) { return }
                separate(clause: false)
            case .dot, .comma:
                if current == .digit && next == .digit {
                    if kind == .dot { append(value) }
                    return
                }
                separate(clause: true)
            case .symbol:
                symbol(value)
            case .clause:
                separate(clause: true)
            case .space:
                separate(clause: false)
            }
        }

        @inline(__always)
        mutating func open(_ kind: CharClass) {
            close()
            current = kind
            tokenStart = charCount
        }

        @inline(__always)
        mutating func symbol(_ value: UInt32) {
            open(.symbol)
            append(value)
            close()
        }

        @inline(__always)
        mutating func separate(clause: Bool) {
            close()
            sawSpace = true
            if clause { sawClause = true }
        }

        @inline(__always)
        mutating func close() {
            guard let kind = current else { return }
            current = nil
            let end = Int32(charCount)
            // Token is a plain value type, so assigning into the uninitialised buffer is safe
            tokens[tokenCount] = Token(start: Int32(tokenStart), end: end, stemEnd: end,
                                       script: Tokenizer.script(of: kind), attached: !sawSpace, clauseStart: sawClause)
            tokenCount += 1
            sawSpace = false
            sawClause = false
        }
    }

    @inline(__always)
    static func isWordClass(_ kind: CharClass) -> Bool {
        kind == .letter || kind == .digit || kind == .hangul
    }

    static func script(of kind: CharClass) -> TokenScript {
        switch kind {
        case .hangul: .hangul
        case .jamo: .jamo
        case .digit: .digit
        case .symbol: .symbol
        default: .letter
        }
    }
}
