import KkoriScenario
import Testing
@testable import KkoriScoring

/// Project and personality signals, read the same way for any rubric.
struct SignalTests {
    let scorer = RubricScorer()

    func signals(_ answer: String, _ question: Question) -> (Assessment, Set<SignalKind>) {
        let result = scorer.assess(answer, to: question, language: .ko)
        return (result, Set((result.signals ?? []).map(\.kind)))
    }

    @Test func projectAnswersShowNumbersRoleAndStructure() {
        let (result, kinds) = signals("기존 규칙 기반 추천은 신규 상품 노출이 적다는 문제가 있었습니다. 제가 LightGBM 랭커를 직접 설계하고 구현했고, A/B 테스트 결과 클릭률이 8.3% 올랐습니다. 팀은 ML 엔지니어 2명과 백엔드 1명이었습니다.", TestRubrics.project)
        #expect(kinds.isSuperset(of: [.quantitativeResult, .ownRole, .problem, .action, .result, .skillNamed]))
        #expect(!result.flags.contains(.noOwnRole))
        let evidence = result.signals?.first { $0.kind == .quantitativeResult }?.evidence
        #expect(evidence?.contains("8.3") == true)
    }

    @Test func weWithoutOwnRoleIsFlagged() {
        let (result, _) = signals("We built a recommendation system. We collected the data, we trained the models, we deployed them and our team improved the metrics a lot over the quarter.", TestRubrics.project)
        #expect(result.flags.contains(.noOwnRole))
        let (own, _) = signals("We built a recommendation system and I was responsible for the ranking model; I trained it and raised accuracy by 4%.", TestRubrics.project)
        #expect(!own.flags.contains(.noOwnRole))
        #expect(own.score > result.score)
    }

    @Test func yearsAreNotResults() {
        let (_, kinds) = signals("2021년에 입사해서 프로젝트를 했습니다.", TestRubrics.project)
        #expect(!kinds.contains(.quantitativeResult))
    }

    @Test func blamingAFormerCompanyIsFlaggedButNotWhenDenied() {
        let (blamed, _) = signals("지금 회사는 상사가 무능하고 동료들도 게을러서 더 있을 수가 없습니다.", TestRubrics.personality)
        #expect(blamed.flags.contains(.blame))
        let (english, _) = signals("My manager was incompetent and the company was a mess.", TestRubrics.personality)
        #expect(english.flags.contains(.blame))
        let (fair, _) = signals("I don't blame my manager; the company simply changed direction, and I want to grow.", TestRubrics.personality)
        #expect(!fair.flags.contains(.blame))
        let (growth, _) = signals("현 회사에서 많이 배웠고, 더 큰 규모에서 성장하고 싶어 귀사에 지원했습니다.", TestRubrics.personality)
        #expect(growth.score > blamed.score)
    }

    @Test func absolutesAndHarshSelfBlameAreFlagged() {
        let (absolute, _) = signals("저는 스트레스를 받지 않는 성격입니다.", TestRubrics.personality)
        #expect(absolute.flags.contains(.absolute))
        let (never, _) = signals("Honestly, I have never failed at anything.", TestRubrics.personality)
        #expect(never.flags.contains(.absolute))
        let (harsh, _) = signals("It was all my fault, I'm useless at planning.", TestRubrics.personality)
        #expect(harsh.flags.contains(.selfBlame))
    }

    @Test func personalityAnswersShowGrowthAndAConcreteSituation() {
        let (_, kinds) = signals("작년에 마감이 겹쳤을 때 일정을 나눠서 공유했고, 그 경험으로 우선순위를 정하는 법을 배웠습니다.", TestRubrics.personality)
        #expect(kinds.isSuperset(of: [.concreteExample, .growth]))
    }
}
