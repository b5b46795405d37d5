import KkoriScenario
import KkoriScoring

/// The interview as a pure state machine: feed it events, carry out the effects it returns.
///
/// It reads no clock and does no I/O: times arrive with the events, the question draw is seeded,
/// and scoring is a pure function, so the same seed and the same events give the same session.
public struct Session: Sendable {
    /// Where the interview stands.
    public enum Phase: Sendable, Hashable {
        /// Waiting for `started`.
        case notStarted
        /// A question is shown; waiting for an answer.
        case asking(AskedQuestion)
        /// Practice-mode feedback is shown; waiting for `proceeded`.
        case feedback(Feedback)
        /// A coding task is open; waiting for its graded submission.
        case coding(taskID: String, number: Int, total: Int)
        /// All rounds are done.
        case finished(SessionReport)
        /// The candidate quit; the transcript can resume it.
        case quit
    }

    public let scenario: Scenario
    public let config: SessionConfig
    let scorer: any AnswerScorer
    let version: String
    public internal(set) var phase: Phase = .notStarted
    /// Whether the clocks are stopped.
    public var isPaused: Bool { pausedAt != nil }

    var pausedAt: Double?
    var pausedTotal = 0.0
    var roundIndex = -1
    var queue: [String] = []
    var queuePosition = 0
    var roundNumber = 0
    var roundTotal = 0
    var roundStartActive = 0.0
    var askedAtActive = 0.0
    var usedRoots: Set<String> = []
    var askedIDs: Set<String> = []
    var lastAsked: AskedQuestion?
    var phaseBeforeQuit: Phase?
    var items: [ReportItem] = []
    var tasks: [TaskOutcome] = []
    var summaries: [RoundSummary] = []
    var generator: SeededGenerator

    public init(scenario: Scenario, config: SessionConfig, scorer: any AnswerScorer, version: String) {
        self.scenario = scenario
        self.config = config
        self.scorer = scorer
        self.version = version
        generator = SeededGenerator(seed: config.seed)
    }

    /// The round being run, if any.
    public var currentRound: RoundKind? {
        config.rounds.indices.contains(roundIndex) ? config.rounds[roundIndex] : nil
    }

    /// Answers so far, for the report and progress views.
    public var answeredItems: [ReportItem] { items }

    /// Active (unpaused) seconds at time `t`.
    public func activeTime(at t: Double) -> Double {
        t - pausedTotal - (pausedAt.map { t - $0 } ?? 0)
    }

    /// Seconds spent on the current question (pauses excluded).
    public func answerElapsed(at t: Double) -> Double { max(0, activeTime(at: t) - askedAtActive) }

    /// Seconds spent in the current round (pauses excluded).
    public func roundElapsed(at t: Double) -> Double { max(0, activeTime(at: t) - roundStartActive) }

    /// The current round's settings.
    public var currentRoundSpec: RoundSpec? { currentRound.flatMap { scenario.round($0) } }

    /// Whether the current round has a time limit and it has run out (paused time excluded). A front
    /// end uses it to submit a coding task's last saved file before the tick that ends the round.
    public func roundTimeIsUp(at t: Double) -> Bool {
        guard isRunning, let limit = currentRoundSpec?.timeLimitSeconds else { return false }
        return roundElapsed(at: t) >= Double(limit)
    }

    /// Handles one event; returns the effects to carry out, in order.
    public mutating func handle(_ event: SessionEvent) -> [SessionEffect] {
        var out: [SessionEffect] = []
        switch event {
        case .started(let t): start(at: t, &out)
        case .answerSubmitted(let text, let t): answer(text, kind: .answer, at: t, &out)
        case .dontKnowPressed(let t): answer("", kind: .dontKnow, at: t, &out)
        case .skipped(let t): skip(at: t, &out)
        case .repeatRequested(let t): repeatQuestion(at: t, &out)
        case .paused(let t): pause(at: t, &out)
        case .resumed(let t): resume(at: t, &out)
        case .proceeded(let t): proceed(at: t, &out)
        case .ticked(let t): tick(at: t, &out)
        case .taskGraded(let outcome, let t): taskGraded(outcome, at: t, &out)
        case .quitRequested(let t): quit(at: t, &out)
        }
        return out
    }

    private mutating func start(at t: Double, _ out: inout [SessionEffect]) {
        guard case .notStarted = phase else { return }
        let start = SessionStart(scenarioID: scenario.id, scenarioHash: scenario.contentHash, config: config,
                                 version: version)
        out.append(.record(.started(start), at: t))
        beginRound(0, at: t, &out)
    }

    private mutating func pause(at t: Double, _ out: inout [SessionEffect]) {
        guard pausedAt == nil, isRunning else { return }
        pausedAt = t
        out.append(.record(.paused, at: t))
    }

    private mutating func resume(at t: Double, _ out: inout [SessionEffect]) {
        guard let since = pausedAt else { return }
        pausedTotal += max(0, t - since)
        pausedAt = nil
        out.append(.record(.resumed, at: t))
    }

    private mutating func quit(at t: Double, _ out: inout [SessionEffect]) {
        guard isRunning || phase == .notStarted else { return }
        if pausedAt == nil { pausedAt = t }
        out.append(.record(.quit, at: t))
        phaseBeforeQuit = phase
        phase = .quit
        out.append(.stoppedResumable)
    }

    /// Whether the interview is under way (not finished, not quit).
    public var isRunning: Bool {
        switch phase {
        case .asking, .feedback, .coding: true
        case .notStarted, .finished, .quit: false
        }
    }

    private mutating func repeatQuestion(at t: Double, _ out: inout [SessionEffect]) {
        guard case .asking(let asked) = phase, pausedAt == nil else { return }
        out.append(.record(.repeated(questionID: asked.questionID), at: t))
        out.append(.ask(asked))
    }

    private mutating func proceed(at t: Double, _ out: inout [SessionEffect]) {
        guard case .feedback(let feedback) = phase else { return }
        continueAfter(feedback.questionID, next: feedback.nextFollowUp, at: t, &out)
    }

    private mutating func tick(at t: Double, _ out: inout [SessionEffect]) {
        guard pausedAt == nil, roundTimeIsUp(at: t) else { return }
        switch phase {
        case .asking(let asked):
            let given = GivenAnswer(questionID: asked.questionID, kind: .timeout, text: "", seconds: answerElapsed(at: t))
            out.append(.record(.answered(given), at: t))
            record(asked, given: given, assessment: emptyAssessment(for: asked.questionID), at: t, &out)
        case .coding(let taskID, _, _):
            let outcome = TaskOutcome(taskID: taskID, verdict: "timeout", passed: 0, total: 0)
            tasks.append(outcome)
            out.append(.record(.taskGraded(outcome), at: t))
        default: break
        }
        endRound(.timeLimit, at: t, &out)
    }
}
