import KkoriScenario
import KkoriScoring

/// Builds the report from the answers of a session. Pure.
enum ReportBuilder {
    static func build(items: [ReportItem], tasks: [TaskOutcome], rounds: [RoundSummary],
                      scenario: Scenario) -> SessionReport {
        let trees = treeResults(items, scenario: scenario)
        let aggregate = SessionAggregate(answers: aggregateInput(items, tasks: tasks))
        let answered = items.filter { $0.kind != .skip }
        let ranked = answered.sorted { ($0.assessment.score, $1.questionID) > ($1.assessment.score, $0.questionID) }
        let missed = items.filter { $0.kind == .answer }.flatMap { item in
            item.assessment.missed.map { MissedPoint(questionID: item.questionID, pointID: $0) }
        }
        return SessionReport(rounds: rounds, competencies: aggregate.competencies, trees: trees, tasks: tasks,
                             strongest: Array(ranked.prefix(3).map(\.questionID)),
                             weakest: Array(ranked.reversed().prefix(3).map(\.questionID)),
                             overall: aggregate.overall, recommendation: aggregate.recommendation,
                             redFlags: aggregate.redFlags, missedPoints: Array(missed.prefix(12)))
    }

    /// Answers (and graded coding submissions, as coding-competency answers) for the aggregate.
    static func aggregateInput(_ items: [ReportItem], tasks: [TaskOutcome]) -> [AnsweredQuestion] {
        let answers = items.map {
            AnsweredQuestion(questionID: $0.questionID, tree: $0.rootID, competency: $0.competency, depth: $0.depth,
                             assessment: $0.assessment)
        }
        let coding = tasks.filter { !$0.visibleOnly }.map {
            AnsweredQuestion(questionID: $0.taskID, tree: $0.taskID, competency: .coding, depth: 0,
                             assessment: Assessment(score: $0.score, points: [], language: .en))
        }
        return answers + coding
    }

    static func treeResults(_ items: [ReportItem], scenario: Scenario) -> [TreeResult] {
        var order: [String] = []
        var groups: [String: [ReportItem]] = [:]
        for item in items {
            if groups[item.rootID] == nil { order.append(item.rootID) }
            groups[item.rootID, default: []].append(item)
        }
        return order.compactMap { root in
            guard let group = groups[root], let first = group.first else { return nil }
            let scores = group.map(\.assessment.score)
            let good = group.filter { $0.assessment.score >= 0.5 }.map(\.depth)
            return TreeResult(rootID: root, round: first.round, depthAsked: group.map(\.depth).max() ?? 0,
                              depthAnsweredWell: good.max() ?? -1,
                              maxDepth: scenario.questions[root]?.maxDepth ?? 0,
                              score: scores.reduce(0, +) / Double(scores.count))
        }
    }
}
