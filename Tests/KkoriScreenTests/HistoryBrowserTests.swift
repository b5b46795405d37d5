import KkoriEngine
import KkoriScenario
import Testing
@testable import KkoriScreen

@Suite("The history browser: keys in, requests out")
struct HistoryBrowserTests {
    func browser() -> HistoryBrowser {
        HistoryScreenFixture.browser(.en, width: 100, height: 30)
    }

    func text(_ browser: HistoryBrowser) -> String {
        browser.frame().textLines.joined(separator: "\n")
    }

    @Test("sorting and filtering change the visible rows; the selection follows its session")
    func sortAndFilter() {
        var b = browser()
        #expect(b.list.visible.map(\.name) == ["s4.jsonl", "s3.jsonl", "s2.jsonl", "s1.jsonl", "s0.jsonl"])
        _ = HistoryScreenFixture.drive(&b, [.character("s")])
        #expect(b.list.visible.map(\.name) == ["s4.jsonl", "s2.jsonl", "s0.jsonl", "s3.jsonl", "s1.jsonl"], "by score")
        _ = HistoryScreenFixture.drive(&b, [.character("o")])
        #expect(b.list.visible.first?.name == "s1.jsonl", "reversed")
        _ = HistoryScreenFixture.drive(&b, [.character("o"), .character("s"), .character("f")])
        #expect(b.list.visible.map(\.name) == ["s4.jsonl", "s0.jsonl", "s3.jsonl"], "technical rounds, longest first")
        _ = HistoryScreenFixture.drive(&b, [.character("f"), .character("f"), .character("f"), .character("f"),
                                            .character("t")])
        #expect(b.list.visible.count == 5, "every session is within the last 7 days")
        _ = HistoryScreenFixture.drive(&b, [.character("F")])
        #expect(b.list.visible.allSatisfy { $0.scenario == "backend" })
    }

    @Test("delete asks first: y deletes, n keeps")
    func delete() {
        var b = browser()
        #expect(HistoryScreenFixture.drive(&b, [.down, .character("d")]).isEmpty)
        #expect(b.context == .confirmDelete && text(b).contains("Delete this session?"))
        #expect(HistoryScreenFixture.drive(&b, [.character("n")]).isEmpty)
        #expect(b.context == .list)
        #expect(HistoryScreenFixture.drive(&b, [.character("d"), .character("y")]) == [.delete(path: "/d/s3.jsonl")])
    }

    @Test("replay, resume and compare are asked for only where they make sense")
    func requests() {
        var b = browser()
        #expect(HistoryScreenFixture.drive(&b, [.enter]) == [.replay(path: "/d/s4.jsonl")])
        #expect(HistoryScreenFixture.drive(&b, [.character("r")]).isEmpty, "a finished session is not resumed")
        #expect(text(b).contains("Only an interrupted"))
        #expect(HistoryScreenFixture.drive(&b, [.down, .character("r")]) == [.resume(path: "/d/s3.jsonl")])
        #expect(HistoryScreenFixture.drive(&b, [.down, .down, .enter]).isEmpty, "a newer format cannot be replayed")
        #expect(HistoryScreenFixture.drive(&b, [.character(" "), .up, .up, .up, .character("c")])
                    == [.compare(path: "/d/s4.jsonl", other: "/d/s1.jsonl", question: nil)])
        #expect(HistoryScreenFixture.drive(&b, [.character("p")]) == [.progress])
        #expect(HistoryScreenFixture.drive(&b, [.character("q")]) == [.close])
    }

    @Test("stepping walks the events; playback types the answer out as it was recorded")
    func playback() {
        var b = HistoryBrowser.replaying(HistoryScreenFixture.replay(.en), language: .en, width: 100, height: 30)
        _ = HistoryScreenFixture.drive(&b, [.right], at: 10)
        #expect(text(b).contains("What is overfitting"))
        _ = HistoryScreenFixture.drive(&b, [.character(" ")], at: 10)
        #expect(b.isPlaying)
        b.tick(at: 11.5)
        #expect(text(b).contains("Overfitt") && !text(b).contains("Overfitting fits"), "1.5 s in: ten characters typed")
        _ = HistoryScreenFixture.drive(&b, [.character("8")], at: 11.5)
        b.tick(at: 12.5)
        #expect(text(b).contains("Regularization helps"), "at 8× the whole answer is typed a second later")
        b.tick(at: 20)
        #expect(!b.isPlaying, "playback stops at the end")
        #expect(!b.frame().cells.contains { $0.code == 0x1B }, "an escape typed into the answer never reaches the screen")
        #expect(!text(b).contains("]0;owned"))
    }

    @Test("search finds answers and feedback, n repeats it; the picker jumps to a question")
    func searchAndJump() {
        var b = HistoryBrowser.replaying(HistoryScreenFixture.replay(.en), language: .en, width: 100, height: 30)
        _ = HistoryScreenFixture.drive(&b, [.character("/")] + "regularization helps".map { .character($0) } + [.enter])
        guard case .replay(let found) = b.page else { return }
        #expect(found.timeline.steps[found.current].kind == .answer)
        _ = HistoryScreenFixture.drive(&b, [.character("/")] + "zebra".map { .character($0) } + [.enter])
        #expect(text(b).contains("No match for “zebra”."))
        _ = HistoryScreenFixture.drive(&b, [.character("g"), .down, .enter])
        guard case .replay(let jumped) = b.page else { return }
        #expect(jumped.attempt == 1 && jumped.timeline.steps[jumped.current].kind == .question)
        #expect(HistoryScreenFixture.drive(&b, [.escape]) == [.close], "leaving the only page leaves history")
    }

    @Test("a hostile, enormous answer is cut and cleaned before it is laid out")
    func hostileAnswer() {
        let answer = String(repeating: "\u{1B}[2J가\u{1B}]52;c;AAAA\u{7}", count: 40_000)
        var b = HistoryBrowser.replaying(HistoryScreenFixture.replay(.ko, answer: answer), language: .ko, width: 80, height: 24)
        _ = HistoryScreenFixture.drive(&b, [.right, .right, .down, .down])
        let frame = b.frame()
        #expect(frame.textLines.joined().contains("가가가"))
        #expect(!frame.cells.contains { $0.code == 0x1B || $0.code == 0x07 })
        #expect(!frame.textLines.joined().contains("52;c"))
    }

    @Test("help comes from the key table and closes again; the terminal too small shows the enlarge notice")
    func helpAndSmall() {
        var b = browser()
        _ = HistoryScreenFixture.drive(&b, [.character("?")])
        #expect(b.context == .help && text(b).contains("Delete the selected session"))
        _ = HistoryScreenFixture.drive(&b, [.character("?")])
        #expect(b.context == .list)
        _ = b.handle(.resized(width: 30, height: 8), at: 0)
        #expect(b.isTooSmall && HistoryScreenFixture.drive(&b, [.enter]).isEmpty)
    }
}
