import KkoriText

/// Whether a "don't know" cue is the candidate speaking of their own knowledge, not a statement
/// about something else (모델이 정답을 모르는 상태, users don't know the label).
///
/// Korean rarely names the speaker, so the cue's form and clause decide: 모르겠 (the speaker's own
/// judgement) always counts; an adnominal or adverbial verb form inside a clause (모르는 사람, 모르게)
/// describes something else; otherwise nothing in the clause before the cue may be its own subject
/// or object (정답을 모른다, 모델이 모르고). English needs I before it, or only a hedge (honestly,
/// sorry) between it and the start of its clause.
extension AnalyzedText {
    /// Most words before the cue in its clause (잘, 솔직히, 그 부분은 ...).
    static let ignoranceLead = 4

    func admitsIgnorance(_ match: PhraseMatch) -> Bool {
        let first = match.tokens.lowerBound, last = match.tokens.upperBound
        guard tokens.indices.contains(first), tokens.indices.contains(last) else { return false }
        if tokens[first].script == .hangul { return koreanAdmitsIgnorance(first: first, last: last) }
        return englishAdmitsIgnorance(first: first)
    }

    private func koreanAdmitsIgnorance(first: Int, last: Int) -> Bool {
        let word = surface(last)
        if word.contains(Self.conjecture) { return true }
        let endsClause = last + 1 == tokens.count || tokens[last + 1].clauseStart
        if !endsClause && Self.describes(word) { return false }
        var i = first
        var steps = 0
        while i > 0 && !tokens[i].clauseStart {
            i -= 1
            if tokens[i].script == .hangul && Negation.koreanClosesClause(surface(i)) { break }
            steps += 1
            // 뭔지 / 무엇인지 / 어떻게 하는지 모릅니다: what is not known is an embedded question, the
            // speaker's own gap.
            if steps <= Self.ignoranceLead && Self.endsEmbeddedQuestion(surface(i)) { return true }
            if steps > Self.ignoranceLead || marksArgument(i) { return false }
        }
        return true
    }

    /// Whether a word ends in the -ㄴ지 / -ㄹ지 of an embedded question (뭔지, 무엇인지, 하는지, 할지),
    /// perhaps with a particle after it (계산하는지는, 뭔지도, 무엇인지를).
    static func endsEmbeddedQuestion(_ word: ArraySlice<UInt32>) -> Bool {
        var word = word
        if let last = word.last, [0xB294, 0xB3C4, 0xB97C, 0xAC00].contains(last) { word = word.dropLast() }  // 는 도 를 가
        guard word.count >= 2, word.last == 0xC9C0 else { return false }                          // 지
        let trail = Hangul.trailIndex(word[word.endIndex - 2])
        return trail == 4 || trail == 8                                                             // ㄴ ㄹ
    }

    /// The syllable 겠 (모르겠습니다, 모르겠는데).
    static let conjecture: UInt32 = 0xACA0

    /// Whether a verb form describes what follows it: 모르는 / 헷갈린 / 부족한 / 확실하지 않은 + noun,
    /// 모르게, 모르도록, 모른 채. A connective (모르지만, 모르는데) does not; 은 and 을 after a noun are
    /// particles (들어본 적은), so they only count after 않 and 없.
    static func describes(_ word: ArraySlice<UInt32>) -> Bool {
        guard word.count >= 2, let last = word.last, !Negation.koreanClosesClause(word) else { return false }
        if last == 0xB294 || last == 0xAC8C || last == 0xB85D || last == 0xCC44 { return true }   // 는 게 록 채
        let trail = Hangul.trailIndex(last)
        guard trail == 4 || trail == 8 else { return false }
        guard last == 0xC740 || last == 0xC744 else { return true }                               // 은 을
        return Negation.isGluedKoreanCue(word[word.endIndex - 2])
    }

    /// Whether token `i` is a word marked as a subject or object (모델이, 정답을, KL을), other than the
    /// speaker (제가, 내가).
    private func marksArgument(_ i: Int) -> Bool {
        guard tokens[i].script == .hangul else { return false }
        let word = surface(i)
        guard let end = word.last, Self.argumentMarkers.contains(end) else { return false }
        if word.count == 1 { return tokens[i].attached }
        return !Self.speakers.contains { word.elementsEqual($0) }
    }

    static let argumentMarkers: Set<UInt32> = Set("이가을를".unicodeScalars.map(\.value))
    static let speakers: [[UInt32]] = ["제가", "내가"].map { $0.unicodeScalars.map(\.value) }

    private func englishAdmitsIgnorance(first: Int) -> Bool {
        if Self.firstPerson.contains(Array(surface(first))) { return true }
        var i = first
        var steps = 0
        var onlyHedges = true
        while i > 0 && !tokens[i].clauseStart && steps < 3 {
            i -= 1
            steps += 1
            let word = Array(surface(i))
            if Self.firstPerson.contains(word) { return true }
            if !Self.openers.contains(word) { onlyHedges = false }
        }
        return onlyHedges && (i == 0 || tokens[i].clauseStart)
    }

    static let firstPerson: Set<[UInt32]> = Set(["i", "im", "ive", "id", "me", "my", "myself"].map { $0.unicodeScalars.map(\.value) })
    static let openers: Set<[UInt32]> = Set(["honestly", "sorry", "really", "frankly", "um", "uh", "well", "so", "but",
                                             "and", "actually", "just", "truly", "to", "be", "honest"]
                                            .map { $0.unicodeScalars.map(\.value) })
}
