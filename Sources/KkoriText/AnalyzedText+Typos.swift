/// Forgiving typos: a long word one edit away (jamo for Hangul: 엔트로프 ≈ 엔트로피; letters for
/// Latin: varience ≈ variance). Transposed neighbours count as one edit.
extension AnalyzedText {
    /// The first answer word within one edit of the pattern's typo form, not negated.
    func typoMatch(_ pattern: PhrasePattern) -> PhraseMatch? {
        guard let form = pattern.typoForm, !pattern.negated, let head = form.first else { return nil }
        let hangul = pattern.firstScript == .hangul
        var scratch: [UInt32] = []
        var best: Int?
        for length in (pattern.typoWordLength - 1)...(pattern.typoWordLength + 1) {
            for i in wordsByLength.words(hangul: hangul, length: length) {
                let i = Int(i)
                if let found = best, found < i { break }
                let first = chars[Int(tokens[i].start)]
                guard (hangul ? Hangul.lead(of: first) : first) == head else { continue }
                let stem = self.stem(i)
                if hangul {
                    scratch.removeAll(keepingCapacity: true)
                    for value in stem { Hangul.appendJamo(of: value, to: &scratch) }
                    guard Typos.oneEditApart(scratch[...], form[...]) else { continue }
                } else {
                    guard Typos.oneEditApart(stem, form[...]) else { continue }
                }
                if pattern.readsNegation && (negatedBefore(i) || negatedAfter(i, streamEnd: Int(tokens[i].streamEnd))) {
                    continue
                }
                best = i
                break
            }
        }
        return best.map { PhraseMatch(tokens: $0...$0, isFuzzy: true) }
    }
}

/// Word tokens grouped by script and stem length, so typo search looks only at words of about
/// the right length (a counting sort, built with the text).
struct WordsByLength: Sendable {
    /// Longest stem length grouped; longer words are never compared for typos.
    static let maxLength = 24
    /// Token indices, Hangul words then Latin words, each by length, in text order within a length.
    private let order: [Int32]
    /// Where each (script, length) group starts in `order`; one extra entry closes the last.
    private let starts: [Int32]

    init(_ tokens: [Token]) {
        let groups = 2 * (Self.maxLength + 1)
        var counts = [Int32](repeating: 0, count: groups + 1)
        for token in tokens {
            if let group = Self.group(token) { counts[group + 1] += 1 }
        }
        for group in 0..<groups { counts[group + 1] += counts[group] }
        starts = counts
        var next = counts
        var order = [Int32](repeating: 0, count: Int(counts[groups]))
        for (i, token) in tokens.enumerated() {
            guard let group = Self.group(token) else { continue }
            order[Int(next[group])] = Int32(i)
            next[group] += 1
        }
        self.order = order
    }

    static func group(_ token: Token) -> Int? {
        let length = token.stemLength
        guard length > 0, length <= maxLength else { return nil }
        switch token.script {
        case .hangul: return length
        case .letter: return maxLength + 1 + length
        default: return nil
        }
    }

    /// The word tokens of a script and stem length, in text order.
    func words(hangul: Bool, length: Int) -> ArraySlice<Int32> {
        guard length > 0, length <= Self.maxLength else { return [] }
        let group = hangul ? length : Self.maxLength + 1 + length
        return order[Int(starts[group])..<Int(starts[group + 1])]
    }
}

/// Edit-distance checks.
public enum Typos {
    /// Whether `a` and `b` differ by exactly one substitution, insertion, deletion or transposition
    /// of neighbours (identical strings are not one edit apart).
    public static func oneEditApart(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Bool {
        if a.count < b.count { return oneEditApart(b, a) }
        guard a.count - b.count <= 1 else { return false }
        let x = a.startIndex, y = b.startIndex
        var i = 0
        while i < b.count && a[x + i] == b[y + i] { i += 1 }
        func sameTail(_ from: Int, _ to: Int) -> Bool {      // a[from...] == b[to...]
            guard a.count - from == b.count - to else { return false }
            var k = 0
            while from + k < a.count {
                if a[x + from + k] != b[y + to + k] { return false }
                k += 1
            }
            return true
        }
        if a.count == b.count {
            if i == a.count { return false }
            if sameTail(i + 1, i + 1) { return true }                                   // substitution
            return i + 1 < a.count && a[x + i] == b[y + i + 1] && a[x + i + 1] == b[y + i]
                && sameTail(i + 2, i + 2)                                               // transposition
        }
        return sameTail(i + 1, i)                                                        // one extra in a
    }

    /// Levenshtein distance (for tests and diagnostics; the matcher uses `oneEditApart`).
    public static func distance(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
