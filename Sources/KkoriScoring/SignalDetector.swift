import KkoriScenario
import KkoriText

/// Finds the generic signals of a round in an analysed answer.
struct SignalDetector {
    let text: AnalyzedText
    let lexicon: CueLexicon
    /// The round's cues, and the answer scanned with them.
    let cues: CueLexicon.Cues
    let hits: PhraseHits
    var found: [AnswerSignal] = []

    /// The round's cue signals, then the signals with their own detectors.
    mutating func detect(for round: RoundKind) {
        for kind in CueLexicon.kinds[round] ?? [] {
            if kind == .skillNamed { skills() } else { look(for: kind) }
        }
        guard round == .project || round == .personality else { return }
        quantitative()
        blame()
    }

    mutating func look(for kind: SignalKind) {
        guard let phrases = cues.byKind[kind], let words = lexicon.first(phrases, in: hits, text: text) else { return }
        found.append(AnswerSignal(kind: kind, evidence: words))
    }

    mutating func skills() {
        guard let phrases = cues.byKind[.skillNamed] else { return }
        for words in lexicon.all(phrases, in: hits, text: text, limit: 4) {
            found.append(AnswerSignal(kind: .skillNamed, evidence: words))
        }
    }

    /// A number counts as a result when a unit or percentage follows it (30%, 120ms, 3배) or a
    /// metric is named within a few words (accuracy 0.92, 매출이 12억). Years don't count.
    mutating func quantitative() {
        let metricHits = text.scanAll(lexicon.metrics, limit: 4)
        let metricTokens = lexicon.metrics.phrases.indices.flatMap { metricHits.occurrences($0) }.map(\.tokens.lowerBound)
        for i in text.tokens.indices where text.tokens[i].script == .digit {
            if isYear(i) { continue }
            let hasUnit = i + 1 < text.tokens.count && isUnit(i + 1)
            let nearMetric = metricTokens.contains { abs($0 - i) <= 5 }
            guard hasUnit || nearMetric else { continue }
            let end = hasUnit ? i + 1 : i
            found.append(AnswerSignal(kind: .quantitativeResult, evidence: text.words(i...end)))
            return
        }
    }

    func isUnit(_ i: Int) -> Bool {
        let surface = text.surface(i)
        if lexicon.units.contains(Array(surface)) { return true }
        if text.tokens[i].script == .hangul, let first = surface.first {
            return text.tokens[i].attached && lexicon.units.contains([first])
        }
        return text.tokens[i].script == .letter && lexicon.units.contains(Array(text.stem(i)))
    }

    func isYear(_ i: Int) -> Bool {
        let digits = text.surface(i)
        if digits.count == 4, let first = digits.first, first == 0x31 || first == 0x32 { return true }
        guard i + 1 < text.tokens.count, let unit = text.surface(i + 1).first else { return false }
        return unit == 0xB144 || unit == 0xC6D4   // 년, 월
    }

    /// A blame target (boss, 회사, colleagues) within a few words of a negative judgement that
    /// isn't itself negated ("I don't blame them").
    mutating func blame() {
        let hits = text.scanAll(lexicon.blame, limit: 8)
        let targets = lexicon.blameTargets.flatMap { hits.occurrences($0) }
        guard !targets.isEmpty else { return }
        let negatives = lexicon.blameNegatives.flatMap { hits.occurrences($0) }
        for negative in negatives {
            guard let target = targets.first(where: { abs($0.tokens.lowerBound - negative.tokens.lowerBound) <= 6 })
            else { continue }
            let from = min(target.tokens.lowerBound, negative.tokens.lowerBound)
            let to = max(target.tokens.upperBound, negative.tokens.upperBound)
            found.append(AnswerSignal(kind: .blame, evidence: text.words(from...to)))
            return
        }
    }
}
