/// Reading negation around a match.
extension AnalyzedText {
    /// How far back an English cue reaches (`does not have a symmetric` is three words).
    static let englishReach = 4
    /// How many characters after a match inside the same word may hold its negation.
    static let koreanRestReach = 8
    /// How far forward a Korean predicate may sit (`대칭 구조를 가지지 않습니다` is three words).
    static let koreanReach = 3

    /// Whether an English cue in the same clause, a few words back, negates token `first`.
    /// A conditional (`if there is no regularization, ...`) states nothing, so it doesn't count.
    public func negatedBefore(_ first: Int) -> Bool {
        var i = first
        var steps = 0
        while steps < Self.englishReach, i > 0, !tokens[i].clauseStart {
            i -= 1
            steps += 1
            guard tokens[i].script == .letter else { continue }
            let word = surface(i)
            if Negation.isEnglishBarrier(word) { return false }
            guard Negation.isEnglishCue(word) else { continue }
            if isNotOnly(i) { continue }
            return !isConditional(before: i)
        }
        return false
    }

    /// `not only X but also Y` affirms X.
    func isNotOnly(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        return surface(i + 1).elementsEqual("only".unicodeScalars.map(\.value))
    }

    /// Whether an `if`, `unless` or `when` opens the clause before token `i`.
    func isConditional(before i: Int) -> Bool {
        var j = i
        var steps = 0
        while steps < 6, j >= 0 {
            let word = surface(j)
            if Self.conditionals.contains(where: { word.elementsEqual($0) }) { return true }
            if tokens[j].clauseStart { break }
            j -= 1
            steps += 1
        }
        return false
    }

    static let conditionals: [[UInt32]] = ["if", "unless", "when", "whenever", "once"].map { $0.unicodeScalars.map(\.value) }

    /// Whether a Korean predicate after the match negates it: in the rest of the last word
    /// (`대칭되지않는다`) or in one of the next few words of the clause (`대칭이 아닙니다`).
    /// A conditional (`비선형성이 없으면`) states nothing, so it doesn't count.
    public func negatedAfter(_ last: Int, streamEnd: Int) -> Bool {
        let token = tokens[last]
        let restStart = Int(token.start) + (streamEnd - Int(token.streamStart))
        // a negating ending sits within a few syllables (대칭되지않는다); looking no further keeps a
        // huge unspaced word from costing time per occurrence
        let restFrom = min(restStart, Int(token.end))
        let rest = chars[restFrom..<min(Int(token.end), restFrom + Self.koreanRestReach)]
        if token.script == .hangul, let cue = firstCue(in: rest) { return !isConditionalCue(rest[cue...]) }
        if token.script == .hangul && Negation.koreanClosesClause(surface(last)) { return false }
        var i = last + 1
        var steps = 0
        while steps < Self.koreanReach, i < tokens.count, !tokens[i].clauseStart {
            defer { i += 1; steps += 1 }
            guard tokens[i].script == .hangul else { continue }
            let word = surface(i)
            if Negation.isKoreanCue(word) { return !isConditionalCue(word) }
            if Negation.koreanClosesClause(word) { return false }
        }
        return false
    }

    func firstCue(in rest: ArraySlice<UInt32>) -> ArraySlice<UInt32>.Index? {
        var index = rest.startIndex
        while index < rest.endIndex {
            if Negation.isKoreanCue(rest[index...]) { return index }
            index += 1
        }
        return nil
    }

    /// 없으면, 않으면, 아니라면: a condition, not a denial.
    func isConditionalCue(_ word: ArraySlice<UInt32>) -> Bool {
        word.last == 0xBA74   // 면
    }
}
