import KkoriScenario
import KkoriScoring

/// Builds the report from the answers of a session. Pure.
enum ReportBuilder {
    static func build(items: [ReportItem], tasks: [TaskOutcome], rounds: [RoundSummary],
                      scenario: Scenario) -> SessionReport {
        let trees = treeResults(items, scenario: scenario)
        let competencies = competencyScores(items, tasks: tasks)
        let answered = items.filter { $0.kind != .skip }
        let ranked = answered.sorted { ($0.assessment.score, $1.questionID) > ($1.assessment.score, $0.questionID) }
        let treeScores = trees.map(\.score) + tasks.filter { !$0.visibleOnly }.map(\.score)
        let overall = treeScores.isEmpty ? 0 : treeScores.reduce(0, +) / Double(treeScores.count)
        let missed = items.filter { $0.kind == .answer }.flatMap { item in
            item.assessment.missed.map { MissedPoint(questionID: item.questionID, pointID: $0) }
        }
        return SessionReport(rounds: rounds, competencies: competencies, trees: trees, tasks: tasks,
                             strongest: Array(ranked.prefix(3).map(\.questionID)),
                             weakest: Array(ranked.reversed().prefix(3).map(\.questionID)),
                             overall: overall, recommendation: Recommendation(overall: overall),
                             missedPoints: Array(missed.prefix(12)))
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

    static func competencyScores(_ items: [ReportItem], tasks: [TaskOutcome]) -> [CompetencyScore] {
        var sums: [Competency: (Double, Int)] = [:]
        for item in items {
            let (sum, count) = sums[item.competency] ?? (0, 0)
            sums[item.competency] = (sum + item.assessment.score, count + 1)
        }
        for task in tasks where !task.visibleOnly {
            let (sum, count) = sums[.coding] ?? (0, 0)
            sums[.coding] = (sum + task.score, count + 1)
        }
        return Competency.allCases.compactMap { competency in
            guard let (sum, count) = sums[competency], count > 0 else { return nil }
            return CompetencyScore(competency: competency, score: sum / Double(count), answers: count)
        }
    }
}
