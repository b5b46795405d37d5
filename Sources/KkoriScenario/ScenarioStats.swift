/// Counts that tell a scenario author (and the bank's guard test) what a scenario holds.
public struct ScenarioStats: Sendable, Codable, Equatable {
    /// Root questions per round.
    public var rootsPerRound: [String: Int]
    /// Root questions per topic.
    public var rootsPerTopic: [String: Int]
    /// Every question node, roots and follow-ups.
    public var totalNodes: Int
    /// Nodes per round.
    public var nodesPerRound: [String: Int]
    /// The deepest follow-up chain of any tree (levels below the root).
    public var maxDepth: Int
    /// Roots whose tree reaches at least 2 levels of follow-ups.
    public var treesReaching2: Int
    /// Roots whose tree reaches at least 3 levels of follow-ups.
    public var treesReaching3: Int
    /// Depth reached by each root's tree (levels below the root, within its `max_depth`).
    public var depthByRoot: [String: Int]
    /// Questions or rubric entries with a blank text in some language (`id: field.lang`).
    public var missingLanguage: [String]
    /// Key points across all nodes.
    public var keyPoints: Int

    /// Computes the statistics of `scenario`.
    public init(_ scenario: Scenario) {
        var perRound: [String: Int] = [:]
        var perTopic: [String: Int] = [:]
        var nodesPerRound: [String: Int] = [:]
        var depthByRoot: [String: Int] = [:]
        for (round, ids) in scenario.roots {
            perRound[round.rawValue] = ids.count
            for id in ids {
                guard let question = scenario.questions[id] else { continue }
                perTopic[question.topic, default: 0] += 1
                depthByRoot[id] = Self.depth(of: id, in: scenario, limit: question.maxDepth)
            }
        }
        for question in scenario.questions.values { nodesPerRound[question.round.rawValue, default: 0] += 1 }
        rootsPerRound = perRound
        rootsPerTopic = perTopic
        totalNodes = scenario.questions.count
        self.nodesPerRound = nodesPerRound
        self.depthByRoot = depthByRoot
        maxDepth = depthByRoot.values.max() ?? 0
        treesReaching2 = depthByRoot.values.filter { $0 >= 2 }.count
        treesReaching3 = depthByRoot.values.filter { $0 >= 3 }.count
        missingLanguage = Self.blankTexts(scenario)
        keyPoints = scenario.questions.values.reduce(0) { $0 + $1.rubric.points.count }
    }

    /// The longest follow-up chain below `id`, at most `limit` levels (gotos followed, no repeats).
    static func depth(of id: String, in scenario: Scenario, limit: Int) -> Int {
        var best = 0
        var stack: [(id: String, depth: Int, path: Set<String>)] = [(id, 0, [id])]
        var visits = 0
        while let (current, depth, path) = stack.popLast(), visits < 100_000 {
            visits += 1
            best = max(best, depth)
            guard depth < limit, let question = scenario.questions[current] else { continue }
            for branch in question.followUps where !path.contains(branch.target) {
                stack.append((branch.target, depth + 1, path.union([branch.target])))
            }
        }
        return best
    }

    static func blankTexts(_ scenario: Scenario) -> [String] {
        var missing: [String] = []
        func check(_ text: Localized, _ label: String) {
            if text.ko.trimmingWhitespace.isEmpty { missing.append("\(label).ko") }
            if text.en.trimmingWhitespace.isEmpty { missing.append("\(label).en") }
        }
        for question in scenario.questions.values {
            check(question.text, "\(question.id): text")
            check(question.modelAnswer, "\(question.id): model_answer")
            for point in question.rubric.points {
                check(point.conveys, "\(question.id): \(point.id).conveys")
                if point.phrases.ko.isEmpty { missing.append("\(question.id): \(point.id).phrases.ko") }
                if point.phrases.en.isEmpty { missing.append("\(question.id): \(point.id).phrases.en") }
            }
        }
        return missing.sorted()
    }
}
