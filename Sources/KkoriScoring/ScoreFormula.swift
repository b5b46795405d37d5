import Foundation
import KkoriScenario
import KkoriText

/// How a judgement becomes a score. Every constant is here, with the reason for it.
///
/// 1. Coverage `c`: the weighted share of key-point credit. Points marked `beyond` count half in the
///    denominator: related knowledge is a bonus, not a requirement.
/// 2. Detail `e` in 0...1: half length (content words, saturating at `fullLength`), half the number
///    of detail aspects shown (definition, intuition, formula, example, trade-off, beyond; from
///    covered points and from generic cues), saturating at `fullAspects`.
/// 3. Rubric score `c^0.8 × (0.6 + 0.4e)`: the concave power rewards the first points an answer
///    makes (an interviewer's marks rise fastest there); the detail factor puts a one-liner below a
///    full explanation that hits the same points, as the seed advises.
/// 4. Project and personality answers blend in their round's generic signals (numbers, own role,
///    problem → action → result; concrete situation, growth, motivation).
/// 5. Each stated misconception subtracts its penalty (half when hedged: "I think maybe ...");
///    generic red flags (blame, harsh self-blame, absolutes) subtract theirs when no rubric
///    misconception already did.
/// 6. A long answer that covers no key point (or is off topic) is a bluff, capped at `bluffCap`;
///    an honest "don't know" that covers nothing scores `dontKnowFloor`, above a bluff or a
///    confident wrong answer, below any real partial answer.
struct ScoreFormula {
    let compiled: CompiledQuestion
    let reading: AnswerReading
    let judged: RubricJudgement
    /// Weighted key-point credit (step 1).
    let coverage: Double

    init(compiled: CompiledQuestion, reading: AnswerReading, judged: RubricJudgement) {
        self.compiled = compiled
        self.reading = reading
        self.judged = judged
        coverage = Self.coverage(of: compiled.question.rubric, judged.points)
    }

    static let fullLength = 40.0
    static let fullAspects = 4.0
    static let coveragePower = 0.8
    static let detailShare = 0.4
    static let bluffLength = 25
    static let bluffCap = 0.06
    static let offTopicRatio = 0.12
    static let dontKnowFloor = 0.1
    static let dontKnowCap = 0.3
    static let hedgedPenaltyShare = 0.5
    static let tooShortLength = 8
    static let redFlagPenalty: [AnswerFlag: Double] = [.blame: 0.25, .selfBlame: 0.15, .absolute: 0.15]

    /// The final score and what explains it.
    struct Outcome {
        var score: Double
        var flags: [AnswerFlag]
        var aspects: [Aspect]
        var detail: Double
    }

    func outcome() -> Outcome {
        let aspects = shownAspects()
        let detail = detailFactor(aspects: aspects)
        var score = pow(coverage, Self.coveragePower) * (1 - Self.detailShare + Self.detailShare * detail)
        score = blendRoundSignals(score)
        var flags = redFlags()
        let stated = judged.misconceptions
        let hedged = reading.has(.hedge)
        score -= stated.reduce(0) { $0 + $1.penalty * (hedged ? Self.hedgedPenaltyShare : 1) }
        if stated.isEmpty { score -= flags.reduce(0) { $0 + (Self.redFlagPenalty[$1] ?? 0) } }
        flags += stated.map { AnswerFlag.misconception($0.id) }
        if isDontKnow() {
            flags.insert(.dontKnow, at: 0)
            score = max(min(score, Self.dontKnowCap), stated.isEmpty ? Self.dontKnowFloor : Self.dontKnowFloor / 2)
        } else if isBluff() {
            flags.insert(.bluff, at: 0)
            score = min(score, Self.bluffCap)
        } else if question.round == .technical && reading.contentCount < Self.tooShortLength {
            flags.append(.tooShort)
        }
        return Outcome(score: min(1, max(0, score)), flags: flags, aspects: aspects, detail: detail)
    }

    /// Weighted key-point credit, `beyond` points counting half in the denominator.
    static func coverage(of rubric: Rubric, _ points: [PointResult]) -> Double {
        var earned = 0.0, possible = 0.0
        for (point, result) in zip(rubric.points, points) {
            earned += point.weight * result.credit
            possible += point.aspect == .beyond ? point.weight / 2 : point.weight
        }
        return possible > 0 ? min(1, earned / possible) : 0
    }

    /// Detail aspects of covered points and of generic cues, in the `Aspect` order.
    func shownAspects() -> [Aspect] {
        var shown: Set<Aspect> = []
        for (point, result) in zip(question.rubric.points, judged.points) where result.isCovered {
            if let aspect = point.aspect { shown.insert(aspect) }
        }
        let cues: [(SignalKind, Aspect)] = [(.definition, .definition), (.intuition, .intuition),
                                            (.formula, .formula), (.example, .example),
                                            (.tradeOff, .tradeOff), (.beyond, .beyond)]
        for (kind, aspect) in cues where reading.has(kind) { shown.insert(aspect) }
        return Aspect.allCases.filter { shown.contains($0) }
    }

    func detailFactor(aspects: [Aspect]) -> Double {
        let length = min(1, Double(reading.contentCount) / Self.fullLength)
        let depth = min(1, Double(aspects.filter { $0 != .experience }.count) / Self.fullAspects)
        return 0.5 * length + 0.5 * depth
    }

    /// Project: 60% rubric, 40% signals. Personality: 65% rubric, 35% signals.
    func blendRoundSignals(_ rubric: Double) -> Double {
        switch question.round {
        case .project: return 0.6 * rubric + 0.4 * projectSignals()
        case .personality: return 0.65 * rubric + 0.35 * personalitySignals()
        case .technical, .coding: return rubric
        }
    }

    /// Numbers, own role, problem → action → result, skills named, team: what the seed asks a
    /// project answer to show.
    func projectSignals() -> Double {
        let stages = [SignalKind.problem, .action, .result].filter { reading.has($0) }.count
        var total = 0.3 * flag(.quantitativeResult) + 0.25 * flag(.ownRole) + 0.15 * Double(stages) / 3
        total += 0.15 * min(1, Double(reading.count(.skillNamed)) / 2) + 0.15 * flag(.teamComposition)
        return total
    }

    /// A concrete situation told as situation → action → result, growth, motivation (passion or the
    /// company), own action.
    func personalitySignals() -> Double {
        let motivation = max(flag(.passion), flag(.companyMotivation))
        let stages = Double([SignalKind.problem, .action, .result].filter { reading.has($0) }.count) / 3
        return 0.25 * flag(.concreteExample) + 0.25 * stages + 0.2 * flag(.growth) + 0.15 * motivation
            + 0.15 * flag(.ownRole)
    }

    func flag(_ kind: SignalKind) -> Double { reading.has(kind) ? 1 : 0 }

    /// Blame, self-blame, absolutes, and "we" without an own role in a project answer.
    func redFlags() -> [AnswerFlag] {
        var flags: [AnswerFlag] = []
        // a rubric misconception named for blame (blame, blame-company; harsh-self-blame for the
        // other kind) raises the same flag as the generic cues
        let stated = judged.misconceptions.map(\.id)
        let selfBlamedByRubric = stated.contains { $0.contains("self-blame") }
        let blamedByRubric = stated.contains { $0.contains("blame") && !$0.contains("self-blame") }
        if reading.has(.blame) || blamedByRubric { flags.append(.blame) }
        if reading.has(.selfBlame) || selfBlamedByRubric { flags.append(.selfBlame) }
        if reading.has(.absolute) { flags.append(.absolute) }
        if question.round == .project && reading.has(.we) && !reading.has(.ownRole) && reading.contentCount >= 12 {
            flags.append(.noOwnRole)
        }
        return flags
    }

    /// An honest "don't know" that covers no key point; a hedged partial answer keeps its points.
    func isDontKnow() -> Bool {
        reading.dontKnowCue != nil && judged.coveredCount == 0 && coverage < 0.3
    }

    /// Long and covering nothing, or long and off the question's topic with little covered.
    func isBluff() -> Bool {
        guard reading.contentCount >= Self.bluffLength else { return false }
        let offTopic = reading.topicality(in: vocabulary) < Self.offTopicRatio
        if judged.coveredCount == 0 {
            switch question.round {
            case .project: return projectSignals() < 0.35 || offTopic
            case .personality: return personalitySignals() < 0.35 || offTopic
            case .technical, .coding: return true
            }
        }
        return offTopic && coverage < 0.3
    }

    var question: Question { compiled.question }
    var vocabulary: WordSet { compiled.vocabulary }
}
