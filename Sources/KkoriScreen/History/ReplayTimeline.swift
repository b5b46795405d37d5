import KkoriEngine
import KkoriScoring
import KkoriTranscript

/// One moment of a replay that stepping stops at.
public struct ReplayStep: Sendable, Hashable {
    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// The session began.
        case started
        /// A question was asked.
        case question
        /// The candidate answered (or said "don't know", skipped, ran out of time).
        case answer
        /// The answer was scored.
        case score
        /// The interviewer chose what comes next.
        case followUp
        /// The question was shown again.
        case repeated
        /// Clocks stopped.
        case paused
        /// Clocks ran again.
        case resumed
        /// The candidate quit (resumable).
        case quit
        /// The session was continued later.
        case reopened
        /// A coding task was shown.
        case taskStarted(String)
        /// A coding task was graded.
        case taskGraded(TaskOutcome)
        /// A round ended.
        case roundEnded(RoundSummary)
        /// The report.
        case finished
    }

    /// What happened.
    public var kind: Kind
    /// Playback seconds from the start (pauses and breaks left out).
    public var time: Double
    /// The attempt it belongs to, for question, answer, score and follow-up steps.
    public var attempt: Int?
}

/// A past session laid out for replay: the steps to walk through and the playback clock.
///
/// Playback time is the session's active time: a pause, or a break between quitting and resuming,
/// takes no time in a replay, so playing back at 1× shows the interview as the candidate lived it.
public struct ReplayTimeline: Sendable {
    /// The session's questions and results.
    public var digest: SessionDigest
    /// Steps in order.
    public var steps: [ReplayStep]
    /// Playback seconds of the whole session.
    public var duration: Double
    /// Playback seconds at which each attempt's question was shown.
    public var shownAt: [Double]
    /// Words for ids.
    public var texts: QuestionTexts
    /// Why the transcript could not be read to its end, if it could not.
    public var problem: String?
    /// For each step, the attempt on screen then: its own, else the last one asked before it.
    public var attemptAtStep: [Int?]
    /// For each attempt, the steps of its answer and of its score, when they exist.
    public var answerStep: [Int?]
    /// For each attempt, the step of its score.
    public var scoreStep: [Int?]
    /// For each attempt, the step of the interviewer's choice after it.
    public var followUpStep: [Int?]

    public init(entries: [TranscriptEntry], texts: QuestionTexts, problem: String? = nil) {
        digest = SessionDigest(entries: entries)
        self.texts = texts
        self.problem = problem.map { SafeText.line($0) }
        var clock = PlaybackClock(start: entries.first?.time ?? 0)
        var steps: [ReplayStep] = []
        var shownAt = Array(repeating: 0.0, count: digest.attempts.count)
        var seen = Set<Int>()
        for (index, entry) in entries.enumerated() {
            let t = clock.advance(entry)
            let attempt = digest.attemptOfEntry[index]
            if let attempt, !seen.contains(attempt) {
                seen.insert(attempt)
                shownAt[attempt] = t
            }
            guard let kind = Self.kind(of: entry.record) else { continue }
            steps.append(ReplayStep(kind: kind, time: t, attempt: attempt))
        }
        self.steps = steps
        self.shownAt = shownAt
        duration = clock.now
        (attemptAtStep, answerStep, scoreStep, followUpStep) = Self.index(steps, attempts: digest.attempts.count)
    }

    /// Which attempt each step shows, and where each attempt's answer, score and choice are.
    private static func index(_ steps: [ReplayStep], attempts: Int) -> ([Int?], [Int?], [Int?], [Int?]) {
        var onScreen: [Int?] = []
        var answer = [Int?](repeating: nil, count: attempts)
        var score = answer
        var followUp = answer
        var current: Int?
        for (index, step) in steps.enumerated() {
            if let attempt = step.attempt, attempt < attempts {
                current = attempt
                switch step.kind {
                case .answer: answer[attempt] = answer[attempt] ?? index
                case .score: score[attempt] = score[attempt] ?? index
                case .followUp: followUp[attempt] = followUp[attempt] ?? index
                default: break
                }
            }
            if case .taskStarted = step.kind { current = nil }
            onScreen.append(current)
        }
        return (onScreen, answer, score, followUp)
    }

    static func kind(of record: SessionRecord) -> ReplayStep.Kind? {
        switch record {
        case .started: .started
        case .asked: .question
        case .answered: .answer
        case .scored: .score
        case .followUp: .followUp
        case .repeated: .repeated
        case .paused: .paused
        case .resumed: .resumed
        case .quit: .quit
        case .reopened: .reopened
        case .taskStarted(let id, _, _): .taskStarted(id)
        case .taskGraded(let outcome): .taskGraded(outcome)
        case .roundEnded(let summary): .roundEnded(summary)
        case .finished: .finished
        case .keystrokes: nil
        }
    }

    /// The last step at or before playback time `t` (0 before the first).
    public func step(at t: Double) -> Int {
        var low = 0
        var high = steps.count - 1
        var found = 0
        while low <= high {
            let mid = (low + high) / 2
            if steps[mid].time <= t {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found
    }

    /// Steps that ask a question, in order (for jumping).
    public var questionSteps: [Int] {
        steps.indices.filter { steps[$0].kind == .question }
    }
}

/// Active time: wall time with pauses and quit-to-reopen breaks left out; never goes backwards.
struct PlaybackClock {
    private var last: Double
    private var stopped = false
    private(set) var now = 0.0

    init(start: Double) {
        last = start.isFinite ? start : 0
    }

    /// Moves to the entry's time and returns the playback time of the entry.
    mutating func advance(_ entry: TranscriptEntry) -> Double {
        let t = entry.time.isFinite ? entry.time : last
        if !stopped { now += max(0, t - last) }
        last = max(last, t)
        switch entry.record {
        case .paused, .quit: stopped = true
        case .resumed, .reopened: stopped = false
        default: break
        }
        return now
    }
}
