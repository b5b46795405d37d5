import KkoriScenario
import KkoriText

/// The rubric part of a judgement: credit and evidence per key point, misconceptions stated.
struct RubricJudgement {
    /// One result per key point, in rubric order.
    let points: [PointResult]
    /// Misconceptions stated, with their penalties.
    let misconceptions: [(id: String, penalty: Double, evidence: String)]

    /// Credit for a phrase found as written (synonyms and negated forms included).
    static let exactCredit = 1.0
    /// Credit for a phrase found with one typo: the point was almost certainly meant.
    static let typoCredit = 0.8
    /// Most credit for saying much of what a point conveys in other words: weaker evidence, so
    /// never enough to count the point as covered.
    static let paraphraseCredit = 0.4

    init(question: CompiledQuestion, reading: AnswerReading) {
        let hits = reading.rubricHits
        points = question.points.map { Self.judge($0, hits: hits, in: reading) }
        misconceptions = question.misconceptions.compactMap { compiled in
            for phrase in compiled.phrases {
                // A belief reported to be corrected is not the candidate's own.
                guard let found = hits.match(phrase), !reading.text.isReportedBelief(found) else { continue }
                let evidence = found.map { reading.text.words($0.tokens) }.joined(separator: " … ")
                return (compiled.misconception.id, compiled.misconception.penalty, evidence)
            }
            return nil
        }
    }

    static func judge(_ compiled: CompiledPoint, hits: PhraseHits, in reading: AnswerReading) -> PointResult {
        let id = compiled.point.id
        for phrase in compiled.phrases {
            if let found = hits.match(phrase) {
                return PointResult(id: id, credit: exactCredit, evidence: found.map { reading.text.words($0.tokens) })
            }
        }
        for phrase in compiled.phrases where hits.allowsTypos(phrase) {
            if let found = hits.match(phrase, forgivingTyposIn: reading.text) {
                let credit = found.contains(where: \.isFuzzy) ? typoCredit : exactCredit
                return PointResult(id: id, credit: credit, evidence: found.map { reading.text.words($0.tokens) })
            }
        }
        return paraphrase(compiled, in: reading)
    }

    /// Partial credit when the answer shares 40% or more of the content words of what the point
    /// conveys (in either language), the question's own words left out; full partial credit from
    /// 60% shared.
    static func paraphrase(_ compiled: CompiledPoint, in reading: AnswerReading) -> PointResult {
        var best = 0.0
        var bestWords: [UInt64] = []
        for words in compiled.conveys where words.count >= 3 {
            let shared = words.filter { reading.contentSet.contains($0) }
            let fraction = Double(shared.count) / Double(words.count)
            guard fraction >= 0.4 else { continue }
            let credit = min(paraphraseCredit, paraphraseCredit * fraction / 0.6)
            if credit > best {
                best = credit
                bestWords = shared
            }
        }
        guard best > 0 else { return PointResult(id: compiled.point.id, credit: 0, evidence: []) }
        return PointResult(id: compiled.point.id, credit: best, evidence: reading.words(hashed: bestWords))
    }

    /// Covered points.
    var coveredCount: Int { points.filter(\.isCovered).count }
}

extension AnswerReading {
    /// The answer's content words whose hashes are in `hashes`, each once, in order.
    func words(hashed hashes: [UInt64]) -> [String] {
        var seen: Set<UInt64> = []
        var words: [String] = []
        for i in text.tokens.indices where text.isContentWord(i) {
            let hash = ContentWords.hash(text.stem(i))
            guard hashes.contains(hash), seen.insert(hash).inserted else { continue }
            words.append(text.words(i...i))
        }
        return words
    }
}
