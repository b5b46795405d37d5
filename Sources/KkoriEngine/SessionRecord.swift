import KkoriScenario
import KkoriScoring

/// How the candidate ended a question.
public enum AnswerKind: String, Sendable, Hashable, Codable {
    /// Typed an answer.
    case answer
    /// Pressed "I don't know".
    case dontKnow = "dont-know"
    /// Skipped the question.
    case skip
    /// The round's time ran out.
    case timeout
}

/// The first record of every transcript.
public struct SessionStart: Sendable, Hashable, Codable {
    public var scenarioID: String
    public var scenarioHash: String
    public var config: SessionConfig
    public var version: String

    public init(scenarioID: String, scenarioHash: String, config: SessionConfig, version: String) {
        self.scenarioID = scenarioID
        self.scenarioHash = scenarioHash
        self.config = config
        self.version = version
    }
}

/// A question put to the candidate.
public struct AskedQuestion: Sendable, Hashable, Codable {
    public var questionID: String
    public var round: RoundKind
    /// 0 for a root, 1 for its first follow-up, ...
    public var depth: Int
    /// Root number within the round (1-based) and how many roots the round has.
    public var number: Int
    public var total: Int
    /// Ids from the root down to this question.
    public var chain: [String]

    public init(questionID: String, round: RoundKind, depth: Int, number: Int, total: Int, chain: [String]) {
        self.questionID = questionID
        self.round = round
        self.depth = depth
        self.number = number
        self.total = total
        self.chain = chain
    }
}

/// The candidate's answer.
public struct GivenAnswer: Sendable, Hashable, Codable {
    public var questionID: String
    public var kind: AnswerKind
    public var text: String
    /// Time spent answering, pauses excluded.
    public var seconds: Double

    public init(questionID: String, kind: AnswerKind, text: String, seconds: Double) {
        self.questionID = questionID
        self.kind = kind
        self.text = text
        self.seconds = seconds
    }
}

/// An answer's judgement.
public struct ScoredAnswer: Sendable, Hashable, Codable {
    public var questionID: String
    public var assessment: Assessment

    public init(questionID: String, assessment: Assessment) {
        self.questionID = questionID
        self.assessment = assessment
    }
}

/// The interviewer's choice after an answer.
public struct FollowUpChoice: Sendable, Hashable, Codable {
    /// Why the tree went on or ended.
    public enum Reason: String, Sendable, Hashable, Codable {
        case condition, dontKnow = "dont-know", depthLimit = "depth-limit", noMatch = "no-match", skipped
    }
    public var from: String
    /// The next question, or nil when the tree ends.
    public var to: String?
    public var reason: Reason

    public init(from: String, to: String?, reason: Reason) {
        self.from = from
        self.to = to
        self.reason = reason
    }
}

/// A coding task's grading result, as the runner reported it.
public struct TaskOutcome: Sendable, Hashable, Codable {
    public var taskID: String
    public var verdict: String
    public var passed: Int
    public var total: Int
    public var candidateSeconds: Double?
    public var referenceSeconds: Double?
    /// Whether this run used only the visible cases (a practice run, not the submission).
    public var visibleOnly: Bool

    public init(taskID: String, verdict: String, passed: Int, total: Int, candidateSeconds: Double? = nil,
                referenceSeconds: Double? = nil, visibleOnly: Bool = false) {
        self.taskID = taskID
        self.verdict = verdict
        self.passed = passed
        self.total = total
        self.candidateSeconds = candidateSeconds
        self.referenceSeconds = referenceSeconds
        self.visibleOnly = visibleOnly
    }

    /// Fraction of cases passed.
    public var score: Double { total > 0 ? Double(passed) / Double(total) : 0 }
}

/// Keystrokes of an answer being typed, coalesced (like an editor's swap file) for replay.
public struct KeystrokeBatch: Sendable, Hashable, Codable {
    public var questionID: String
    /// Each edit: seconds since the question was shown, and the text inserted ("\u{8}" = delete back).
    public var edits: [Keystroke]

    public init(questionID: String, edits: [Keystroke]) {
        self.questionID = questionID
        self.edits = edits
    }
}

/// One edit in a keystroke batch.
public struct Keystroke: Sendable, Hashable, Codable {
    public var at: Double
    public var text: String

    public init(at: Double, text: String) {
        self.at = at
        self.text = text
    }
}

/// One entry of a session's transcript. Inputs (answers, pauses, task results) replay the session;
/// the rest (questions asked, scores, choices, report) is recorded so history needs no re-scoring.
public enum SessionRecord: Sendable, Hashable {
    case started(SessionStart)
    case asked(AskedQuestion)
    case answered(GivenAnswer)
    case scored(ScoredAnswer)
    case followUp(FollowUpChoice)
    case repeated(questionID: String)
    case paused
    case resumed
    case taskStarted(taskID: String, number: Int, total: Int)
    case taskGraded(TaskOutcome)
    case roundEnded(RoundSummary)
    case keystrokes(KeystrokeBatch)
    case quit
    case reopened
    case finished(SessionReport)

    /// The record's type name in the transcript.
    public var typeName: String {
        switch self {
        case .started: "started"
        case .asked: "asked"
        case .answered: "answered"
        case .scored: "scored"
        case .followUp: "follow-up"
        case .repeated: "repeated"
        case .paused: "paused"
        case .resumed: "resumed"
        case .taskStarted: "task-started"
        case .taskGraded: "task-graded"
        case .roundEnded: "round-ended"
        case .keystrokes: "keystrokes"
        case .quit: "quit"
        case .reopened: "reopened"
        case .finished: "finished"
        }
    }
}
