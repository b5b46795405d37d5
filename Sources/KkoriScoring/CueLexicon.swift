import KkoriScenario
import KkoriText

/// The generic cue lists, compiled once: how people say "I don't know", "for example", "I built",
/// "my boss was incompetent", in Korean and English.
final class CueLexicon: Sendable {
    /// The cues one round looks for, compiled into one index for a one-pass search.
    struct Cues: Sendable {
        let index: PhraseIndex
        /// Positions in `index` of the "don't know" cues and of each signal's cues.
        let dontKnow: Range<Int>
        let byKind: [SignalKind: Range<Int>]
    }

    /// Per round: a technical answer needs no blame or passion cues, and fewer cues scan faster.
    let rounds: [RoundKind: Cues]
    /// Blame needs a target near a negative word; the negative words read negation
    /// ("I don't blame them" is not blame). Searched for every occurrence.
    let blame: PhraseIndex
    let blameTargets: Range<Int>
    let blameNegatives: Range<Int>
    /// The "don't know" cues alone, searched for every occurrence when one was found.
    let dontKnow: PhraseIndex
    /// Metric names near a number make it a result; searched for every occurrence.
    let metrics: PhraseIndex
    /// Words that make a number a result.
    let units: Set<[UInt32]>

    static let shared = CueLexicon()

    /// The signal kinds each round looks for with cue lists (quantitative results and blame have
    /// their own detectors).
    static let kinds: [RoundKind: [SignalKind]] = {
        let detail: [SignalKind] = [.hedge, .definition, .intuition, .example, .formula, .tradeOff, .beyond]
        return [
            .technical: detail, .coding: detail,
            .project: detail + [.ownRole, .we, .teamComposition, .problem, .action, .result, .skillNamed, .selfBlame],
            .personality: detail + [.concreteExample, .growth, .passion, .companyMotivation, .ownRole, .problem,
                                    .action, .result, .selfBlame, .absolute],
        ]
    }()

    static let words: [SignalKind: [String]] = [
        .hedge: hedgeWords, .definition: definitionWords, .intuition: intuitionWords, .example: exampleWords,
        .formula: formulaWords, .tradeOff: tradeOffWords, .beyond: beyondWords, .ownRole: ownRoleWords, .we: weWords,
        .teamComposition: teamWords, .problem: problemWords, .action: actionWords, .result: resultWords,
        .skillNamed: skillWords, .concreteExample: concreteWords, .growth: growthWords, .passion: passionWords,
        .companyMotivation: companyWords, .selfBlame: selfBlameWords, .absolute: absoluteWords,
    ]

    init() {
        let literal = PhraseCompiler()
        func compile(_ words: [String]) -> [Phrase] {
            words.map { literal.compile($0, literal: true) }.filter { !$0.parts.isEmpty }
        }
        let dontKnowPhrases = compile(Self.dontKnowWords)
        dontKnow = PhraseIndex(dontKnowPhrases)
        var compiled: [SignalKind: [Phrase]] = [:]
        for (kind, words) in Self.words { compiled[kind] = compile(words) }
        var rounds: [RoundKind: Cues] = [:]
        for round in RoundKind.allCases {
            var phrases = dontKnowPhrases
            var byKind: [SignalKind: Range<Int>] = [:]
            for kind in Self.kinds[round] ?? [] {
                let start = phrases.count
                phrases += compiled[kind] ?? []
                byKind[kind] = start..<phrases.count
            }
            rounds[round] = Cues(index: PhraseIndex(phrases), dontKnow: 0..<dontKnowPhrases.count, byKind: byKind)
        }
        self.rounds = rounds
        let targets = compile(Self.blameTargetWords)
        let reading = PhraseCompiler()
        let negatives = Self.blameNegativeWords.map { reading.compile($0) }.filter { !$0.parts.isEmpty }
        blame = PhraseIndex(targets + negatives)
        blameTargets = 0..<targets.count
        blameNegatives = targets.count..<(targets.count + negatives.count)
        metrics = PhraseIndex(compile(Self.metricWords))
        units = Set(Self.unitWords.map { $0.unicodeScalars.map(\.value) })
    }

    /// The cues of `round`.
    func cues(for round: RoundKind) -> Cues {
        rounds[round] ?? rounds[.technical] ?? Cues(index: PhraseIndex([]), dontKnow: 0..<0, byKind: [:])
    }

    /// The first cue of `phrases` (positions in `index`) found, as words.
    func first(_ phrases: Range<Int>, in hits: PhraseHits, text: AnalyzedText) -> String? {
        for phrase in phrases {
            if let found = hits.match(phrase), let first = found.first { return text.words(first.tokens) }
        }
        return nil
    }

    /// Every distinct cue of `phrases` found, as words (for counting skills named).
    func all(_ phrases: Range<Int>, in hits: PhraseHits, text: AnalyzedText, limit: Int) -> [String] {
        var found: [String] = []
        for phrase in phrases {
            guard let match = hits.match(phrase), let first = match.first else { continue }
            let words = text.words(first.tokens)
            if !found.contains(words) { found.append(words) }
            if found.count >= limit { break }
        }
        return found
    }
}
