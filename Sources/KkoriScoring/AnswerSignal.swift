/// A kind of generic signal the scorer looks for in every answer, whatever the rubric says.
public enum SignalKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// "X is ...", "란", "정의": the answer defines its subject.
    case definition
    /// "because", "즉", "직관적으로": the answer explains why.
    case intuition
    /// An equation, a sum, a logarithm, a complexity.
    case formula
    /// "for example", "예를 들어".
    case example
    /// "however", "반면", "단점": costs, limits, alternatives.
    case tradeOff = "trade-off"
    /// "in practice", "실무에서": knowledge beyond the question.
    case beyond
    /// "I think", "아마": the candidate hedges.
    case hedge
    /// A number with a unit or percentage, or next to a metric (accuracy, latency, 매출).
    case quantitativeResult = "quantitative-result"
    /// The candidate's own role: I / 제가 / 저는 with an action.
    case ownRole = "own-role"
    /// "we", "저희", "우리": the team as the subject.
    case we
    /// Who was on the team (3명, two backend engineers, 기획자).
    case teamComposition = "team-composition"
    /// The problem or difficulty faced.
    case problem
    /// What was done about it.
    case action
    /// What came of it.
    case result
    /// A model, library or technique named (BERT, LightGBM, 파인튜닝).
    case skillNamed = "skill-named"
    /// A specific situation (당시, once, last year).
    case concreteExample = "concrete-example"
    /// Learning and growth framing.
    case growth
    /// Interest and passion for the field.
    case passion
    /// A reason tied to the company (귀사, your team, its product).
    case companyMotivation = "company-motivation"
    /// Fault-finding aimed at a former company, a boss or colleagues.
    case blame
    /// Harsh blame of oneself.
    case selfBlame = "self-blame"
    /// A red-flag absolute ("I never get stressed").
    case absolute
}

/// One generic signal found in an answer, with the words that showed it.
public struct AnswerSignal: Sendable, Hashable, Codable {
    /// What was found.
    public var kind: SignalKind
    /// The answer's words that showed it.
    public var evidence: String

    public init(kind: SignalKind, evidence: String) {
        self.kind = kind
        self.evidence = evidence
    }
}
