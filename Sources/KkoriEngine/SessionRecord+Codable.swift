/// Transcript form: `{"type": <typeName>, "data": <payload>}`, readable by other tools.
extension SessionRecord: Codable {
    private enum Keys: String, CodingKey { case type, data }
    private struct QuestionRef: Codable { var questionID: String }
    private struct TaskRef: Codable { var taskID: String; var number: Int; var total: Int }
    private struct Empty: Codable {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "started": self = .started(try c.decode(SessionStart.self, forKey: .data))
        case "asked": self = .asked(try c.decode(AskedQuestion.self, forKey: .data))
        case "answered": self = .answered(try c.decode(GivenAnswer.self, forKey: .data))
        case "scored": self = .scored(try c.decode(ScoredAnswer.self, forKey: .data))
        case "follow-up": self = .followUp(try c.decode(FollowUpChoice.self, forKey: .data))
        case "repeated": self = .repeated(questionID: try c.decode(QuestionRef.self, forKey: .data).questionID)
        case "paused": self = .paused
        case "resumed": self = .resumed
        case "task-started":
            let ref = try c.decode(TaskRef.self, forKey: .data)
            self = .taskStarted(taskID: ref.taskID, number: ref.number, total: ref.total)
        case "task-graded": self = .taskGraded(try c.decode(TaskOutcome.self, forKey: .data))
        case "round-ended": self = .roundEnded(try c.decode(RoundSummary.self, forKey: .data))
        case "keystrokes": self = .keystrokes(try c.decode(KeystrokeBatch.self, forKey: .data))
        case "quit": self = .quit
        case "reopened": self = .reopened
        case "finished": self = .finished(try c.decode(SessionReport.self, forKey: .data))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown record type '\(type)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(typeName, forKey: .type)
        switch self {
        case .started(let v): try c.encode(v, forKey: .data)
        case .asked(let v): try c.encode(v, forKey: .data)
        case .answered(let v): try c.encode(v, forKey: .data)
        case .scored(let v): try c.encode(v, forKey: .data)
        case .followUp(let v): try c.encode(v, forKey: .data)
        case .repeated(let id): try c.encode(QuestionRef(questionID: id), forKey: .data)
        case .taskStarted(let id, let number, let total):
            try c.encode(TaskRef(taskID: id, number: number, total: total), forKey: .data)
        case .taskGraded(let v): try c.encode(v, forKey: .data)
        case .roundEnded(let v): try c.encode(v, forKey: .data)
        case .keystrokes(let v): try c.encode(v, forKey: .data)
        case .finished(let v): try c.encode(v, forKey: .data)
        case .paused, .resumed, .quit, .reopened: try c.encode(Empty(), forKey: .data)
        }
    }
}
