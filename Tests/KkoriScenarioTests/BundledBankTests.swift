import Foundation
import Testing
import KkoriScenario

/// Guards the bundled `ml-engineer` question bank so it cannot silently shrink or rot.
@Suite("The bundled ml-engineer question bank")
struct BundledBankTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios/ml-engineer")

    /// Loaded once for all the tests (loading a debug build of the whole bank takes seconds).
    static let loaded = Result { try readBank() }

    static func load() throws -> Scenario {
        try loaded.get()
    }

    static func readBank() throws -> Scenario {
        let root = folder.path
        let walker = FileManager.default.enumerator(atPath: root)
        var files: [SourceFile] = []
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".yaml") else { continue }
            let data = try Data(contentsOf: folder.appendingPathComponent(relative))
            files.append(SourceFile(path: relative, bytes: Array(data)))
        }
        return try ScenarioLoader.load(files: files)
    }

    static let mlTopics: Set<String> = ["learning-theory", "probability", "evaluation", "optimization", "architectures",
                                        "classical-ml", "nlp", "computer-vision", "recommender-systems",
                                        "modern-practice", "mlops"]
    static let csTopics: Set<String> = ["data-structures", "operating-systems", "networks", "databases", "python"]
    static let seedIDs = ["ml-bias-variance", "ml-generalization", "ml-kl-divergence", "ml-entropy", "cs-hash-table",
                          "cs-thread-vs-process", "project-biggest-impact", "project-team-role",
                          "project-hardest-problem", "project-collaboration", "project-led", "project-study",
                          "personality-motivation", "personality-reason-for-leaving",
                          "personality-strengths-weaknesses", "personality-failure", "personality-conflict",
                          "personality-stress"]

    @Test("the seed's 18 questions exist as roots with their fixed ids, each with a rubric and a follow-up")
    func seedQuestions() throws {
        let scenario = try Self.load()
        for id in Self.seedIDs {
            let question = try #require(scenario.questions[id], "missing \(id)")
            #expect(question.isRoot)
            #expect(!question.rubric.points.isEmpty)
            #expect(!question.followUps.isEmpty, "\(id) has no follow-up")
        }
        #expect(scenario.questions["personality-questions-for-us"]?.round == .personality)
    }

    @Test("round and topic counts meet the bank's size")
    func counts() throws {
        let scenario = try Self.load()
        let technical = (scenario.roots[.technical] ?? []).compactMap { scenario.questions[$0] }
        let ml = technical.filter { Self.mlTopics.contains($0.topic) }
        let cs = technical.filter { Self.csTopics.contains($0.topic) }
        #expect(ml.count >= 70, "ML roots: \(ml.count)")
        #expect(cs.count >= 35, "CS roots: \(cs.count)")
        #expect((scenario.roots[.project] ?? []).count >= 15)
        #expect((scenario.roots[.personality] ?? []).count >= 15)
        let topics = Set(technical.map(\.topic))
        #expect(Self.mlTopics.isSubset(of: topics) && Self.csTopics.isSubset(of: topics),
                "every topic has questions; missing: \(Self.mlTopics.union(Self.csTopics).subtracting(topics))")
        for topic in Self.mlTopics.union(Self.csTopics) {
            #expect(technical.filter { $0.topic == topic }.count >= 3, "topic \(topic) is thin")
        }
    }

    @Test("technical trees dig: rubrics of three points or more, two levels everywhere, three in many")
    func depth() throws {
        let scenario = try Self.load()
        let stats = ScenarioStats(scenario)
        let technicalNodes = scenario.questions.values.filter { $0.round == .technical }
        for node in technicalNodes {
            #expect(node.rubric.points.count >= 3, "\(node.id) has \(node.rubric.points.count) key points")
        }
        for root in scenario.roots[.technical] ?? [] {
            #expect((stats.depthByRoot[root] ?? 0) >= 2, "\(root) is only \(stats.depthByRoot[root] ?? 0) deep")
        }
        let deep = (scenario.roots[.technical] ?? []).filter { (stats.depthByRoot[$0] ?? 0) >= 3 }
        #expect(deep.count >= 25, "only \(deep.count) technical trees reach three levels")
        for root in (scenario.roots[.project] ?? []) + (scenario.roots[.personality] ?? []) {
            #expect((stats.depthByRoot[root] ?? 0) >= 1, "\(root) has no follow-up")
        }
    }

    @Test("every text and every rubric point has both languages, and every model answer is substantial")
    func languages() throws {
        let scenario = try Self.load()
        #expect(ScenarioStats(scenario).missingLanguage.isEmpty)
        for question in scenario.questions.values {
            #expect(question.modelAnswer.ko.count >= 40 && question.modelAnswer.en.count >= 60,
                    "\(question.id) has a thin model answer")
            #expect(question.text.ko.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) },
                    "\(question.id)'s Korean text has no Hangul")
            for point in question.rubric.points {
                #expect(!point.phrases.ko.isEmpty && !point.phrases.en.isEmpty, "\(question.id).\(point.id)")
            }
        }
    }

    @Test("every follow-up is reachable from a root within its depth limit")
    func reachability() throws {
        let scenario = try Self.load()
        var shallowest: [String: Int] = [:]
        for (_, roots) in scenario.roots {
            for root in roots {
                guard let limit = scenario.questions[root]?.maxDepth else { continue }
                var frontier = [(root, 0)]
                while let (id, depth) = frontier.popLast() {
                    // Revisit a node only when reached higher up, where more of its subtree fits the limit.
                    guard depth < (shallowest[id] ?? Int.max) else { continue }
                    shallowest[id] = depth
                    guard depth < limit, let question = scenario.questions[id] else { continue }
                    frontier += question.followUps.map { ($0.target, depth + 1) }
                }
            }
        }
        let reached = Set(shallowest.keys)
        let unreachable = Set(scenario.questions.keys).subtracting(reached)
        #expect(unreachable.isEmpty, "never asked: \(unreachable.sorted().prefix(10))")
    }
}
