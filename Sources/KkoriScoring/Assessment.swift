import KkoriScenario

/// Something notable about an answer, beyond its key points.
public enum AnswerFlag: Sendable, Hashable, Codable, CustomStringConvertible {
    /// An honest "I don't know": scored low, and the interviewer moves on.
    case dontKnow
    /// Long, but covers no key point or is off-topic.
    case bluff
    /// Blames a former company or colleagues.
    case blame
    /// Harsh blame of oneself.
    case selfBlame
    /// A red-flag absolute ("I never get stressed", "I have never failed").
    case absolute
    /// Only "we did it", never the candidate's own role.
    case noOwnRole
    /// Too short to judge (a one-liner to an explain question).
    case tooShort
    /// Stated a misconception of the rubric (its id).
    case misconception(String)

    /// The wire name used in `kkori score` output and transcripts.
    public var description: String {
        switch self {
        case .dontKnow: "dont-know"
        case .bluff: "bluff"
        case .blame: "blame"
        case .selfBlame: "self-blame"
        case .absolute: "absolute"
        case .noOwnRole: "no-own-role"
        case .tooShort: "too-short"
        case .misconception(let id): "misconception:\(id)"
        }
    }

    /// Parses a wire name back (`misconception:<id>` included).
    public init?(wireName: String) {
        switch wireName {
        case "dont-know": self = .dontKnow
        case "bluff": self = .bluff
        case "blame": self = .blame
        case "self-blame": self = .selfBlame
        case "absolute": self = .absolute
        case "no-own-role": self = .noOwnRole
        case "too-short": self = .tooShort
        default:
            guard wireName.hasPrefix("misconception:") else { return nil }
            self = .misconception(String(wireName.dropFirst("misconception:".count)))
        }
    }

    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let flag = AnswerFlag(wireName: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "unknown flag \(name)"))
        }
        self = flag
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// How well one key point was conveyed.
public struct PointResult: Sendable, Hashable, Codable {
    /// The key point's id.
    public var id: String
    /// Credit in 0...1 (partial for weaker evidence).
    public var credit: Double
    /// The words of the answer that earned it; empty when missed.
    public var evidence: [String]

    public init(id: String, credit: Double, evidence: [String]) {
        self.id = id
        self.credit = credit
        self.evidence = evidence
    }

    /// Counted as covered when at least half the credit was earned.
    public var isCovered: Bool { credit >= 0.5 }
}

/// The judgement of one answer: score, per-point evidence, flags and advice. Same input, same result.
public struct Assessment: Sendable, Hashable, Codable {
    /// Overall score in 0...1.
    public var score: Double
    /// One result per rubric key point, in rubric order.
    public var points: [PointResult]
    /// Misconception ids the answer stated.
    public var misconceptions: [String]
    /// Notable properties of the answer.
    public var flags: [AnswerFlag]
    /// Detail aspects the answer showed (definition, formula, example, ...), for feedback.
    public var aspects: [Aspect]
    /// The language the answer was judged in.
    public var language: Language
    /// Short advice: what to add next time (in `language`).
    public var advice: [String]
    /// How elaborate the answer was, 0...1 (length and detail aspects); nil from scorers that don't
    /// measure it. Feeds the communication competency.
    public var detail: Double?
    /// Generic signals found beyond the rubric (numbers with units, own role, growth, blame, ...), with
    /// the words that showed them; nil from scorers that don't look for them.
    public var signals: [AnswerSignal]?

    public init(score: Double, points: [PointResult], misconceptions: [String] = [], flags: [AnswerFlag] = [],
                aspects: [Aspect] = [], language: Language, advice: [String] = [], detail: Double? = nil,
                signals: [AnswerSignal]? = nil) {
        self.score = score
        self.points = points
        self.misconceptions = misconceptions
        self.flags = flags
        self.aspects = aspects
        self.language = language
        self.advice = advice
        self.detail = detail
        self.signals = signals
    }

    /// Ids of covered key points.
    public var covered: [String] { points.filter(\.isCovered).map(\.id) }
    /// Ids of missed key points.
    public var missed: [String] { points.filter { !$0.isCovered }.map(\.id) }
    /// Whether the answer was an honest "don't know".
    public var isDontKnow: Bool { flags.contains(.dontKnow) }
}

/// Judges answers against a question's rubric. Implementations are pure and deterministic.
public protocol AnswerScorer: Sendable {
    /// Scores `answer` to `question`; `language` is the session's language (answers may mix scripts).
    func assess(_ answer: String, to question: Question, language: Language) -> Assessment
}
