import KkoriScenario

/// Writes the feedback for one answer: what to correct, what to add next time, how to say it.
struct AdviceWriter {
    let question: Question
    let reading: AnswerReading
    let judged: RubricJudgement
    let flags: [AnswerFlag]
    let language: Language

    /// At most this many pieces: feedback that lists everything is read as noise.
    static let limit = 4

    func advice() -> [String] {
        var keys: [AdviceText.Key] = []
        let missed = missedPoints()
        if flags.contains(.dontKnow), let first = missed.first {
            keys.append(.honestDontKnow(first.conveys[language]))
        }
        for stated in judged.misconceptions {
            if let misconception = question.rubric.misconceptions.first(where: { $0.id == stated.id }) {
                keys.append(.correct(misconception.says[language]))
            }
        }
        if flags.contains(.bluff) { keys.append(.bluff) }
        keys += redFlagAdvice()
        if !flags.contains(.dontKnow) {
            keys += missed.prefix(2).map { .add($0.conveys[language]) }
        }
        keys += styleAdvice()
        return keys.prefix(Self.limit).map { AdviceText.text($0, language) }
    }

    /// Missed key points, heaviest first (rubric order among equals).
    func missedPoints() -> [KeyPoint] {
        let missed = zip(question.rubric.points, judged.points).filter { !$0.1.isCovered }.map(\.0)
        return missed.enumerated().sorted { ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset) }
            .map(\.element)
    }

    func redFlagAdvice() -> [AdviceText.Key] {
        var keys: [AdviceText.Key] = []
        if flags.contains(.blame) { keys.append(.noBlame) }
        if flags.contains(.absolute) { keys.append(.noAbsolute) }
        if flags.contains(.selfBlame) { keys.append(.noSelfBlame) }
        if flags.contains(.noOwnRole) { keys.append(.ownRole) }
        return keys
    }

    /// How to say it better, by round.
    func styleAdvice() -> [AdviceText.Key] {
        guard !flags.contains(.dontKnow), !flags.contains(.bluff) else { return [] }
        switch question.round {
        case .technical, .coding:
            if flags.contains(.tooShort) { return [.tooShort] }
            var keys: [AdviceText.Key] = []
            if !reading.has(.example) { keys.append(.giveExample) }
            if !reading.has(.intuition) { keys.append(.explainWhy) }
            return keys
        case .project:
            var keys: [AdviceText.Key] = []
            if !reading.has(.quantitativeResult) { keys.append(.giveNumbers) }
            let stages = [SignalKind.problem, .action, .result].filter { reading.has($0) }.count
            if stages < 3 { keys.append(.problemActionResult) }
            return keys
        case .personality:
            return reading.has(.concreteExample) ? [] : [.concreteSituation]
        }
    }
}
