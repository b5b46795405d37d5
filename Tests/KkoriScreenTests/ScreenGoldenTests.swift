import KkoriEngine
import KkoriScenario
import Testing
@testable import KkoriScreen

/// Every screen, in Korean and English, at 80×24, 120×40 and the smallest laid-out size, compared with
/// golden snapshots (`KKORI_RECORD=1 swift test --filter ScreenGoldenTests` re-records them).
struct ScreenGoldenTests {
    static let sizes = [(80, 24), (120, 40), (AppModel.minimumWidth, AppModel.minimumHeight)]
    static let cases: [(Language, Int, Int)] = Language.allCases.flatMap { language in
        sizes.map { (language, $0.0, $0.1) }
    }

    static func answer(_ language: Language) -> String {
        language == .ko
            ? "과적합은 모델이 훈련 데이터에만 잘 맞고 새로운 데이터에서는 성능이 떨어지는 현상입니다.\n규제나 드롭아웃으로 막을 수 있고, 층을 늘리면 좋아집니다."
            : "Overfitting means the model fits the training data but not new data.\nUse regularization or dropout; more layers also help."
    }

    static func name(_ screen: String, _ language: Language, _ width: Int, _ height: Int) -> String {
        "\(screen)-\(language.rawValue)-\(width)x\(height)"
    }

    @Test(arguments: cases)
    func home(language: Language, width: Int, height: Int) {
        let model = AppModel(home: Fixture.home(language), width: width, height: height)
        #expect(Golden.mismatch(model.frame(), Self.name("home", language, width, height)) == nil)
    }

    @Test(arguments: cases)
    func interviewWhileTyping(language: Language, width: Int, height: Int) {
        var (model, session) = Fixture.started(language, width: width, height: height)
        Fixture.drive(&model, &session, Fixture.typing(Self.answer(language)), at: 42)
        model.updateClock(ClockReadout(answer: 42, guidance: 180, round: 42, roundLimit: 2700), paused: false)
        #expect(Golden.mismatch(model.frame(), Self.name("interview", language, width, height)) == nil)
    }

    @Test(arguments: cases)
    func interviewPaused(language: Language, width: Int, height: Int) {
        var (model, session) = Fixture.started(language, width: width, height: height)
        Fixture.drive(&model, &session, Fixture.typing("secret") + [.key(.control("p"))], at: 5)
        #expect(Golden.mismatch(model.frame(), Self.name("paused", language, width, height)) == nil)
    }

    @Test(arguments: cases)
    func feedbackWithModelAnswer(language: Language, width: Int, height: Int) {
        var (model, session) = Fixture.started(language, width: width, height: height)
        Fixture.drive(&model, &session, [.paste(Self.answer(language)), .key(.control("d")), .key(.character("m"))],
                      at: 60)
        #expect(Golden.mismatch(model.frame(), Self.name("feedback", language, width, height)) == nil)
    }

    @Test(arguments: Language.allCases)
    func feedbackAfterDontKnow(language: Language) {
        var (model, session) = Fixture.started(language, width: 80, height: 24)
        Fixture.drive(&model, &session, [.key(.control("n"))], at: 30)
        #expect(Golden.mismatch(model.frame(), Self.name("feedback-dontknow", language, 80, 24)) == nil)
    }

    @Test(arguments: cases)
    func roundSummary(language: Language, width: Int, height: Int) {
        var (model, session) = Fixture.started(language, width: width, height: height)
        let keys: [InputEvent] = [.paste(Self.answer(language)), .key(.control("d")), .key(.enter),
                                  .key(.control("n")), .key(.enter)]
        Fixture.drive(&model, &session, keys, at: 90)
        #expect(Golden.mismatch(model.frame(), Self.name("summary", language, width, height)) == nil)
    }

    @Test(arguments: cases)
    func report(language: Language, width: Int, height: Int) {
        var (model, session) = Fixture.started(language, width: width, height: height)
        let keys: [InputEvent] = [.paste(Self.answer(language)), .key(.control("d")), .key(.enter),
                                  .key(.control("n")), .key(.enter), .key(.enter),
                                  .paste(language == .ko ? "제품이 좋아서" : "I like your product"), .key(.control("d")),
                                  .key(.enter), .key(.enter)]
        Fixture.drive(&model, &session, keys, at: 120)
        #expect(Golden.mismatch(model.frame(), Self.name("report", language, width, height)) == nil)
    }

    @Test(arguments: cases)
    func codingTask(language: Language, width: Int, height: Int) {
        var (model, _) = Fixture.started(language, width: width, height: height)
        model.present(.presentTask(taskID: "conv2d-forward", number: 1, total: 2, timeLimitSeconds: 1800))
        let statement = language == .ko
            ? "numpy로 2차원 합성곱의 순전파를 구현하세요.\n\ndef conv2d(x, w, b, stride=1, padding=0) -> np.ndarray"
            : "Implement the forward pass of a 2-D convolution in numpy.\n\ndef conv2d(x, w, b, stride=1, padding=0) -> np.ndarray"
        model.setTask(statement: statement, solutionPath: "/home/me/.local/share/kkori/solutions/conv2d-forward.py")
        model.updateClock(ClockReadout(round: 1_500, roundLimit: 1800), paused: false)
        let lines = [
            TaskLine("  visible  basic       accepted        1.20 ms", tone: .passed),
            TaskLine("  visible  stride-2    wrong-answer    0.90 ms", tone: .failed),
            TaskLine("      out[0, 3, 1, 2] = 0.4, expected 0.71", tone: .detail),
            TaskLine("      inputs: x 2×3×7×5, w 4×3×3×3, b 4", tone: .detail),
        ]
        model.showTaskOutcome(TaskOutcome(taskID: "conv2d-forward", verdict: "wrong-answer", passed: 1, total: 2,
                                          visibleOnly: true), lines: lines)
        #expect(Golden.mismatch(model.frame(), Self.name("task", language, width, height)) == nil)
    }

    @Test(arguments: cases)
    func helpFromTheInterview(language: Language, width: Int, height: Int) {
        var (model, session) = Fixture.started(language, width: width, height: height)
        Fixture.drive(&model, &session, [.key(.function(1))], at: 1)
        #expect(Golden.mismatch(model.frame(), Self.name("help", language, width, height)) == nil)
    }

    @Test(arguments: cases)
    func quitConfirmation(language: Language, width: Int, height: Int) {
        var (model, session) = Fixture.started(language, width: width, height: height)
        Fixture.drive(&model, &session, Fixture.typing("draft") + [.key(.control("c"))], at: 1)
        #expect(Golden.mismatch(model.frame(), Self.name("quit", language, width, height)) == nil)
    }

    @Test(arguments: [(30, 8), (12, 3), (1, 1)] as [(Int, Int)])
    func enlargeNotice(width: Int, height: Int) {
        for language in Language.allCases {
            let model = AppModel(home: Fixture.home(language), width: width, height: height)
            #expect(Golden.mismatch(model.frame(), Self.name("enlarge", language, width, height)) == nil)
        }
    }
}
