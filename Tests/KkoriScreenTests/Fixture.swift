import KkoriEngine
import KkoriScenario
import KkoriScoring
@testable import KkoriScreen

/// A small two-round scenario in both languages, with a follow-up tree, for screen tests.
enum Fixture {
    static func point(_ id: String, _ ko: String, _ en: String, _ koPhrases: [String], _ enPhrases: [String],
                      weight: Double = 1) -> KeyPoint {
        KeyPoint(id: id, weight: weight, conveys: Localized(ko: ko, en: en),
                 phrases: PhraseSet(ko: koPhrases, en: enPhrases))
    }

    static let overfit = Question(
        id: "ml-overfit", round: .technical, topic: "learning",
        text: Localized(ko: "과적합(overfitting)이 무엇이고, 어떻게 막을 수 있는지 설명해 주세요.",
                        en: "What is overfitting, and how can you prevent it?"),
        rubric: Rubric(points: [
            point("definition", "훈련 데이터에는 잘 맞지만 새로운 데이터에서는 성능이 떨어지는 현상",
                  "the model fits the training data but does worse on new data",
                  ["훈련 데이터", "일반화"], ["training data", "generalization"], weight: 2),
            point("regularization", "규제(L1/L2), 드롭아웃, 조기 종료로 모델의 복잡도를 억제한다",
                  "regularization (L1/L2), dropout and early stopping limit the model's complexity",
                  ["규제", "드롭아웃"], ["regularization", "dropout"]),
            point("data", "데이터를 늘리거나 증강한다", "more data or data augmentation", ["증강", "데이터를 늘"],
                  ["augmentation", "more data"]),
        ], misconceptions: [
            Misconception(id: "more-layers", says: Localized(ko: "층을 늘리면 과적합이 줄어든다 (오히려 늘기 쉽다)",
                                                             en: "more layers reduce overfitting (they tend to increase it)"),
                          phrases: PhraseSet(ko: ["층을 늘리면"], en: ["more layers"])),
        ]),
        followUps: [
            FollowUp(condition: FollowUpCondition(covered: ["regularization"]), target: "ml-overfit.l1l2"),
            FollowUp(condition: FollowUpCondition(missed: ["regularization"]), target: "ml-overfit.probe"),
        ],
        modelAnswer: Localized(ko: "과적합은 모델이 훈련 데이터의 잡음까지 외워 새로운 데이터에서 성능이 떨어지는 현상입니다.\n규제, 드롭아웃, 조기 종료, 데이터 증강으로 막습니다.",
                               en: "Overfitting is when a model memorises noise in the training data and does worse on new data.\nRegularization, dropout, early stopping and augmentation prevent it."),
        maxDepth: 2)

    static func followUp(_ id: String, parent: String, ko: String, en: String) -> Question {
        Question(id: id, round: .technical, topic: "learning", text: Localized(ko: ko, en: en),
                 rubric: Rubric(points: [point("core", "핵심", "the core idea", ["차이"], ["difference"])]),
                 followUps: [], modelAnswer: Localized(ko: "모범 답안", en: "Model answer"), parent: parent)
    }

    static let motivation = Question(
        id: "fit-motivation", round: .personality, topic: "fit",
        text: Localized(ko: "우리 회사에 지원한 동기는 무엇인가요?", en: "Why did you apply to us?"),
        rubric: Rubric(points: [point("concrete", "회사의 구체적인 제품이나 기술을 언급한다",
                                      "names a concrete product or technology of the company", ["제품"], ["product"])]),
        followUps: [], modelAnswer: Localized(ko: "구체적인 제품과 제 경험을 연결해 말합니다.",
                                              en: "I connect a concrete product with my experience."))

    static let scenario = Scenario(
        id: "fixture", title: Localized(ko: "AI/ML 엔지니어 면접", en: "AI/ML engineer interview"),
        rounds: [RoundSpec(kind: .technical, draw: 1, answerSeconds: 180, timeLimitSeconds: 2700),
                 RoundSpec(kind: .personality, draw: 1, answerSeconds: 120)],
        topics: ["learning": Topic(id: "learning", title: Localized(ko: "학습 이론", en: "Learning theory"),
                                   competency: .mlFundamentals),
                 "fit": Topic(id: "fit", title: Localized(ko: "지원 동기", en: "Motivation"), competency: .cultureFit)],
        questions: [
            "ml-overfit": overfit,
            "ml-overfit.l1l2": followUp("ml-overfit.l1l2", parent: "ml-overfit",
                                        ko: "L1 규제와 L2 규제의 차이는 무엇인가요?",
                                        en: "How do L1 and L2 regularization differ?"),
            "ml-overfit.probe": followUp("ml-overfit.probe", parent: "ml-overfit",
                                         ko: "모델의 복잡도를 줄이는 방법에는 무엇이 있나요?",
                                         en: "How can you reduce a model's complexity?"),
            "fit-motivation": motivation,
        ],
        roots: [.technical: ["ml-overfit"], .personality: ["fit-motivation"]])

    static func home(_ language: Language) -> HomeState {
        HomeState(scenarios: [ScenarioChoice(id: scenario.id, title: scenario.title, rounds: scenario.rounds)],
                  settings: HomeSettings(language: language),
                  resumable: HistoryEntry(path: "/data/s1.jsonl", date: "2026-11-28 21:04",
                                          title: language == .ko ? "AI/ML 엔지니어 면접 · 기술 2/5" : "AI/ML engineer · technical 2/5",
                                          score: nil, resumable: true))
    }

    /// A model and a session started on the fixture, the first question shown.
    static func started(_ language: Language, width: Int, height: Int, mode: InterviewMode = .practice)
        -> (AppModel, Session) {
        var home = home(language)
        home.settings.mode = mode
        var model = AppModel(home: home, width: width, height: height)
        var session = Session(scenario: scenario, config: SessionConfig(rounds: [.technical, .personality],
                                                                        language: language, mode: mode, seed: 1),
                              scorer: FixtureScorer(), version: "test")
        model.beginSession(scenario: scenario, language: language)
        for effect in session.handle(.started(at: 0)) { model.present(effect) }
        return (model, session)
    }

    /// Feeds the model's actions to the session, like the runtime does, and shows the effects.
    static func drive(_ model: inout AppModel, _ session: inout Session, _ inputs: [InputEvent], at time: Double) {
        for input in inputs {
            for action in model.handle(input, at: time) {
                guard case .session(let command) = action else { continue }
                let event: SessionEvent = switch command {
                case .submit(let text): .answerSubmitted(text, at: time)
                case .dontKnow: .dontKnowPressed(at: time)
                case .skip: .skipped(at: time)
                case .repeatQuestion: .repeatRequested(at: time)
                case .pause: .paused(at: time)
                case .resume: .resumed(at: time)
                case .proceed: .proceeded(at: time)
                case .quit: .quitRequested(at: time)
                }
                for effect in session.handle(event) { model.present(effect) }
            }
        }
    }

    /// Keys that type `text` one character at a time (as an input method delivers it).
    static func typing(_ text: String) -> [InputEvent] {
        text.map { $0 == "\n" ? .key(.enter) : .key(.character($0)) }
    }
}

/// The baseline scorer plus misconceptions and a piece of advice, so feedback shows every section.
struct FixtureScorer: AnswerScorer {
    func assess(_ answer: String, to question: Question, language: Language) -> Assessment {
        var assessment = CoverageScorer().assess(answer, to: question, language: language)
        let lowered = answer.lowercased()
        for item in question.rubric.misconceptions where item.phrases.all.contains(where: { lowered.contains($0) }) {
            assessment.misconceptions.append(item.id)
            assessment.flags.append(.misconception(item.id))
            assessment.score = max(0, assessment.score - item.penalty)
        }
        if !assessment.missed.isEmpty, !assessment.isDontKnow {
            assessment.advice.append(language == .ko ? "예시를 하나 들어 보세요." : "Add a concrete example.")
        }
        return assessment
    }
}
