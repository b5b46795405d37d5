import KkoriScenario

/// Whether feedback comes after each answer or only at the end.
public enum InterviewMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Feedback after every answer, model answers on demand.
    case practice
    /// Like the real thing: no feedback until the report.
    case real
}

/// What a session was started with; recorded first in its transcript so it can be replayed exactly.
public struct SessionConfig: Sendable, Hashable, Codable {
    /// Rounds to run, in order.
    public var rounds: [RoundKind]
    /// Interview language.
    public var language: Language
    /// Practice or real.
    public var mode: InterviewMode
    /// Seed of the question draw: same seed and same answers, same session.
    public var seed: UInt64
    /// Coding task ids available for a coding round (from the scenario's task files).
    public var codingTasks: [String]

    public init(rounds: [RoundKind], language: Language, mode: InterviewMode = .practice, seed: UInt64,
                codingTasks: [String] = []) {
        self.rounds = rounds
        self.language = language
        self.mode = mode
        self.seed = seed
        self.codingTasks = codingTasks
    }
}

/// SplitMix64: small, fast, and fully specified, so a seed draws the same questions on every platform.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A Fisher–Yates shuffle with an explicitly defined index choice (independent of the standard
    /// library's algorithm, which may change between releases).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            result.swapAt(i, j)
        }
        return result
    }
}
