import KkoriEngine
import KkoriScoring
import KkoriTranscript

/// One question as it went in a past session: asked, typed, answered, scored, followed up.
public struct AnswerAttempt: Sendable, Hashable {
    /// The question as the engine put it.
    public var asked: AskedQuestion
    /// Wall time it was asked.
    public var askedAt: Double
    /// The answer, once given.
    public var answer: GivenAnswer?
    /// Wall time of the answer.
    public var answeredAt: Double?
    /// Its judgement, once scored.
    public var assessment: Assessment?
    /// Where the interviewer went next.
    public var followUp: FollowUpChoice?
    /// The edits typed while it was on screen, in order, with times made monotonic (a resumed session
    /// restarts its typing clock; later edits are shifted after the earlier ones).
    public var typing: [Keystroke]
    /// The last raw edit time seen and the shift applied since the typing clock last restarted.
    private var lastRawTime = 0.0
    private var shift = 0.0

    public init(asked: AskedQuestion, askedAt: Double) {
        self.asked = asked
        self.askedAt = askedAt
        typing = []
    }

    /// The score, when scored.
    public var score: Double? { assessment?.score }

    /// Appends typed edits, keeping times monotonic across a restarted typing clock.
    mutating func addTyping(_ edits: [Keystroke]) {
        for edit in edits {
            let raw = edit.at.isFinite ? max(0, edit.at) : lastRawTime
            if raw < lastRawTime { shift = typing.last?.at ?? 0 }
            lastRawTime = raw
            typing.append(Keystroke(at: raw + shift, text: edit.text))
        }
    }
}

/// A past session read for display: every question's attempt, the rounds, tasks and report. Built
/// from transcript entries in any order without trusting them: a record that refers to a question
/// never asked is attached to a new attempt rather than dropped or crashed on.
public struct SessionDigest: Sendable {
    /// The start record, if the transcript has one.
    public var start: SessionStart?
    /// Wall time of the first record.
    public var startedAt: Double
    /// Questions in the order asked.
    public var attempts: [AnswerAttempt]
    /// Rounds that ended.
    public var rounds: [RoundSummary]
    /// Coding tasks graded.
    public var tasks: [TaskOutcome]
    /// The report, when the session finished.
    public var report: SessionReport?
    /// For each entry given, the attempt it belongs to (nil for records about no question).
    public var attemptOfEntry: [Int?]

    public init(entries: [TranscriptEntry]) {
        start = nil
        startedAt = entries.first.map { $0.time.isFinite ? $0.time : 0 } ?? 0
        attempts = []
        rounds = []
        tasks = []
        attemptOfEntry = []
        attemptOfEntry.reserveCapacity(entries.count)
        var latest: [String: Int] = [:]
        for entry in entries { attemptOfEntry.append(absorb(entry, latest: &latest)) }
    }

    /// Takes one entry in; returns the attempt it belongs to.
    private mutating func absorb(_ entry: TranscriptEntry, latest: inout [String: Int]) -> Int? {
        switch entry.record {
        case .started(let value): start = start ?? value
        case .asked(let asked):
            latest[asked.questionID] = attempts.count
            attempts.append(AnswerAttempt(asked: asked, askedAt: entry.time))
            return attempts.count - 1
        case .keystrokes(let batch):
            let index = attemptIndex(batch.questionID, at: entry.time, latest: &latest)
            attempts[index].addTyping(batch.edits)
            return index
        case .answered(let given):
            let index = attemptIndex(given.questionID, at: entry.time, latest: &latest)
            attempts[index].answer = given
            attempts[index].answeredAt = entry.time
            return index
        case .scored(let scored):
            let index = attemptIndex(scored.questionID, at: entry.time, latest: &latest)
            attempts[index].assessment = scored.assessment
            return index
        case .followUp(let choice):
            let index = attemptIndex(choice.from, at: entry.time, latest: &latest)
            attempts[index].followUp = choice
            return index
        case .repeated(let id): return latest[id]
        case .roundEnded(let summary): rounds.append(summary)
        case .taskGraded(let outcome): tasks.append(outcome)
        case .finished(let value): report = value
        default: break
        }
        return nil
    }

    /// The attempt records about `questionID` belong to: the latest one asked, or a new one when the
    /// transcript never asked it.
    private mutating func attemptIndex(_ questionID: String, at time: Double, latest: inout [String: Int]) -> Int {
        if let index = latest[questionID], attempts.indices.contains(index) { return index }
        let asked = AskedQuestion(questionID: questionID, round: .technical, depth: 0, number: 0, total: 0,
                                  chain: [questionID])
        latest[questionID] = attempts.count
        attempts.append(AnswerAttempt(asked: asked, askedAt: time))
        return attempts.count - 1
    }

    /// The last attempt at `questionID`.
    public func attempt(for questionID: String) -> AnswerAttempt? {
        attempts.last { $0.asked.questionID == questionID }
    }

    /// Whether the session reached its report.
    public var isFinished: Bool { report != nil }
}

/// Rebuilding typed text from keystrokes, the way the transcript records them: text is appended,
/// each backspace character removes the last code point.
public enum TypedText {
    /// The text after the edits that happened up to `seconds` after the question was shown (all of
    /// them when nil).
    public static func replay(_ edits: [Keystroke], upTo seconds: Double? = nil) -> String {
        var text = String.UnicodeScalarView()
        for edit in edits {
            if let seconds, edit.at > seconds { break }
            for scalar in edit.text.unicodeScalars {
                if scalar == "\u{8}" {
                    if !text.isEmpty { text.removeLast() }
                } else {
                    text.append(scalar)
                }
            }
        }
        return String(text)
    }
}
