import Foundation
import Testing
@testable import KkoriScenario

@Suite("Loading a valid scenario")
struct ScenarioLoadingTests {
    @Test("a minimal scenario loads with its rounds, topics and questions")
    func minimal() throws {
        let scenario = try ScenarioLoader.load(files: Fixture.files(Fixture.question()))
        #expect(scenario.id == "tiny")
        #expect(scenario.rounds.map(\.kind) == [.technical])
        #expect(scenario.roots[.technical] == ["q-one"])
        let question = try #require(scenario.questions["q-one"])
        #expect(question.rubric.points.map(\.id) == ["p1", "p2"])
        #expect(question.rubric.totalWeight == 3)
        #expect(question.maxDepth == 3)
        #expect(scenario.contentHash.count == 16)
    }

    @Test("inline follow-ups inherit round and topic and record their parent")
    func inlineFollowUps() throws {
        let followUps = """
            follow_ups:
              - when: {missed: [p2]}
                ask:
                  id: q-one.probe
                  text: {ko: 더 말해 주세요, en: Tell me more}
                  rubric:
                    points:
                      - {id: deep, weight: 1, conveys: {ko: 깊이, en: depth}, phrases: {ko: [깊이], en: [depth]}}
                  model_answer: {ko: 답, en: answer}
              - when: default
                goto: q-one.probe
        """
        let scenario = try ScenarioLoader.load(files: Fixture.files(Fixture.question(followUps: followUps)))
        let probe = try #require(scenario.questions["q-one.probe"])
        #expect(probe.parent == "q-one")
        #expect(probe.round == .technical && probe.topic == "basics")
        let root = try #require(scenario.questions["q-one"])
        #expect(root.followUps.map(\.target) == ["q-one.probe", "q-one.probe"])
        #expect(root.followUps[0].condition.missed == ["p2"])
        #expect(root.followUps[1].condition.isDefault)
        #expect(scenario.roots[.technical] == ["q-one"])
    }

    @Test("the content hash changes when any byte changes")
    func hashTracksContent() {
        let a = ScenarioLoader.contentHash(of: Fixture.files(Fixture.question()))
        let b = ScenarioLoader.contentHash(of: Fixture.files(Fixture.question(id: "q-two")))
        #expect(a != b)
        #expect(a == ScenarioLoader.contentHash(of: Fixture.files(Fixture.question())))
    }
}

@Suite("Validation reports each problem with its place")
struct ScenarioValidationTests {
    func only(_ problems: [Diagnostic]) throws -> Diagnostic {
        try #require(problems.count == 1, "expected one problem, got \(problems)")
        return problems[0]
    }

    @Test("a YAML syntax error names its line and column")
    func syntaxError() throws {
        let problem = try only(Fixture.problems(Fixture.files("questions:\n  - id: [unclosed\n")))
        #expect(problem.file == "questions/q.yaml")
        #expect(problem.line == 3 || problem.line == 2)
        #expect(problem.message.contains("YAML syntax error"))
    }

    @Test("an unknown key is reported with a suggestion")
    func unknownKey() throws {
        let yaml = Fixture.question(extra: "    folow_ups: []\n")
        let problem = try only(Fixture.problems(Fixture.files(yaml)))
        #expect(problem.message.contains("unknown key 'folow_ups'"))
        #expect(problem.message.contains("did you mean 'follow_ups'"))
        #expect(problem.line == 17 && problem.column == 5)
    }

    @Test("a missing language is reported")
    func missingLanguage() throws {
        let yaml = Fixture.question().replacingOccurrences(of: "model_answer: {ko: 모범 답안, en: Model answer}",
                                                          with: "model_answer: {ko: 모범 답안}")
        let problem = try only(Fixture.problems(Fixture.files(yaml)))
        #expect(problem.message.contains("missing 'en'"))
        #expect(problem.line == 16)
    }

    @Test("duplicate ids point at the first definition")
    func duplicateIDs() throws {
        let files = Fixture.files(Fixture.question()) + [SourceFile(path: "questions/z.yaml", text: Fixture.question())]
        let problem = try only(Fixture.problems(files))
        #expect(problem.file == "questions/z.yaml")
        #expect(problem.message.contains("duplicate id 'q-one'"))
        #expect(problem.message.contains("questions/q.yaml:"))
    }

    @Test("a missing id is reported")
    func missingID() throws {
        let yaml = Fixture.question().replacingOccurrences(of: "  - id: q-one\n    round", with: "  - round")
        let problem = try only(Fixture.problems(Fixture.files(yaml)))
        #expect(problem.message.contains("missing 'id'"))
    }

    @Test("a follow-up naming an unknown key point or question is reported")
    func unknownReferences() throws {
        let followUps = """
            follow_ups:
              - when: {covered: [p3]}
                goto: q-none
        """
        let problems = Fixture.problems(Fixture.files(Fixture.question(followUps: followUps)))
        #expect(problems.count == 2)
        #expect(problems.contains { $0.message.contains("unknown key point 'p3'") })
        #expect(problems.contains { $0.message.contains("unknown question 'q-none'") && $0.line == 19 })
    }

    @Test("a cycle of follow-ups is reported")
    func cycle() throws {
        let a = Fixture.question(id: "q-a", followUps: "    follow_ups:\n      - {when: default, goto: q-b}\n")
        let b = Fixture.question(id: "q-b", followUps: "    follow_ups:\n      - {when: default, goto: q-a}\n")
        let files = [SourceFile(path: "scenario.yaml", text: Fixture.manifest), SourceFile(path: "questions/a.yaml", text: a),
                     SourceFile(path: "questions/b.yaml", text: b)]
        let problem = try only(Fixture.problems(files))
        #expect(problem.message.contains("cycle"))
    }

    @Test("an empty rubric and a non-positive weight are reported")
    func rubricProblems() throws {
        let empty = Fixture.question().replacingOccurrences(of: #"(?s)      points:.*?model_answer"#,
                                                           with: "      points: []\n    model_answer",
                                                           options: .regularExpression)
        #expect(Fixture.problems(Fixture.files(empty)).contains { $0.message.contains("no key points") })
        let zero = Fixture.question().replacingOccurrences(of: "weight: 2", with: "weight: 0")
        let problem = try only(Fixture.problems(Fixture.files(zero)))
        #expect(problem.message.contains("positive number"))
        #expect(problem.line == 9)
    }

    @Test("out-of-range numbers and unknown enum values are reported")
    func ranges() throws {
        let manifest = Fixture.manifest.replacingOccurrences(of: "draw: 2", with: "draw: 500")
            .replacingOccurrences(of: "competency: ml-fundamentals", with: "competency: magic")
        let problems = Fixture.problems(Fixture.files(Fixture.question(), manifest: manifest))
        #expect(problems.contains { $0.message.contains("'draw' is 500, out of range") })
        #expect(problems.contains { $0.message.contains("unknown competency 'magic'") })
    }

    @Test("an unknown topic and an unknown round are reported")
    func unknownTopicAndRound() throws {
        let yaml = Fixture.question().replacingOccurrences(of: "topic: basics", with: "topic: basic")
            .replacingOccurrences(of: "round: technical", with: "round: technicl")
        let problems = Fixture.problems(Fixture.files(yaml))
        #expect(problems.contains { $0.message.contains("unknown topic 'basic'") && $0.message.contains("'basics'") })
        #expect(problems.contains { $0.message.contains("unknown round 'technicl'") })
    }

    @Test("a missing manifest is reported")
    func noManifest() throws {
        let problem = try only(Fixture.problems([SourceFile(path: "questions/q.yaml", text: Fixture.question())]))
        #expect(problem.message.contains("no scenario.yaml"))
    }

    @Test("every problem is reported, not only the first")
    func manyProblems() {
        let yaml = Fixture.question(extra: "    typo_one: 1\n    typo_two: 2\n")
            .replacingOccurrences(of: "weight: 1", with: "weight: -3")
        #expect(Fixture.problems(Fixture.files(yaml)).count == 3)
    }
}
