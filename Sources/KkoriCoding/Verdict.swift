/// The outcome of one case, and of a whole task (the first case that did not pass decides).
///
/// The raw values are the words shown to candidates and written in JSON; they never change.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every output matched within the tolerance.
    case accepted
    /// An output had the right shape but values outside the tolerance.
    case wrongAnswer = "wrong-answer"
    /// An output's shape differed from the expected one.
    case wrongShape = "wrong-shape"
    /// The solution raised (or failed to import, or called `sys.exit`) before returning.
    case exception
    /// The case ran past its wall-clock limit.
    case timeout
    /// The solution ran out of its address space (or raised `MemoryError`).
    case memoryLimit = "memory-limit"
    /// The file defines no callable with the task's function name.
    case missingFunction = "missing-function"
    /// The result held NaN or infinity, was `None`, or was not array-like.
    case invalidOutput = "invalid-output"
    /// The solution printed more than the captured-output cap (or returned an array over the file cap).
    case outputLimit = "output-limit"

    /// Whether the case passed.
    public var isAccepted: Bool { self == .accepted }
}
