/// A text folded, tokenised and stemmed, with its spaceless stream indexed for phrase search.
///
/// The stream is every token's stem written back to back: `해시 테이블은` and `해시테이블을` both
/// become `해시테이블`, `KL은 대칭이 아닙니다` becomes `kl대칭아닙니다`. Phrases are searched in
/// the stream (spaces ignored), while negation and evidence are read from the tokens around a match.
public struct AnalyzedText: Sendable {
    /// The tokens' characters, back to back (joiners such as the apostrophe in don't removed).
    public let chars: [UInt32]
    /// The tokens in order.
    public let tokens: [Token]
    /// The stems back to back.
    public let stream: [UInt32]
    /// For each stream position, the index of the token it came from.
    public let streamToken: [Int32]
    /// Whether a phrase may start at each stream position: a word's start, anywhere in Hangul
    /// (compounds), or right after a negating prefix (a|symmetric). Elsewhere the scan skips ahead.
    let startable: [Bool]
    /// Word tokens by stem length, for typo search.
    let wordsByLength: WordsByLength

    /// Analyses `text`.
    public init(_ text: String) {
        self.init(folded: TextNormalizer.fold(text))
    }

    /// Analyses already folded scalars.
    public init(folded: [UInt32]) {
        var (chars, tokens) = Tokenizer.tokenize(folded)
        Self.stem(&tokens, chars: chars)
        Self.dropFunctionArguments(&tokens, chars: chars)
        var stream: [UInt32] = []
        var streamToken: [Int32] = []
        var startable: [Bool] = []
        stream.reserveCapacity(chars.count)
        streamToken.reserveCapacity(chars.count)
        startable.reserveCapacity(chars.count)
        chars.withUnsafeBufferPointer { chars in
            for i in tokens.indices {
                let token = tokens[i]
                let inside = token.script == .hangul || token.script == .jamo
                tokens[i].streamStart = Int32(stream.count)
                for position in Int(token.start)..<Int(token.stemEnd) {
                    stream.append(chars[position])
                    streamToken.append(Int32(i))
                    let offset = position - Int(token.start)
                    startable.append(offset == 0 || inside
                                     || (token.script == .letter && offset <= 3
                                         && Self.isNegatingPrefix(chars, from: Int(token.start), count: offset)))
                }
                tokens[i].streamEnd = Int32(stream.count)
            }
        }
        self.chars = chars
        self.tokens = tokens
        self.stream = stream
        self.streamToken = streamToken
        self.startable = startable
        wordsByLength = WordsByLength(tokens)
    }

    /// Whether the `count` letters from `start` are a negating prefix (a, un, in, im, ir, il, non, dis).
    @inline(__always)
    static func isNegatingPrefix(_ chars: UnsafeBufferPointer<UInt32>, from start: Int, count: Int) -> Bool {
        let a: UInt32 = 0x61, d: UInt32 = 0x64, i: UInt32 = 0x69, l: UInt32 = 0x6C, m: UInt32 = 0x6D,
            n: UInt32 = 0x6E, o: UInt32 = 0x6F, r: UInt32 = 0x72, s: UInt32 = 0x73, u: UInt32 = 0x75
        let first = chars[start]
        switch count {
        case 1: return first == a
        case 2:
            let second = chars[start + 1]
            return (first == u && second == n) || (first == i && (second == n || second == m || second == r || second == l))
        case 3:
            let second = chars[start + 1], third = chars[start + 2]
            return (first == n && second == o && third == n) || (first == d && second == i && third == s)
        default: return false
        }
    }

    /// Most words quoted as evidence for one match, and most characters of one word.
    static let evidenceWords = 16
    static let evidenceWordLength = 40

    /// The folded characters of token `i`.
    @inline(__always)
    public func surface(_ i: Int) -> ArraySlice<UInt32> {
        chars[Int(tokens[i].start)..<Int(tokens[i].end)]
    }

    /// The stem of token `i`.
    @inline(__always)
    public func stem(_ i: Int) -> ArraySlice<UInt32> {
        chars[Int(tokens[i].start)..<Int(tokens[i].stemEnd)]
    }

    /// Tokens `range` as words: attached tokens are joined to the one before (`kl은`), others spaced.
    /// A long range keeps its first and last words around an ellipsis (evidence stays readable).
    public func words(_ range: ClosedRange<Int>) -> String {
        if range.count > Self.evidenceWords {
            let half = Self.evidenceWords / 2
            return words(range.lowerBound...(range.lowerBound + half - 1)) + " … "
                + words((range.upperBound - half + 1)...range.upperBound)
        }
        var scalars = String.UnicodeScalarView()
        for i in range where tokens.indices.contains(i) {
            if i != range.lowerBound && !tokens[i].attached { scalars.append(" ") }
            let surface = self.surface(i)
            for value in surface.prefix(Self.evidenceWordLength) {
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            }
            if surface.count > Self.evidenceWordLength { scalars.append("…") }
        }
        return String(scalars)
    }

    /// Hangul syllables and other letters in the text, for guessing its language.
    public var letterCounts: (hangul: Int, other: Int) {
        var hangul = 0, other = 0
        for token in tokens {
            switch token.script {
            case .hangul, .jamo: hangul += token.length
            case .letter: other += token.length
            default: break
            }
        }
        return (hangul, other)
    }

    static func stem(_ tokens: inout [Token], chars: [UInt32]) {
        chars.withUnsafeBufferPointer { buffer in
            for i in tokens.indices {
                let token = tokens[i]
                let word = UnsafeBufferPointer(rebasing: buffer[Int(token.start)..<Int(token.end)])
                let length: Int
                switch token.script {
                case .hangul:
                    let glued = token.attached && i > 0 && tokens[i - 1].script != .hangul
                    length = KoreanEndings.stemLength(word, attached: glued)
                case .letter:
                    length = EnglishStemming.stemLength(word)
                default:
                    length = word.count
                }
                tokens[i].stemEnd = token.start + Int32(length)
            }
        }
    }

    /// `p(x) log p(x)` is written `p log p` in most rubrics: a one-letter function's short argument
    /// list is dropped from the stream. Big-O keeps its argument (`O(n)` is not `O(1)`).
    static func dropFunctionArguments(_ tokens: inout [Token], chars: [UInt32]) {
        var i = 0
        while i + 3 < tokens.count {
            defer { i += 1 }
            let name = tokens[i]
            guard name.script == .letter, name.length == 1, chars[Int(name.start)] != 0x6F,
                  tokens[i + 1].attached, chars[Int(tokens[i + 1].start)] == 0x28 else { continue }
            var close = i + 2
            var length = 0
            while close < tokens.count, close <= i + 5, chars[Int(tokens[close].start)] != 0x29 {
                let token = tokens[close]
                let isUnderscore = token.script == .symbol && chars[Int(token.start)] == 0x5F
                guard token.script == .letter || token.script == .digit || isUnderscore else { break }
                length += token.length
                close += 1
            }
            guard close < tokens.count, close > i + 2, length <= 4, chars[Int(tokens[close].start)] == 0x29 else {
                continue
            }
            for j in (i + 1)...close { tokens[j].stemEnd = tokens[j].start }
            i = close
        }
    }
}
