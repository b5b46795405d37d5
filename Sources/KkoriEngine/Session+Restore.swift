import KkoriScenario
import KkoriScoring

/// Why a transcript can't be continued.
public enum RestoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The transcript has no `started` record.
    case notStarted
    /// It was recorded with another scenario.
    case otherScenario(expected: String, found: String)
    /// The scenario's content changed since it was recorded, and the replay diverged.
    case diverged(question: String)
    /// The session already ended.
    case finished

    public var description: String {
        switch self {
        case .notStarted: "the transcript has no start record"
        case .otherScenario(let expected, let found):
            "the transcript is for scenario '\(found)', not '\(expected)'; pass --scenario \(found)"
        case .diverged(let question):
            "the scenario changed since this session was recorded (question '\(question)' differs); it can be replayed but not resumed"
        case .finished: "this session is already finished; start a new one"
        }
    }
}

extension Session {
    /// Rebuilds a session from its transcript by feeding the recorded inputs through the machine.
    /// The recorded questions must match the replayed ones: content edits since then are detected.
    public static func restore(from records: [(record: SessionRecord, at: Double)], scenario: Scenario,
                               scorer: any AnswerScorer, version: String) throws(RestoreError) -> Session {
        guard case .started(let start)? = records.first?.record, let startTime = records.first?.at else {
            throw .notStarted
        }
        guard start.scenarioID == scenario.id else {
            throw .otherScenario(expected: scenario.id, found: start.scenarioID)
        }
        var session = Session(scenario: scenario, config: start.config, scorer: scorer, version: version)
        var expectedAsks = session.handle(.started(at: startTime)).askedIDs
        for (record, t) in records.dropFirst() {
            if case .feedback = session.phase, record.movesPastFeedback {
                expectedAsks += session.handle(.proceeded(at: t)).askedIDs
            }
            if case .asked(let asked) = record {
                guard expectedAsks.first == asked.questionID else { throw .diverged(question: asked.questionID) }
                expectedAsks.removeFirst()
                continue
            }
            if case .reopened = record {
                _ = session.reopen(at: t)
                continue
            }
            guard let event = Self.replayEvent(record, at: t) else { continue }
            expectedAsks += session.handle(event).askedIDs
        }
        if case .finished = session.phase { throw .finished }
        if case .feedback = session.phase, let last = records.last?.at { _ = session.handle(.proceeded(at: last)) }
        return session
    }

    /// Continues a restored session: clocks run again from `t` and the current question is shown.
    public mutating func reopen(at t: Double) -> [SessionEffect] {
        if case .quit = phase, let previous = phaseBeforeQuit { phase = previous }
        var out: [SessionEffect] = [.record(.reopened, at: t)]
        if let since = pausedAt {
            pausedTotal += max(0, t - since)
            pausedAt = nil
        }
        switch phase {
        case .asking(let asked): out.append(.ask(asked))
        case .coding(let id, let number, let total):
            out.append(.presentTask(taskID: id, number: number, total: total,
                                    timeLimitSeconds: scenario.round(.coding)?.timeLimitSeconds))
        case .feedback(let feedback): out.append(.showFeedback(feedback))
        default: break
        }
        return out
    }

    static func replayEvent(_ record: SessionRecord, at t: Double) -> SessionEvent? {
        switch record {
        case .answered(let given):
            switch given.kind {
            case .answer: return .answerSubmitted(given.text, at: t)
            case .dontKnow: return .dontKnowPressed(at: t)
            case .skip: return .skipped(at: t)
            case .timeout: return .ticked(at: t)
            }
        case .taskGraded(let outcome):
            switch outcome.verdict {
            case "skipped" where outcome.total == 0: return .skipped(at: t)
            case "timeout" where outcome.total == 0: return .ticked(at: t)
            default: return .taskGraded(outcome, at: t)
            }
        case .repeated: return .repeatRequested(at: t)
        case .paused: return .paused(at: t)
        case .resumed: return .resumed(at: t)
        case .quit: return .quitRequested(at: t)
        case .reopened: return nil
        default: return nil
        }
    }
}

extension SessionRecord {
    /// Whether this record shows the candidate had moved on from the feedback screen (which is not
    /// itself recorded): anything but the answer's own score and choice, typing, pauses and quits.
    var movesPastFeedback: Bool {
        switch self {
        case .scored, .followUp, .keystrokes, .paused, .resumed, .quit, .reopened: false
        default: true
        }
    }
}

extension [SessionEffect] {
    /// Question ids asked by these effects, in order.
    var askedIDs: [String] {
        compactMap { effect in
            if case .record(.asked(let asked), _) = effect { return asked.questionID }
            return nil
        }
    }
}
