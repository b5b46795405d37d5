import KkoriScenario
@testable import KkoriScoring

/// Small rubrics written for the tests, in the bundled scenario's style.
enum TestRubrics {
    static func point(_ id: String, _ weight: Double, _ aspect: Aspect?, ko: [String], en: [String]) -> KeyPoint {
        KeyPoint(id: id, weight: weight, conveys: Localized(ko: "\(id)에 대해 설명한다", en: "explains \(id)"),
                 phrases: PhraseSet(ko: ko, en: en), aspect: aspect)
    }

    static let synonyms: [[String]] = [
        ["KL 발산", "KL divergence", "쿨백-라이블러 발산"],
        ["과적합", "오버피팅", "overfitting"],
        ["엔트로피", "entropy"],
    ]

    static let kl = Question(
        id: "t-kl", round: .technical, topic: "probability",
        text: Localized(ko: "KL 발산이 무엇인가요?", en: "What is KL divergence?"),
        rubric: Rubric(points: [
            point("difference", 3, .definition, ko: ["두 분포의 차이", "분포가 얼마나 다른지", "분포 & 차이"],
                  en: ["difference between two distributions", "how different two distributions"]),
            point("asymmetric", 2, .definition, ko: ["비대칭", "대칭이 아니"], en: ["asymmetric", "not symmetric"]),
            point("non-negative", 2, .definition, ko: ["0 이상", "비음수"], en: ["non-negative", "always zero or more"]),
            point("formula", 2, .formula, ko: ["log(p/q)", "로그 비율의 기댓값"], en: ["log(p/q)", "expected log ratio"]),
            point("cross-entropy", 1, .beyond, ko: ["크로스 엔트로피 & 엔트로피"], en: ["cross-entropy minus entropy"]),
        ], misconceptions: [
            Misconception(id: "symmetric", says: Localized(ko: "KL은 대칭이다 (비대칭이다)", en: "KL is symmetric (it is not)"),
                          phrases: PhraseSet(ko: ["KL은 대칭", "KL 발산은 대칭"], en: ["kl is symmetric", "kl divergence is symmetric"])),
        ]),
        followUps: [],
        modelAnswer: Localized(ko: "KL 발산은 두 확률 분포의 차이를 재는 값으로, 항상 0 이상이며 비대칭입니다.",
                               en: "KL divergence measures how one distribution differs from another; it is non-negative and asymmetric."))

    static let project = Question(
        id: "t-project", round: .project, topic: "project-impact",
        text: Localized(ko: "가장 큰 성과를 낸 프로젝트를 설명해 주세요.", en: "Tell me about your most impactful project."),
        rubric: Rubric(points: [
            point("own-role", 3, .experience, ko: ["제가 맡", "제가 구현"], en: ["i was responsible", "i built"]),
            point("numbers", 3, .experience, ko: ["%", "정확도"], en: ["%", "accuracy"]),
            point("tech", 2, .experience, ko: ["lightgbm", "bert"], en: ["lightgbm", "bert"]),
        ]),
        followUps: [], modelAnswer: Localized(ko: "제가 추천 모델을 맡아 클릭률을 8% 올렸습니다.", en: "I built the ranker and raised CTR by 8%."))

    static let personality = Question(
        id: "t-leaving", round: .personality, topic: "career",
        text: Localized(ko: "이직하려는 이유는 무엇인가요?", en: "Why are you changing jobs?"),
        rubric: Rubric(points: [
            point("growth", 3, .experience, ko: ["성장", "도전"], en: ["grow", "challenge"]),
            point("link", 2, .experience, ko: ["귀사"], en: ["your company"]),
        ]),
        followUps: [], modelAnswer: Localized(ko: "더 큰 규모에서 성장하고 싶어 귀사에 지원했습니다.", en: "I want to grow at a larger scale."))
}
