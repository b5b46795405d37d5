import KkoriText

/// Whether a misconception's words are the candidate reporting a belief in order to correct it
/// (흔히 균등분포일 때 가장 낮다고 생각하기 쉬운데 사실은 반대로…, people say KL is symmetric, but
/// it is not), not stating it. Such an answer must not be penalised for the misconception.
///
/// Korean: a quotative ending (-다고, -라고, -다는, -라는) on the last matched word or just after
/// it, then a cue that the report is wrong (오해, 착각, 쉽, 사실, 반대, 틀리, 잘못, 아니) within
/// a few words. English: a reporting cue before the words in their clause (people say, a common
/// misconception, it is tempting to think), or a denial right after them (but it is not, which is
/// wrong).
extension AnalyzedText {
    func isReportedBelief(_ matches: [PhraseMatch]) -> Bool {
        guard let first = matches.map(\.tokens.lowerBound).min(),
              let last = matches.map(\.tokens.upperBound).max(), tokens.indices.contains(last) else { return false }
        if tokens[last].script == .hangul { return koreanReport(after: last) }
        return englishReportCue(before: first) || englishDenial(after: last)
    }

    /// How far after the matched words a quotative ending, then a denial, may come.
    static let quoteReach = 2
    static let denialReach = 6

    private func koreanReport(after last: Int) -> Bool {
        var quote: Int?
        for i in last...min(tokens.count - 1, last + Self.quoteReach) where tokens[i].script == .hangul {
            if i > last && tokens[i].clauseStart { break }
            if Self.quotatives.contains(where: { surface(i).suffix($0.count).elementsEqual($0) }) {
                quote = i
                break
            }
        }
        guard let quote else { return false }
        let end = min(tokens.count - 1, quote + Self.denialReach)
        guard quote < end else { return false }
        for i in (quote + 1)...end where tokens[i].script == .hangul {
            let word = surface(i)
            if Self.koreanDenials.contains(where: { word.firstRange(of: $0) != nil }) { return true }
        }
        return false
    }

    private func englishReportCue(before first: Int) -> Bool {
        var i = first
        var said: [[UInt32]] = []
        while i > 0 && !tokens[i].clauseStart && said.count < 8 {
            i -= 1
            said.append(Array(surface(i)))
        }
        if said.contains(where: { Self.englishReports.contains($0) }) { return true }
        // people / many / some / often + say / think / believe / assume / claim
        for (index, word) in said.enumerated() where Self.englishBeliefVerbs.contains(word) {
            if said.dropFirst(index + 1).prefix(2).contains(where: { Self.englishReporters.contains($0) }) { return true }
        }
        return false
    }

    private func englishDenial(after last: Int) -> Bool {
        let end = min(tokens.count - 1, last + 5)
        guard last < end else { return false }
        let after = ((last + 1)...end).map { Array(surface($0)) }
        let rest = after.dropFirst().prefix(3)
        if after[0] == Self.but { return rest.contains { Self.englishNegations.contains($0) } }
        if after[0] == Self.which { return rest.contains { Self.englishWrong.contains($0) } }
        return false
    }

    static let quotatives = list(["다고", "라고", "다는", "라는", "냐고"])
    static let koreanDenials = list(["오해", "착각", "쉽", "쉬운", "사실", "반대", "틀리", "틀린", "틀렸", "잘못", "아니", "아닙"])
    static let but = Array("but".unicodeScalars.map(\.value)), which = Array("which".unicodeScalars.map(\.value))
    static let englishReports = Set(list(["misconception", "myth", "mistake", "mistakenly", "wrongly", "tempting",
                                          "misleading", "contrary"]))
    static let englishBeliefVerbs = Set(list(["say", "says", "said", "think", "thinks", "thought", "believe", "believes",
                                              "assume", "assumes", "claim", "claims"]))
    static let englishReporters = Set(list(["people", "many", "some", "often", "sometimes", "commonly", "one", "might",
                                            "may", "you", "they", "usually", "frequently"]))
    static let englishNegations = Set(list(["not", "isnt", "isn", "wrong", "false", "untrue", "incorrect", "no"]))
    static let englishWrong = Set(list(["wrong", "false", "untrue", "incorrect", "myth", "misconception", "not"]))

    static func list(_ words: [String]) -> [[UInt32]] { words.map { $0.unicodeScalars.map(\.value) } }
}
