import KkoriScenario
import Testing
@testable import KkoriScoring

/// The scorer orders answers as an interviewer would and explains itself.
struct RubricScorerTests {
    let scorer = RubricScorer(synonyms: TestRubrics.synonyms)

    func assess(_ answer: String, _ question: Question = TestRubrics.kl, _ language: Language = .ko) -> Assessment {
        scorer.assess(answer, to: question, language: language)
    }

    let full = "KL 발산은 두 분포의 차이를 나타내는 값으로, 식으로는 P에 대한 log(p/q)의 기댓값입니다. 깁스 부등식 때문에 항상 0 이상이고, P와 Q를 바꾸면 값이 달라지는 비대칭이라 거리는 아닙니다. 크로스 엔트로피에서 엔트로피를 뺀 값과 같아서 분류 손실과도 연결됩니다."

    @Test func answersAreOrderedFromFullToWrong() {
        let excellent = assess(full).score
        let partial = assess("두 분포의 차이를 재는 값이고 비대칭입니다.").score
        let dontKnow = assess("죄송합니다, 공부를 못 해서 잘 모르겠습니다.").score
        let wrong = assess("KL은 대칭인 거리라서 순서를 바꿔도 같은 값이 나옵니다.").score
        let empty = assess("").score
        #expect(excellent > partial)
        #expect(partial > dontKnow)
        #expect(dontKnow > wrong)
        #expect(dontKnow > empty)
        #expect(excellent > 0.8)
    }

    @Test func negationEarnsThePointInBothLanguages() {
        for (answer, language) in [("KL is not symmetric", Language.en), ("KL은 대칭이 아닙니다", .ko),
                                   ("KL은 대칭적이지 않다", .ko), ("KL divergence isn't symmetric", .en)] {
            let result = assess(answer, TestRubrics.kl, language)
            #expect(result.covered.contains("asymmetric"), "\(answer)")
            #expect(result.misconceptions.isEmpty, "\(answer)")
        }
    }

    @Test func aStatedMisconceptionIsFlaggedAndCosts() {
        let wrong = assess("KL은 대칭입니다. 두 분포의 차이를 잽니다.")
        let right = assess("KL은 비대칭입니다. 두 분포의 차이를 잽니다.")
        #expect(wrong.flags.contains(.misconception("symmetric")))
        #expect(wrong.misconceptions == ["symmetric"])
        #expect(!right.flags.contains(.misconception("symmetric")))
        #expect(right.score > wrong.score)
    }

    @Test func honestDontKnowIsFlaggedAndScoredLowButAboveABluff() {
        for answer in ["모르겠습니다.", "기억이 안 나서 답변하기 어렵습니다.", "I don't know, sorry.", "No idea, I haven't studied it."] {
            let result = assess(answer)
            #expect(result.isDontKnow, "\(answer)")
            #expect(result.score > 0 && result.score <= 0.3, "\(answer)")
        }
        let bluff = assess(String(repeating: "저는 다양한 프로젝트를 경험하며 협업의 중요성을 배웠고 꾸준히 성장하고 싶습니다. ", count: 5))
        #expect(bluff.flags.contains(.bluff))
        #expect(bluff.score < assess("모르겠습니다.").score)
    }

    @Test(arguments: [
        ("솔직히 잘 모르겠습니다.", Language.ko), ("그 부분은 모르겠어요.", .ko), ("이건 잘 모르겠는데, 죄송합니다.", .ko),
        ("KL 발산은 들어본 적은 있는데 무엇인지는 잘 모릅니다.", .ko), ("공식이 기억이 안 나서 답변하기 어렵습니다.", .ko),
        ("잘 모르지만 정보 이론과 관련된 개념인 것 같습니다.", .ko), ("죄송하지만 잘 모릅니다.", .ko),
        ("그건 잘 몰라요.", .ko), ("KL 발산이 뭔지 잘 모릅니다.", .ko),
        ("KL 발산을 어떻게 계산하는지는 정확히 몰라요.", .ko),
        ("Honestly, I really don't know.", .en), ("Not sure, sorry.", .en),
        ("I'm not sure, but I think it comes from information theory.", .en),
    ])
    func anOwnAdmissionInAnyFormIsDontKnow(answer: String, language: Language) {
        #expect(assess(answer, TestRubrics.kl, language).isDontKnow, "\(answer)")
    }

    @Test(arguments: [
        ("잘 모르는 사람도 이해하도록 설명하면, 실제 분포를 근사 분포로 표현할 때 잃는 정보량입니다.", Language.ko),
        ("모델이 정답을 모르는 상태에서 예측한 분포와 실제 분포 사이에서 잃는 정보량을 잽니다.", .ko),
        ("사용자가 정답을 몰라서 생기는 정보 손실을 숫자로 나타낸 값입니다.", .ko),
        ("If we do not know the true distribution, we approximate it and measure the information we lose.", .en),
    ])
    func notKnowingAsContentIsNotDontKnow(answer: String, language: Language) {
        #expect(!assess(answer, TestRubrics.kl, language).isDontKnow, "\(answer)")
    }

    @Test(arguments: [
        ("KL 발산은 대칭이라고 오해하기 쉬운데 실제로는 비대칭입니다.", Language.ko),
        ("흔히 KL은 대칭이라고 생각하지만 사실은 순서를 바꾸면 값이 달라집니다.", .ko),
        ("People sometimes say KL is symmetric, but it is not.", .en),
        ("It is a common misconception that KL divergence is symmetric; swapping p and q changes it.", .en),
        ("KL is symmetric, which is wrong: the order of p and q matters.", .en),
    ])
    func aBeliefReportedToBeCorrectedIsNotAMisconception(answer: String, language: Language) {
        #expect(assess(answer, TestRubrics.kl, language).misconceptions.isEmpty, "\(answer)")
    }

    @Test(arguments: [
        ("KL 발산은 대칭이라고 생각합니다.", Language.ko), ("KL은 대칭이라서 순서는 상관없습니다.", .ko),
        ("I think KL divergence is symmetric.", .en), ("KL is symmetric, so the order does not matter.", .en),
        ("KL is symmetric, but it measures a difference.", .en),
    ])
    func aMisconceptionStatedAsOwnIsStillCaught(answer: String, language: Language) {
        #expect(assess(answer, TestRubrics.kl, language).misconceptions == ["symmetric"], "\(answer)")
    }

    @Test func aHedgedPartialAnswerKeepsItsPoints() {
        let result = assess("잘 모르지만 비대칭이라고 기억합니다.")
        #expect(result.covered.contains("asymmetric"))
        #expect(!result.isDontKnow)
        #expect(result.score > assess("잘 모르겠습니다.").score)
    }

    @Test func aOneLinerScoresBelowAFullExplanationOfTheSamePoints() {
        let oneLiner = assess("두 분포의 차이이고 비대칭입니다.")
        let explained = assess("KL 발산은 두 분포의 차이를 나타냅니다. 예를 들어 실제 분포 P를 Q로 근사할 때 얼마나 정보를 잃는지를 보여 주는데, 직관적으로는 Q로 부호화하면 추가로 드는 비트 수입니다. 그리고 P와 Q의 순서를 바꾸면 값이 달라지는 비대칭이라는 점이 중요한데, 그래서 실무에서는 어느 방향을 쓰는지에 따라 결과가 달라집니다.")
        #expect(Set(oneLiner.covered) == Set(explained.covered))
        #expect(explained.score > oneLiner.score)
        #expect((explained.detail ?? 0) > (oneLiner.detail ?? 0))
    }

    @Test func evidenceNamesTheWordsThatMatched() {
        let result = assess("KL은 비대칭이고 항상 0 이상입니다.")
        let asymmetric = result.points.first { $0.id == "asymmetric" }
        #expect(asymmetric?.evidence.first?.contains("비대칭") == true)
        let missed = result.points.first { $0.id == "formula" }
        #expect(missed?.evidence.isEmpty == true)
        #expect(missed?.credit == 0)
    }

    @Test func typosEarnPartialCredit() {
        let exact = assess("KL divergence is asymmetric", TestRubrics.kl, .en)
        let typo = assess("KL divergence is asymmetrc", TestRubrics.kl, .en)
        let credit = { (a: Assessment) in a.points.first { $0.id == "asymmetric" }?.credit ?? 0 }
        #expect(credit(exact) == 1)
        #expect(credit(typo) > 0.5 && credit(typo) < 1)
    }

    @Test func synonymsAndCodeMixingCount() {
        let result = assess("쿨백-라이블러 발산은 KL divergence라고도 하며 두 분포의 차이를 나타냅니다.")
        #expect(result.covered.contains("difference"))
    }

    @Test func theSameAnswerGetsTheSameAssessment() {
        let first = assess(full)
        for _ in 0..<3 { #expect(assess(full) == first) }
        #expect(RubricScorer(synonyms: TestRubrics.synonyms).assess(full, to: TestRubrics.kl, language: .ko) == first)
    }

    @Test func adviceNamesWhatToAdd() {
        let result = assess("두 분포의 차이입니다.", TestRubrics.kl, .en)
        #expect(!result.advice.isEmpty)
        #expect(result.advice.contains { $0.contains("asymmetric") || $0.contains("non-negative") || $0.contains("formula") })
    }

    @Test(arguments: ["", "   ", "?!?!...,,,", "😀🚀🇰🇷👍🏽", "\u{0}\u{7}\u{1B}[2J\u{7F}", "ㅋㅋㅋㅋ ㅠㅠ",
                      "KL은 divergence 大 שלום мир 🚀 비대칭", String(repeating: "\u{301}", count: 50)])
    func oddInputGetsAScore(answer: String) {
        let result = assess(answer)
        #expect(result.score >= 0 && result.score <= 1)
        #expect(result.points.count == TestRubrics.kl.rubric.points.count)
    }

    @Test func aHundredKilobyteAnswerIsScored() {
        let long = String(repeating: "KL 발산은 두 분포의 차이를 나타내고 비대칭입니다. ", count: 2_000)
        #expect(long.utf8.count > 100_000)
        let result = assess(long)
        #expect(result.covered.contains("asymmetric"))
        #expect(result.score >= 0 && result.score <= 1)
    }

    @Test func evidenceStaysShortForHugeUnspacedAnswers() {
        let result = assess(String(repeating: "대칭아님", count: 25_000))
        for point in result.points {
            for evidence in point.evidence { #expect(evidence.count < 200) }
        }
        #expect(result.score >= 0 && result.score <= 1)
    }

    @Test func theAssessmentLanguageIsTheSessions() {
        #expect(assess("KL is asymmetric", TestRubrics.kl, .en).language == .en)
        #expect(RubricScorer.detectLanguage(of: "KL 발산은 비대칭입니다") == .ko)
        #expect(RubricScorer.detectLanguage(of: "KL divergence is asymmetric") == .en)
        #expect(RubricScorer.detectLanguage(of: "?!") == nil)
    }
}
