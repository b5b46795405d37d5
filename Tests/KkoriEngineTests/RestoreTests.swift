import Testing
import KkoriEngine
import KkoriScenario
import KkoriScoring

@Suite("Resuming from a transcript")
struct RestoreTests {
    @Test("a restored session continues exactly where the original would")
    func continuesIdentically() throws {
        var original = Driver(EngineFixture.session(seed: 3, mode: .practice))
        original.send { .started(at: $0) }
        original.send { .answerSubmitted("alpha", at: $0) }
        original.send { .proceeded(at: $0) }
        original.send({ .paused(at: $0) }, after: 5)
        original.send({ .resumed(at: $0) }, after: 50)
        original.send { .answerSubmitted("beta", at: $0) }
        var twin = original
        original.send { .quitRequested(at: $0) }

        var restored = try Session.restore(from: original.timedRecords, scenario: EngineFixture.scenario(),
                                           scorer: CoverageScorer(), version: "test")
        let reopened = restored.reopen(at: original.time + 10)
        // It quit while reading feedback: that feedback is shown again, then the interview goes on
        // to the question the original would have asked.
        #expect(reopened.contains { if case .showFeedback(let f) = $0 { f.answer.text == "beta" } else { false } })
        let next = restored.handle(.proceeded(at: original.time + 11))
        twin.send { .proceeded(at: $0) }
        guard case .asking(let expected) = twin.session.phase else {
            Issue.record("twin should be asking")
            return
        }
        #expect(next.contains(.ask(expected)))
        // And both go on identically.
        var a = Driver(restored)
        var b = twin
        for text in ["alpha beta", "gamma", "delta", "two", "three"] {
            a.send { .answerSubmitted(text, at: $0) }
            b.send { .answerSubmitted(text, at: $0) }
            #expect(a.current == b.current)
        }
    }

    @Test("a transcript of another scenario or edited content is refused")
    func refusesMismatch() throws {
        var d = Driver(EngineFixture.session(seed: 3))
        d.send { .started(at: $0) }
        d.send { .answerSubmitted("alpha", at: $0) }
        var other = EngineFixture.scenario()
        other.id = "other"
        #expect(throws: RestoreError.otherScenario(expected: "other", found: "fixture")) {
            try Session.restore(from: d.timedRecords, scenario: other, scorer: CoverageScorer(), version: "t")
        }
        // Without the first question drawn, the same seed draws differently: the replay diverges.
        var edited = EngineFixture.scenario()
        let first = try #require(d.asked.first)
        edited.roots[.technical]?.removeAll { $0 == first }
        #expect(throws: RestoreError.diverged(question: first)) {
            try Session.restore(from: d.timedRecords, scenario: edited, scorer: CoverageScorer(), version: "t")
        }
    }

    @Test("a finished session cannot be resumed; an empty one has no start")
    func finishedAndEmpty() {
        var d = Driver(EngineFixture.session(seed: 1))
        d.send { .started(at: $0) }
        while d.session.isRunning { d.send { .skipped(at: $0) } }
        #expect(throws: RestoreError.finished) {
            try Session.restore(from: d.timedRecords, scenario: EngineFixture.scenario(), scorer: CoverageScorer(), version: "t")
        }
        #expect(throws: RestoreError.notStarted) {
            try Session.restore(from: [], scenario: EngineFixture.scenario(), scorer: CoverageScorer(), version: "t")
        }
    }
}
