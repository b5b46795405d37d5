import KkoriScenario

/// The session's verdict: per-competency scores, depth reached per question tree, and an overall
/// recommendation. A pure function of the answers.
///
/// How it is computed (the thresholds are the constants below):
/// - A competency's score is the mean of its answers' scores, a follow-up at depth d weighing
///   `1 + 0.5·d`: deeper questions are harder, and holding up there says more.
/// - Communication also takes the answers' detail (length and structure: definition, intuition,
///   example, trade-off): half the mean detail of every answer, half the scores of answers whose
///   topic counts towards communication (when there are any).
/// - The overall score is the weighted mean of the competencies present: ML fundamentals 0.30,
///   project depth 0.25, CS fundamentals 0.15, culture fit 0.10, communication 0.10, coding 0.10.
/// - Recommendation: strong hire from 0.75 with no competency below 0.5; hire from 0.60; lean no
///   hire from 0.40; no hire below. Each kind of red flag (blaming others, red-flag absolutes, only
///   "we" in projects, two or more misconceptions stated) lowers it one level.
public struct SessionAggregate: Sendable, Hashable, Codable {
    /// Competencies with at least one answer, in `Competency` order.
    public var competencies: [CompetencyScore]
    /// One entry per question tree, in the order trees were first asked.
    public var trees: [TreeDepth]
    /// Weighted mean of the competency scores, 0...1.
    public var overall: Double
    /// The call.
    public var recommendation: Recommendation
    /// The red flags that lowered it.
    public var redFlags: [String]

    static let strongHireAt = 0.75
    static let strongHireFloor = 0.5
    static let hireAt = 0.60
    static let leanNoHireAt = 0.40
    /// An answer at least this good counts as having reached its level.
    public static let reachedScore = 0.5
    static let weights: [Competency: Double] = [
        .mlFundamentals: 0.30, .projectDepth: 0.25, .csFundamentals: 0.15, .cultureFit: 0.10,
        .communication: 0.10, .coding: 0.10,
    ]

    /// Aggregates a session's answers (in the order they were given).
    public init(answers: [AnsweredQuestion]) {
        competencies = Self.competencyScores(answers)
        trees = Self.treeDepths(answers)
        var total = 0.0, weight = 0.0
        for item in competencies {
            let w = Self.weights[item.competency] ?? 0.1
            total += w * item.score
            weight += w
        }
        overall = weight > 0 ? total / weight : 0
        redFlags = Self.redFlags(answers)
        var call = Self.recommendation(overall: overall, lowest: competencies.map(\.score).min() ?? 0)
        for _ in redFlags { call = call.lowered }
        recommendation = answers.isEmpty ? .noHire : call
    }

    static func recommendation(overall: Double, lowest: Double) -> Recommendation {
        if overall >= strongHireAt && lowest >= strongHireFloor { return .strongHire }
        if overall >= hireAt { return .hire }
        if overall >= leanNoHireAt { return .leanNoHire }
        return .noHire
    }

    static func depthWeight(_ depth: Int) -> Double { 1 + 0.5 * Double(max(0, depth)) }

    static func competencyScores(_ answers: [AnsweredQuestion]) -> [CompetencyScore] {
        var sums: [Competency: (total: Double, weight: Double, count: Int)] = [:]
        for answer in answers {
            let w = depthWeight(answer.depth)
            let old = sums[answer.competency] ?? (0, 0, 0)
            sums[answer.competency] = (old.total + w * answer.assessment.score, old.weight + w, old.count + 1)
        }
        let details = answers.compactMap(\.assessment.detail)
        if !details.isEmpty {
            let meanDetail = details.reduce(0, +) / Double(details.count)
            let own = sums[.communication]
            let ownMean = own.map { $0.total / $0.weight }
            let score = ownMean.map { 0.5 * meanDetail + 0.5 * $0 } ?? meanDetail
            sums[.communication] = (score, 1, max(own?.count ?? 0, details.count))
        }
        return Competency.allCases.compactMap { competency in
            guard let sum = sums[competency], sum.weight > 0 else { return nil }
            return CompetencyScore(competency: competency, score: sum.total / sum.weight, answers: sum.count)
        }
    }

    static func treeDepths(_ answers: [AnsweredQuestion]) -> [TreeDepth] {
        var order: [String] = []
        var byTree: [String: TreeDepth] = [:]
        for answer in answers {
            var entry = byTree[answer.tree] ?? TreeDepth(tree: answer.tree, asked: 0, reached: nil, endedOnDontKnow: false)
            if byTree[answer.tree] == nil { order.append(answer.tree) }
            entry.asked = max(entry.asked, answer.depth)
            if answer.assessment.score >= reachedScore { entry.reached = max(entry.reached ?? 0, answer.depth) }
            entry.endedOnDontKnow = answer.assessment.isDontKnow
            byTree[answer.tree] = entry
        }
        return order.compactMap { byTree[$0] }
    }

    /// The kinds of red flag seen, by wire name, in a fixed order.
    static func redFlags(_ answers: [AnsweredQuestion]) -> [String] {
        let flags = answers.flatMap(\.assessment.flags)
        var found: [String] = []
        for flag in [AnswerFlag.blame, .absolute, .noOwnRole] where flags.contains(flag) {
            found.append(flag.description)
        }
        let misconceptions = answers.reduce(0) { $0 + $1.assessment.misconceptions.count }
        if misconceptions >= 2 { found.append("misconceptions") }
        return found
    }
}
