import KkoriEngine
import KkoriScenario

/// Session effects become screens. Effects that arrive while a round summary is up wait for it.
extension AppModel {
    /// Shows what a session effect asks for (records are the runtime's business).
    public mutating func present(_ effect: SessionEffect) {
        if case .record = effect { return }
        if isHoldingEffects {
            queued.append(effect)
            return
        }
        switch effect {
        case .ask(let asked): ask(asked)
        case .showFeedback(let feedback): showFeedback(feedback)
        case .showRoundSummary(let summary): screen = .summary(SummaryState(summary: summary))
        case .showReport(let report):
            if let scenario { screen = .report(ReportState(report: report, scenario: scenario, transcriptPath: transcriptPath)) }
        case .presentTask(let id, let number, let total, let limit):
            var state = TaskState(taskID: id, number: number, total: total, statement: "")
            state.clock.roundLimit = limit
            state.mode = home.settings.mode
            screen = .task(state)
        case .stoppedResumable, .record: break
        }
    }

    /// Whether a screen the candidate must dismiss is up (a round summary, a finished task's results):
    /// what the session does next waits behind it.
    var isHoldingEffects: Bool {
        switch screen {
        case .summary: true
        case .task(let state): state.isFinished
        default: false
        }
    }

    /// Shows the effects held behind a round summary or a finished task.
    mutating func releaseQueue() {
        let pending = queued
        queued = []
        screen = .home
        for effect in pending { present(effect) }
        if case .home = screen { returnHome() }
    }

    private mutating func ask(_ asked: AskedQuestion) {
        guard let scenario, let question = scenario.questions[asked.questionID] else { return }
        if case .interview(var state) = screen, state.asked.questionID == asked.questionID {
            state.notice = strings.repeated
            screen = .interview(state)
            return
        }
        let text = question.text[strings.language]
        var editor = AnswerEditor()
        Self.fitEditor(&editor, question: text, width: width, height: height)
        var state = InterviewState(scenarioTitle: scenario.title[strings.language], asked: asked, question: text,
                                   breadcrumbs: Self.breadcrumbs(asked, scenario: scenario), editor: editor,
                                   mode: home.settings.mode)
        state.clock.guidance = home.settings.showGuidance ? scenario.round(asked.round)?.answerSeconds : nil
        state.clock.roundLimit = scenario.round(asked.round)?.timeLimitSeconds
        screen = .interview(state)
    }

    private mutating func showFeedback(_ feedback: Feedback) {
        guard let scenario, let question = scenario.questions[feedback.questionID] else { return }
        var crumbs: [String] = []
        var asked: AskedQuestion?
        if case .interview(let state) = screen {
            crumbs = state.breadcrumbs
            asked = state.asked
        }
        var state = FeedbackState(feedback: feedback, question: question, breadcrumbs: crumbs,
                                  probe: ProbeHint(question: question, next: feedback.nextFollowUp,
                                                   language: strings.language))
        state.asked = asked
        screen = .feedback(state)
    }

    /// `Q3 › 3.1 › 3.1.2`: the root's number, then at each level the number of the follow-up branch
    /// the interviewer took.
    static func breadcrumbs(_ asked: AskedQuestion, scenario: Scenario) -> [String] {
        var labels = ["Q\(asked.number)"]
        var path = "\(asked.number)"
        for (parent, child) in zip(asked.chain, asked.chain.dropFirst()) {
            let branches = scenario.questions[parent]?.followUps.map(\.target) ?? []
            path += ".\((branches.firstIndex(of: child) ?? 0) + 1)"
            labels.append(path)
        }
        return labels
    }
}
