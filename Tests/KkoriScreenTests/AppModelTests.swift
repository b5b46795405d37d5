import Foundation
import KkoriEngine
import KkoriScenario
import Testing
@testable import KkoriScreen

/// The front end's behaviour: what keys, pastes and resizes do to the screens and what they ask of
/// the runtime.
struct AppModelTests {
    @Test func aPasteIsTextEvenWhenItLooksLikeCommands() {
        var (model, _) = Fixture.started(.en, width: 80, height: 24)
        let actions = model.handle(.paste("line one\u{4}\u{3}\nq?"), at: 3)
        #expect(model.draftAnswer == "line one\nq?")
        #expect(!model.confirmingQuit)
        #expect(actions.allSatisfy { if case .record = $0 { true } else { false } })
    }

    @Test func anEmptyAnswerIsNotSubmitted() {
        var (model, _) = Fixture.started(.ko, width: 80, height: 24)
        _ = model.handle(.paste("   \n "), at: 1)
        #expect(model.handle(.key(.control("d")), at: 2).isEmpty)
        guard case .interview(let state) = model.screen else { Issue.record("not answering"); return }
        #expect(state.notice == UIStrings.korean.emptyAnswer)
    }

    @Test func ctrlCAsksFirstAndKeepsTheAnswer() {
        var (model, _) = Fixture.started(.en, width: 80, height: 24)
        _ = model.handle(.paste("half an answer"), at: 1)
        #expect(model.handle(.key(.control("c")), at: 2).isEmpty)
        #expect(model.confirmingQuit)
        #expect(model.handle(.key(.character("x")), at: 3).isEmpty)        // typing doesn't reach the editor
        _ = model.handle(.key(.escape), at: 4)
        #expect(!model.confirmingQuit)
        #expect(model.draftAnswer == "half an answer")
        _ = model.handle(.key(.control("c")), at: 5)
        #expect(model.handle(.key(.character("y")), at: 6) == [.session(.quit), .exit])
    }

    @Test func resizingKeepsTheAnswerAndTheCursor() {
        var (model, _) = Fixture.started(.ko, width: 80, height: 24)
        _ = model.handle(.paste("딥러닝 모델의 과적합을 막는 방법은 규제와 드롭아웃입니다"), at: 1)
        _ = model.handle(.key(.wordLeft), at: 2)
        _ = model.handle(.resized(width: 50, height: 14), at: 3)
        _ = model.handle(.resized(width: 3, height: 2), at: 4)
        #expect(model.frame().textLines.joined().contains("+") || model.frame().textLines.joined().contains("↔"))
        _ = model.handle(.resized(width: 120, height: 40), at: 5)
        _ = model.handle(.key(.character("X")), at: 6)
        #expect(model.draftAnswer == "딥러닝 모델의 과적합을 막는 방법은 규제와 X드롭아웃입니다")
    }

    @Test func belowTheMinimumSizeOnlyQuittingWorks() {
        var (model, _) = Fixture.started(.en, width: 30, height: 8)
        #expect(model.isTooSmall)
        #expect(model.handle(.key(.character("a")), at: 1).isEmpty)
        #expect(model.handle(.paste("text"), at: 1).isEmpty)
        #expect(model.draftAnswer == "")
        _ = model.handle(.key(.control("c")), at: 2)
        #expect(model.confirmingQuit)
    }

    @Test func typedEditsAreRecordedWithTheCallersTime() {
        var (model, _) = Fixture.started(.ko, width: 80, height: 24)
        #expect(model.handle(.key(.character("네")), at: 7.25) == [.record(TextEdit(time: 7.25, offset: 0, removed: 0,
                                                                                   inserted: "네"))])
        #expect(model.handle(.key(.left), at: 8).isEmpty)
    }

    @Test func pauseHidesTheAnswerAndOnlyResumeWorks() {
        var (model, _) = Fixture.started(.en, width: 80, height: 24)
        _ = model.handle(.paste("secret"), at: 1)
        #expect(model.handle(.key(.control("p")), at: 2) == [.session(.pause)])
        #expect(!model.frame().textLines.joined().contains("secret"))
        #expect(model.handle(.key(.character("z")), at: 3).isEmpty)
        #expect(model.handle(.key(.enter), at: 4) == [.session(.resume)])
        #expect(model.draftAnswer == "secret")
    }

    @Test func effectsBehindARoundSummaryWaitForIt() {
        var (model, session) = Fixture.started(.en, width: 80, height: 24)
        Fixture.drive(&model, &session, [.key(.control("o"))], at: 5)      // skip: the round ends
        guard case .summary = model.screen else { Issue.record("expected the summary"); return }
        Fixture.drive(&model, &session, [.key(.enter)], at: 6)
        guard case .interview(let state) = model.screen else { Issue.record("expected a question"); return }
        #expect(state.asked.round == .personality)
    }

    @Test func breadcrumbsFollowTheBranchesTaken() {
        var (model, session) = Fixture.started(.en, width: 80, height: 24)
        Fixture.drive(&model, &session, [.paste("I do not remember the details"), .key(.control("d")), .key(.enter)], at: 9)
        guard case .interview(let state) = model.screen else { Issue.record("expected a follow-up"); return }
        #expect(state.asked.questionID == "ml-overfit.probe")
        #expect(state.breadcrumbs == ["Q1", "1.2"])
    }

    @Test func homeSettingsCycleAndSwitchTheInterfaceLanguage() {
        var model = AppModel(home: Fixture.home(.en), width: 80, height: 24)
        let languageRow = model.home.items.firstIndex(of: .language) ?? 0
        for _ in 0..<languageRow { _ = model.handle(.key(.down), at: 0) }
        let actions = model.handle(.key(.right), at: 0)
        #expect(model.home.settings.language == .ko)
        #expect(model.strings.language == .ko)
        #expect(actions == [.settingsChanged(model.home.settings)])
        _ = model.handle(.key(.pageUp), at: 0)
        #expect(model.handle(.key(.enter), at: 0) == [.start(round: nil, settings: model.home.settings)])
    }

    @Test func taskKeysAskToEditTryAndSubmit() {
        var (model, _) = Fixture.started(.en, width: 80, height: 24)
        model.present(.presentTask(taskID: "t1", number: 1, total: 2, timeLimitSeconds: 600))
        #expect(model.context == .task)
        #expect(model.handle(.key(.character("e")), at: 1) == [.editSolution(taskID: "t1")])
        #expect(model.handle(.key(.character("r")), at: 1) == [.gradeSolution(taskID: "t1", visibleOnly: true)])
        #expect(model.handle(.key(.character("s")), at: 1) == [.gradeSolution(taskID: "t1", visibleOnly: false)])
        #expect(model.handle(.key(.control("o")), at: 1) == [.session(.skip)])
        #expect(model.handle(.paste("import os"), at: 1).isEmpty)
        let hints = model.frame().textLines[23]
        #expect(hints.contains("e edit") && hints.contains("r run") && hints.contains("s submit"))
    }

    @Test func taskCountdownFollowsTheRoundClock() {
        var (model, _) = Fixture.started(.en, width: 80, height: 24)
        model.present(.presentTask(taskID: "t1", number: 1, total: 1, timeLimitSeconds: 600))
        model.updateClock(ClockReadout(round: 75, roundLimit: 600), paused: false)
        #expect(model.frame().textLines[22].contains("time left 8:45 / 10:00"))
        model.showTaskOutcome(TaskOutcome(taskID: "t1", verdict: "accepted", passed: 3, total: 3))
        model.updateClock(ClockReadout(round: 80), paused: false)
        #expect(model.frame().textLines[22].contains("time left 8:45 / 10:00"), "a finished task's clock stops")
    }

    @Test func gradingBlocksKeysAndShowsProgress() {
        var (model, _) = Fixture.started(.ko, width: 80, height: 24)
        model.present(.presentTask(taskID: "t1", number: 1, total: 1, timeLimitSeconds: nil))
        model.showGrading(done: 3, total: 10, visibleOnly: false)
        #expect(model.frame().textLines[2].contains("3/10"))
        #expect(model.handle(.key(.character("s")), at: 1).isEmpty)
        #expect(model.handle(.key(.character("e")), at: 1).isEmpty)
    }

    @Test func aSubmittedTaskKeepsItsResultsUntilTheCandidateGoesOn() {
        var (model, _) = Fixture.started(.en, width: 80, height: 24)
        model.present(.presentTask(taskID: "t1", number: 1, total: 2, timeLimitSeconds: nil))
        let outcome = TaskOutcome(taskID: "t1", verdict: "wrong-answer", passed: 7, total: 10)
        model.showTaskOutcome(outcome, lines: [TaskLine("  hidden   big-logits  wrong-answer", tone: .failed)])
        model.present(.presentTask(taskID: "t2", number: 2, total: 2, timeLimitSeconds: nil))
        guard case .task(let shown) = model.screen else {
            Issue.record("the results should still be on screen")
            return
        }
        #expect(shown.taskID == "t1" && shown.isFinished)
        #expect(model.context == .taskDone)
        #expect(model.frame().textLines[2].contains("Submitted, all cases: 7/10 passed (wrong-answer)"))
        #expect(model.frame().textLines[3].contains("big-logits"))
        #expect(model.handle(.key(.character("s")), at: 1).isEmpty, "a finished task cannot be submitted again")
        #expect(model.handle(.key(.control("o")), at: 1).isEmpty)
        _ = model.handle(.key(.enter), at: 2)
        guard case .task(let next) = model.screen else {
            Issue.record("the next task should be up")
            return
        }
        #expect(next.taskID == "t2" && !next.isFinished && next.result == nil)
    }

    @Test func aTryLeavesTheTaskOpenAndTimeUpClosesItWithANote() {
        var (model, _) = Fixture.started(.en, width: 80, height: 24)
        model.present(.presentTask(taskID: "t1", number: 1, total: 1, timeLimitSeconds: 60))
        model.showTaskOutcome(TaskOutcome(taskID: "t1", verdict: "wrong-answer", passed: 1, total: 2, visibleOnly: true))
        #expect(model.context == .task)
        model.showTaskProblem("cannot read the solution file")
        #expect(model.context == .task, "a run that could not happen leaves the task open")
        model.showTaskProblem("cannot read the solution file", timeUp: true)
        #expect(model.context == .taskDone)
        #expect(model.frame().textLines[2].contains("Time is up: the last saved file was submitted."))
        #expect(model.frame().textLines[3].contains("cannot read the solution file"))
    }

    @Test func theReportListsTasksWithTheirTimeAgainstTheKernel() throws {
        let json = """
        {"rounds": [], "trees": [], "strongest": [], "weakest": [], "overall": 0.5, "recommendation": "hire",
         "tasks": [{"taskID": "conv2d", "verdict": "accepted", "passed": 9, "total": 9, "candidateSeconds": 0.0079,
                    "referenceSeconds": 0.001, "visibleOnly": false},
                   {"taskID": "positional-encoding", "verdict": "timeout", "passed": 0, "total": 0, "visibleOnly": false}]}
        """
        let report = try JSONDecoder().decode(SessionReport.self, from: Data(json.utf8))
        for (language, expected) in [(Language.en, "time: 7.9× kkori's kernel"), (.ko, "시간: kkori 커널의 7.9배")] {
            let state = ReportState(report: report, scenario: Fixture.scenario)
            let lines = ReportView.document(state, strings: UIStrings.forLanguage(language), width: 100).lines.map { line in
                line.map { span -> String in
                    if case .text(let text, _) = span { return text }
                    return "#"
                }.joined()
            }
            let conv = try #require(lines.first { $0.contains("conv2d") })
            #expect(conv.contains("9/9  accepted") && conv.contains(expected))
            let pe = try #require(lines.first { $0.contains("positional-encoding") })
            #expect(pe.contains("0/0  timeout") && !pe.contains("kernel") && !pe.contains("커널"))
            #expect(conv.firstIndex(of: "#") == pe.firstIndex(of: "#"), "the bars line up")
        }
    }
}
