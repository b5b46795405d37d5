import Foundation
import Testing
import KkoriEngine
import KkoriScenario
import KkoriScoring

@Suite("Interview engine")
struct SessionTests {
    /// Starts a session whose first root is `t1` (searching seeds keeps the test independent of the shuffle).
    func startedOnT1(mode: InterviewMode = .real, maxDepth: Int = 3, timeLimit: Int? = nil) -> Driver {
        for seed in UInt64(0)..<200 {
            var driver = Driver(EngineFixture.session(seed: seed, mode: mode,
                                                      scenario: EngineFixture.scenario(maxDepth: maxDepth, timeLimit: timeLimit)))
            driver.send { .started(at: $0) }
            if driver.current?.questionID == "t1" { return driver }
        }
        Issue.record("no seed starts on t1")
        return Driver(EngineFixture.session())
    }

    @Test("a good answer goes deeper; depth and chain are tracked")
    func deeperWhenGood() throws {
        var d = startedOnT1()
        d.send { .answerSubmitted("alpha and beta", at: $0) }
        let next = try #require(d.current)
        #expect(next.questionID == "t1.deep")
        #expect(next.depth == 1 && next.chain == ["t1", "t1.deep"] && next.number == 1)
        d.send { .answerSubmitted("gamma", at: $0) }
        #expect(d.current?.questionID == "t1.deep.deeper")
        #expect(d.current?.depth == 2)
    }

    @Test("a partial answer is probed at the missed point")
    func probeMissed() {
        var d = startedOnT1()
        d.send { .answerSubmitted("alpha only", at: $0) }
        #expect(d.current?.questionID == "t1.beta")
    }

    @Test("score thresholds choose between follow-ups")
    func thresholds() {
        var d = startedOnT1()
        d.send { .answerSubmitted("alpha beta", at: $0) }
        d.send { .answerSubmitted("something unrelated", at: $0) }
        #expect(d.current?.questionID == "t1.deep.help")
    }

    @Test("the default follow-up applies when nothing else holds")
    func defaultBranch() {
        var d = startedOnT1()
        d.send { .answerSubmitted("beta without the other", at: $0) }
        #expect(d.current?.questionID == "t1.deep")
    }

    @Test("an honest don't know takes the dont-know branch, or moves on when there is none")
    func dontKnow() {
        var d = startedOnT1()
        d.send { .dontKnowPressed(at: $0) }
        #expect(d.current?.questionID == "t1.easy")
        let scored = d.records.compactMap { if case .scored(let s) = $0 { s } else { nil } }
        #expect(scored.last?.assessment.isDontKnow == true)
        d.send { .dontKnowPressed(at: $0) }
        // t1.easy has no follow-ups: next root.
        #expect(d.current?.depth == 0)
        #expect(d.current?.questionID != "t1")
    }

    @Test("the depth limit ends the tree")
    func depthLimit() {
        var d = startedOnT1(maxDepth: 1)
        d.send { .answerSubmitted("alpha beta", at: $0) }
        #expect(d.current?.questionID == "t1.deep")
        d.send { .answerSubmitted("gamma", at: $0) }
        #expect(d.current?.depth == 0)
        let reasons = d.records.compactMap { if case .followUp(let f) = $0 { f.reason } else { nil } }
        #expect(reasons.last == .depthLimit)
    }

    @Test("the same seed and answers give the same session; roots never repeat")
    func determinism() {
        func run(seed: UInt64) -> [String] {
            var d = Driver(EngineFixture.session(seed: seed))
            d.send { .started(at: $0) }
            while d.session.isRunning { d.send { .answerSubmitted("alpha", at: $0) } }
            return d.asked
        }
        #expect(run(seed: 7) == run(seed: 7))
        let orders = Set((0..<20).map { run(seed: UInt64($0)).filter { !$0.contains(".") } })
        #expect(orders.count > 1, "different seeds should draw different orders")
        for order in orders { #expect(Set(order).count == order.count) }
    }

    @Test("pause stops the answer clock; actions are ignored while paused")
    func pauseResume() throws {
        var d = startedOnT1()
        d.send({ .paused(at: $0) }, after: 10)
        #expect(d.session.isPaused)
        d.send({ .answerSubmitted("alpha beta", at: $0) }, after: 100)
        #expect(d.current?.questionID == "t1", "answers are not taken while paused")
        d.send({ .resumed(at: $0) }, after: 100)
        d.send({ .answerSubmitted("alpha beta", at: $0) }, after: 5)
        let answers = d.records.compactMap { if case .answered(let a) = $0 { a } else { nil } }
        #expect(answers.count == 1)
        #expect(abs(try #require(answers.first).seconds - 15) < 1e-9, "10 s before the pause + 5 after")
    }

    @Test("practice mode shows feedback and waits; real mode goes straight on")
    func modes() {
        var practice = startedOnT1(mode: .practice)
        practice.send { .answerSubmitted("alpha", at: $0) }
        guard case .feedback(let feedback) = practice.session.phase else {
            Issue.record("expected feedback")
            return
        }
        #expect(feedback.nextFollowUp == "t1.beta")
        #expect(practice.effects.contains { if case .showFeedback = $0 { true } else { false } })
        practice.send { .proceeded(at: $0) }
        #expect(practice.current?.questionID == "t1.beta")
        var real = startedOnT1(mode: .real)
        real.send { .answerSubmitted("alpha", at: $0) }
        #expect(!real.effects.contains { if case .showFeedback = $0 { true } else { false } })
    }

    @Test("skip ends the tree; repeat asks the same question again")
    func skipAndRepeat() {
        var d = startedOnT1()
        d.send { .repeatRequested(at: $0) }
        #expect(d.current?.questionID == "t1")
        #expect(d.records.contains(.repeated(questionID: "t1")))
        d.send { .skipped(at: $0) }
        #expect(d.current?.depth == 0 && d.current?.questionID != "t1")
    }

    @Test("the round's time limit ends the round and records a timeout")
    func timeLimit() {
        var d = startedOnT1(timeLimit: 60)
        d.send({ .ticked(at: $0) }, after: 30)
        #expect(d.current?.questionID == "t1")
        #expect(!d.session.roundTimeIsUp(at: d.time + 29))
        d.send({ .paused(at: $0) })
        #expect(!d.session.roundTimeIsUp(at: d.time + 100), "paused time does not count")
        d.send({ .resumed(at: $0) }, after: 100)
        #expect(d.session.roundTimeIsUp(at: d.time + 29))
        d.send({ .ticked(at: $0) }, after: 29)
        #expect(!d.session.roundTimeIsUp(at: d.time), "the round is over")
        let answers = d.records.compactMap { if case .answered(let a) = $0 { a.kind } else { nil } }
        #expect(answers == [.timeout])
        #expect(d.records.contains { if case .roundEnded(let s) = $0 { s.ending == .timeLimit } else { false } })
        guard case .finished = d.session.phase else {
            Issue.record("single-round session should finish")
            return
        }
    }

    @Test("rounds run in order and the report covers them")
    func report() throws {
        var d = Driver(EngineFixture.session(rounds: [.technical, .project]))
        d.send { .started(at: $0) }
        while d.session.isRunning {
            let text = d.current?.round == .project ? "my role was the model" : "alpha beta gamma delta"
            d.send { .answerSubmitted(text, at: $0) }
        }
        guard case .finished(let report) = d.session.phase else {
            Issue.record("not finished")
            return
        }
        #expect(report.rounds.map(\.round) == [.technical, .project])
        #expect(report.trees.count == 4)
        let t1 = try #require(report.trees.first { $0.rootID == "t1" })
        #expect(t1.depthAsked == 3 && t1.depthAnsweredWell == 2)
        #expect(report.competencies.contains { $0.competency == .mlFundamentals })
        #expect(report.overall > 0 && report.overall <= 1)
        #expect(report.recommendation == SessionAggregate(answers: d.session.answeredItems.map {
            AnsweredQuestion(questionID: $0.questionID, tree: $0.rootID, competency: $0.competency, depth: $0.depth,
                             assessment: $0.assessment)
        }).recommendation)
    }

    @Test("a report without the lists newer versions added still decodes, with them empty")
    func reportFromAnOlderVersion() throws {
        var d = Driver(EngineFixture.session(rounds: [.technical]))
        d.send { .started(at: $0) }
        while d.session.isRunning { d.send { .answerSubmitted("alpha beta gamma delta", at: $0) } }
        guard case .finished(let report) = d.session.phase else {
            Issue.record("not finished")
            return
        }
        let encoded = try JSONEncoder().encode(report)
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["redFlags"] != nil && object["missedPoints"] != nil)
        for key in ["redFlags", "missedPoints", "tasks", "competencies"] { object.removeValue(forKey: key) }
        let old = try JSONDecoder().decode(SessionReport.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.redFlags.isEmpty && old.missedPoints.isEmpty && old.tasks.isEmpty && old.competencies.isEmpty)
        #expect(old.trees == report.trees && old.overall == report.overall)
        #expect(try JSONDecoder().decode(SessionReport.self, from: encoded) == report)
        object.removeValue(forKey: "trees")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SessionReport.self, from: JSONSerialization.data(withJSONObject: object))
        }
    }

    @Test("quit stops the session and leaves it resumable")
    func quit() {
        var d = startedOnT1()
        d.send { .quitRequested(at: $0) }
        #expect(d.session.phase == .quit)
        #expect(d.effects.last == .stoppedResumable)
        d.send { .answerSubmitted("alpha", at: $0) }
        #expect(d.records.last == .quit)
    }
}
