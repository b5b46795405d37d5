import KkoriScenario
import Testing
@testable import KkoriScoring

/// The session verdict is a plain function of the answers, with documented thresholds.
struct SessionAggregateTests {
    func answer(_ id: String, tree: String? = nil, _ competency: Competency, depth: Int = 0, score: Double,
                flags: [AnswerFlag] = [], misconceptions: [String] = [], detail: Double = 0.8) -> AnsweredQuestion {
        AnsweredQuestion(questionID: id, tree: tree ?? id, competency: competency, depth: depth,
                         assessment: Assessment(score: score, points: [], misconceptions: misconceptions, flags: flags,
                                                language: .ko, detail: detail))
    }

    @Test func strongAnswersEverywhereAreAStrongHire() {
        let result = SessionAggregate(answers: [
            answer("a", .mlFundamentals, score: 0.9), answer("a.1", tree: "a", .mlFundamentals, depth: 1, score: 0.85),
            answer("b", .csFundamentals, score: 0.8), answer("p", .projectDepth, score: 0.85),
            answer("c", .cultureFit, score: 0.8),
        ])
        #expect(result.recommendation == .strongHire)
        #expect(result.overall >= 0.75)
        #expect(result.competencies.map(\.competency).contains(.communication))
    }

    @Test func thresholdsSeparateTheCalls() {
        func call(_ score: Double) -> Recommendation {
            SessionAggregate(answers: [answer("a", .mlFundamentals, score: score, detail: score)]).recommendation
        }
        #expect(call(0.9) == .strongHire)
        #expect(call(0.65) == .hire)
        #expect(call(0.45) == .leanNoHire)
        #expect(call(0.2) == .noHire)
    }

    @Test func deeperAnswersWeighMore() {
        let shallowGood = SessionAggregate(answers: [answer("a", .mlFundamentals, score: 0.9),
                                                     answer("a.1", tree: "a", .mlFundamentals, depth: 2, score: 0.3)])
        let deepGood = SessionAggregate(answers: [answer("a", .mlFundamentals, score: 0.3),
                                                  answer("a.1", tree: "a", .mlFundamentals, depth: 2, score: 0.9)])
        let ml = { (s: SessionAggregate) in s.competencies.first { $0.competency == .mlFundamentals }?.score ?? 0 }
        #expect(ml(deepGood) > ml(shallowGood))
    }

    @Test func depthReachedPerTree() {
        let result = SessionAggregate(answers: [
            answer("a", .mlFundamentals, score: 0.8), answer("a.1", tree: "a", .mlFundamentals, depth: 1, score: 0.6),
            answer("a.2", tree: "a", .mlFundamentals, depth: 2, score: 0.1, flags: [.dontKnow]),
            answer("b", .csFundamentals, score: 0.2),
        ])
        #expect(result.trees.map(\.tree) == ["a", "b"])
        #expect(result.trees[0].asked == 2)
        #expect(result.trees[0].reached == 1)
        #expect(result.trees[0].endedOnDontKnow)
        #expect(result.trees[1].reached == nil)
    }

    @Test func redFlagsLowerTheCall() {
        let clean = SessionAggregate(answers: [answer("a", .mlFundamentals, score: 0.7), answer("c", .cultureFit, score: 0.7)])
        let blamed = SessionAggregate(answers: [answer("a", .mlFundamentals, score: 0.7),
                                                answer("c", .cultureFit, score: 0.7, flags: [.blame])])
        #expect(clean.recommendation == .hire)
        #expect(blamed.recommendation == .leanNoHire)
        #expect(blamed.redFlags == ["blame"])
    }

    @Test func noAnswersIsNoHire() {
        let result = SessionAggregate(answers: [])
        #expect(result.recommendation == .noHire)
        #expect(result.competencies.isEmpty)
    }
}
