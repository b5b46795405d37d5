import Foundation

extension TaskResult {
    /// The result as one JSON object (keys sorted): `task`, `verdict`, `passed`, `total`, `cases`,
    /// `candidate_seconds`, `reference_seconds`; each case has `name`, `verdict`, `seconds`, `visible`
    /// and, where they apply, `max_abs_err`, `max_rel_err`, `first_mismatch`, `output`, `expected_shape`,
    /// `got_shape`, `message`. Non-finite numbers are written as null.
    public func json(pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(ResultJSON(self)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The JSON form of a task result.
struct ResultJSON: Encodable {
    let result: TaskResult

    init(_ result: TaskResult) { self.result = result }

    enum Keys: String, CodingKey {
        case task, verdict, passed, total, cases
        case candidateSeconds = "candidate_seconds", referenceSeconds = "reference_seconds"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(result.taskID, forKey: .task)
        try c.encode(result.verdict.rawValue, forKey: .verdict)
        try c.encode(result.passed, forKey: .passed)
        try c.encode(result.total, forKey: .total)
        try c.encode(result.cases.map(CaseJSON.init), forKey: .cases)
        try c.encode(jsonNumber(result.candidateSeconds), forKey: .candidateSeconds)
        try c.encode(jsonNumber(result.referenceSeconds), forKey: .referenceSeconds)
    }
}

/// The JSON form of one case.
struct CaseJSON: Encodable {
    let item: CaseResult

    init(_ item: CaseResult) { self.item = item }

    enum Keys: String, CodingKey {
        case name, verdict, seconds, visible, output, message
        case maxAbsErr = "max_abs_err", maxRelErr = "max_rel_err", firstMismatch = "first_mismatch"
        case expectedShape = "expected_shape", gotShape = "got_shape"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(item.name, forKey: .name)
        try c.encode(item.verdict.rawValue, forKey: .verdict)
        try c.encode(jsonNumber(item.seconds), forKey: .seconds)
        try c.encode(item.visible, forKey: .visible)
        if item.maxAbsError != nil { try c.encode(jsonNumber(item.maxAbsError), forKey: .maxAbsErr) }
        if let mismatch = item.mismatch {
            try c.encode(jsonNumber(mismatch.maxRelError), forKey: .maxRelErr)
            try c.encode(mismatch.index, forKey: .firstMismatch)
        }
        try c.encodeIfPresent(item.output, forKey: .output)
        try c.encodeIfPresent(item.expectedShape, forKey: .expectedShape)
        try c.encodeIfPresent(item.gotShape, forKey: .gotShape)
        try c.encodeIfPresent(item.detail, forKey: .message)
    }
}

/// A finite value rounded to microseconds/millionths for readable JSON; nil otherwise.
private func jsonNumber(_ value: Double?) -> Double? {
    guard let value, value.isFinite else { return nil }
    if abs(value) >= 1e-3 { return (value * 1e6).rounded() / 1e6 }
    return value
}
