import KkoriScenario

/// The plainest scorer: a key point counts when one of its phrases appears (case and spaces ignored).
/// Kept as a baseline and for tests that need predictable scores.
public struct CoverageScorer: AnswerScorer {
    public init() {}

    public func assess(_ answer: String, to question: Question, language: Language) -> Assessment {
        let folded = Self.fold(answer)
        let points = question.rubric.points.map { point -> PointResult in
            let hits = point.phrases.all.filter { phrase in
                phrase.split(separator: "&").allSatisfy { folded.contains(Self.fold(String($0))) }
            }
            return PointResult(id: point.id, credit: hits.isEmpty ? 0 : 1, evidence: hits)
        }
        let total = question.rubric.totalWeight
        let earned = zip(question.rubric.points, points).reduce(0.0) { $0 + $1.0.weight * $1.1.credit }
        let dontKnow = Self.dontKnowMarkers.contains { folded.contains($0) } && earned == 0
        return Assessment(score: total > 0 ? earned / total : 0, points: points,
                          flags: dontKnow ? [.dontKnow] : [], language: language)
    }

    static let dontKnowMarkers = ["모르겠", "잘모르", "idon'tknow", "dontknow", "noidea", "notsure"]

    static func fold(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace })
    }
}
