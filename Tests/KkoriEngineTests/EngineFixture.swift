import KkoriEngine
import KkoriScenario
import KkoriScoring

/// A scenario built in code: three technical roots; `t1` has a tree with every kind of condition.
enum EngineFixture {
    static func point(_ id: String, _ phrase: String, weight: Double = 1) -> KeyPoint {
        KeyPoint(id: id, weight: weight, conveys: Localized(ko: id, en: id), phrases: PhraseSet(ko: [phrase], en: [phrase]))
    }

    static func question(_ id: String, round: RoundKind = .technical, points: [KeyPoint], followUps: [FollowUp] = [],
                         maxDepth: Int = 3, parent: String? = nil) -> Question {
        Question(id: id, round: round, topic: "basics", text: Localized(ko: "\(id)?", en: "\(id)?"),
                 rubric: Rubric(points: points), followUps: followUps, modelAnswer: Localized(ko: "답", en: "answer"),
                 maxDepth: maxDepth, parent: parent)
    }

    static func scenario(maxDepth: Int = 3, timeLimit: Int? = nil) -> Scenario {
        let t1 = question("t1", points: [point("alpha", "alpha", weight: 2), point("beta", "beta")], followUps: [
            FollowUp(condition: FollowUpCondition(dontKnow: true), target: "t1.easy"),
            FollowUp(condition: FollowUpCondition(covered: ["alpha", "beta"]), target: "t1.deep"),
            FollowUp(condition: FollowUpCondition(missed: ["beta"]), target: "t1.beta"),
            FollowUp(condition: FollowUpCondition(isDefault: true), target: "t1.deep"),
        ], maxDepth: maxDepth)
        let deep = question("t1.deep", points: [point("gamma", "gamma")], followUps: [
            FollowUp(condition: FollowUpCondition(scoreAtLeast: 0.5), target: "t1.deep.deeper"),
            FollowUp(condition: FollowUpCondition(scoreBelow: 0.5), target: "t1.deep.help"),
        ], parent: "t1")
        let nodes = [
            t1, deep,
            question("t1.deep.deeper", points: [point("delta", "delta")], followUps: [
                FollowUp(condition: FollowUpCondition(isDefault: true), target: "t1.deep.deeper.last")], parent: "t1.deep"),
            question("t1.deep.deeper.last", points: [point("eps", "epsilon")], parent: "t1.deep.deeper"),
            question("t1.deep.help", points: [point("hint", "hint")], parent: "t1.deep"),
            question("t1.beta", points: [point("beta2", "beta")], parent: "t1"),
            question("t1.easy", points: [point("easy", "easy")], parent: "t1"),
            question("t2", points: [point("two", "two")]),
            question("t3", points: [point("three", "three")]),
            question("p1", round: .project, points: [point("role", "my role")]),
        ]
        var questions: [String: Question] = [:]
        for node in nodes { questions[node.id] = node }
        return Scenario(id: "fixture", title: Localized(ko: "픽스처", en: "Fixture"),
                        rounds: [RoundSpec(kind: .technical, draw: 3, answerSeconds: 60, timeLimitSeconds: timeLimit),
                                 RoundSpec(kind: .project, draw: 1, answerSeconds: 60)],
                        topics: ["basics": Topic(id: "basics", title: Localized(ko: "기초", en: "Basics"), competency: .mlFundamentals)],
                        questions: questions, roots: [.technical: ["t1", "t2", "t3"], .project: ["p1"]],
                        contentHash: "0123456789abcdef")
    }

    static func session(seed: UInt64 = 1, mode: InterviewMode = .real, rounds: [RoundKind] = [.technical],
                        scenario: Scenario = scenario()) -> Session {
        Session(scenario: scenario, config: SessionConfig(rounds: rounds, language: .en, mode: mode, seed: seed),
                scorer: CoverageScorer(), version: "test")
    }
}

/// Drives a session with a virtual clock and collects what it asked.
struct Driver {
    var session: Session
    var time = 1000.0
    var effects: [SessionEffect] = []

    init(_ session: Session) {
        self.session = session
    }

    mutating func send(_ make: (Double) -> SessionEvent, after seconds: Double = 1) {
        time += seconds
        effects += session.handle(make(time))
    }

    var records: [SessionRecord] {
        effects.compactMap { if case .record(let r, _) = $0 { r } else { nil } }
    }

    var timedRecords: [(record: SessionRecord, at: Double)] {
        effects.compactMap { if case .record(let r, let t) = $0 { (r, t) } else { nil } }
    }

    var asked: [String] {
        records.compactMap { if case .asked(let a) = $0 { a.questionID } else { nil } }
    }

    var current: AskedQuestion? {
        if case .asking(let a) = session.phase { return a }
        return nil
    }
}
