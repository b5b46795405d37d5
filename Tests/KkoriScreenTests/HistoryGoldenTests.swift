import KkoriEngine
import KkoriScenario
import Testing
@testable import KkoriScreen

/// The history screens in Korean and English at 80×24, 120×40 and the smallest laid-out size, against
/// golden snapshots (`KKORI_RECORD=1 swift test --filter HistoryGoldenTests` re-records them).
struct HistoryGoldenTests {
    static let cases = ScreenGoldenTests.cases

    static func name(_ screen: String, _ language: Language, _ width: Int, _ height: Int) -> String {
        "\(screen)-\(language.rawValue)-\(width)x\(height)"
    }

    @Test(arguments: cases)
    func list(language: Language, width: Int, height: Int) {
        var browser = HistoryScreenFixture.browser(language, width: width, height: height)
        _ = HistoryScreenFixture.drive(&browser, [.down, .character(" "), .down])
        #expect(Golden.mismatch(browser.frame(), Self.name("list", language, width, height), in: Golden.history) == nil)
    }

    @Test(arguments: cases)
    func deleteConfirmation(language: Language, width: Int, height: Int) {
        var browser = HistoryScreenFixture.browser(language, width: width, height: height)
        _ = HistoryScreenFixture.drive(&browser, [.character("d")])
        #expect(Golden.mismatch(browser.frame(), Self.name("delete", language, width, height), in: Golden.history) == nil)
    }

    @Test(arguments: cases)
    func replayWhileTyping(language: Language, width: Int, height: Int) {
        var browser = HistoryBrowser.replaying(HistoryScreenFixture.replay(language), language: language,
                                               width: width, height: height)
        _ = HistoryScreenFixture.drive(&browser, [.right, .character(" ")], at: 100)
        browser.tick(at: 103)
        #expect(Golden.mismatch(browser.frame(), Self.name("replay-typing", language, width, height), in: Golden.history) == nil)
    }

    @Test(arguments: cases)
    func replayFeedback(language: Language, width: Int, height: Int) {
        var browser = HistoryBrowser.replaying(HistoryScreenFixture.replay(language), language: language,
                                               width: width, height: height)
        _ = HistoryScreenFixture.drive(&browser, [.right, .right, .right, .right])
        #expect(Golden.mismatch(browser.frame(), Self.name("replay-feedback", language, width, height), in: Golden.history) == nil)
    }

    @Test(arguments: cases)
    func replayPicker(language: Language, width: Int, height: Int) {
        var browser = HistoryBrowser.replaying(HistoryScreenFixture.replay(language), language: language,
                                               width: width, height: height)
        _ = HistoryScreenFixture.drive(&browser, [.end, .character("g")])
        #expect(Golden.mismatch(browser.frame(), Self.name("replay-picker", language, width, height), in: Golden.history) == nil)
    }

    @Test(arguments: cases)
    func compare(language: Language, width: Int, height: Int) {
        let texts = QuestionTexts(scenario: Fixture.scenario, language: language)
        let older = CompareSide(label: "2026-11-20 19:30", path: "/d/a", digest: SessionDigest(
            entries: HistoryScreenFixture.entries(language, answer: language == .ko ? "잘 모르겠지만 데이터가 적어서요." : "Not enough data, I guess.")))
        var newer = SessionDigest(entries: HistoryScreenFixture.entries(language, offset: 86_400))
        newer.attempts[0].assessment?.points[1].credit = 1
        var browser = HistoryScreenFixture.browser(language, width: width, height: height)
        browser.showCompare(CompareState(CompareSide(label: "2026-11-21 19:30", path: "/d/b", digest: newer), older, texts: texts))
        #expect(Golden.mismatch(browser.frame(), Self.name("compare", language, width, height), in: Golden.history) == nil)
    }

    @Test(arguments: cases)
    func progress(language: Language, width: Int, height: Int) {
        var browser = HistoryScreenFixture.browser(language, width: width, height: height)
        browser.showProgress(HistoryScreenFixture.progress(language))
        #expect(Golden.mismatch(browser.frame(), Self.name("progress", language, width, height), in: Golden.history) == nil)
    }

    @Test(arguments: Language.allCases)
    func help(language: Language) {
        var browser = HistoryBrowser.replaying(HistoryScreenFixture.replay(language), language: language, width: 80, height: 24)
        _ = HistoryScreenFixture.drive(&browser, [.character("?")])
        #expect(Golden.mismatch(browser.frame(), Self.name("help-replay", language, 80, 24), in: Golden.history) == nil)
    }
}
