import KkoriScenario

/// A timed numpy implementation task: what the candidate reads, the function they write, and the
/// cases it is graded on. Expected outputs are not stored: the built-in reference computes them.
public struct CodingTask: Sendable, Hashable {
    /// Stable id (`conv2d`); transcripts and `kkori task` refer to it.
    public var id: String
    /// Short display title.
    public var title: Localized
    /// The problem statement shown to the candidate.
    public var statement: Localized
    /// The built-in reference that generates inputs and computes expected outputs.
    public var reference: Reference
    /// The Python signature the candidate implements, e.g. `softmax(x, axis=-1)`.
    public var signature: String
    /// The file the candidate starts from.
    public var starter: String
    /// Suggested minutes for this task (the round's limit is set in the scenario manifest).
    public var minutes: Int?
    /// How close outputs must be.
    public var tolerance: Tolerance
    /// Limits of each case.
    public var limits: CaseLimits
    /// Cases the candidate may run while working (`r` in the app, `--visible-only`).
    public var visibleCases: [CaseSpec]
    /// Cases used only when the solution is submitted.
    public var hiddenCases: [CaseSpec]
    /// The task file, relative to the scenario folder.
    public var file: String

    public init(id: String, title: Localized, statement: Localized, reference: Reference, signature: String,
                starter: String, minutes: Int? = nil, tolerance: Tolerance = Tolerance(),
                limits: CaseLimits = CaseLimits(), visibleCases: [CaseSpec], hiddenCases: [CaseSpec],
                file: String = "") {
        self.id = id
        self.title = title
        self.statement = statement
        self.reference = reference
        self.signature = signature
        self.starter = starter
        self.minutes = minutes
        self.tolerance = tolerance
        self.limits = limits
        self.visibleCases = visibleCases
        self.hiddenCases = hiddenCases
        self.file = file
    }

    /// The Python function the harness calls.
    public var functionName: String { reference.functionName }

    /// The cases of a run: the visible ones, then (unless `visibleOnly`) the hidden ones.
    public func cases(visibleOnly: Bool) -> [CaseSpec] {
        visibleOnly ? visibleCases : visibleCases + hiddenCases
    }
}

/// One generated test case: a seed and the sizes and options the reference needs.
public struct CaseSpec: Sendable, Hashable {
    /// Unique within the task; shown in results (`stride-2-pad-1`).
    public var name: String
    /// Whether the candidate may run it before submitting.
    public var visible: Bool
    /// Seed of the input generator: the same seed always gives the same inputs.
    public var seed: UInt64
    /// How much the case counts in the task's score.
    public var weight: Int
    /// A wall-clock limit for this case, overriding the task's.
    public var seconds: Double?
    /// Standard deviation of the main random input.
    public var scale: Double
    /// Mean of the main random input (e.g. 1e4 for large logits).
    public var offset: Double
    /// Array shapes by parameter name (`x`, `w`, `q`...).
    public var shapes: [String: [Int]]
    /// Whole-number options by name (`stride`, `num_heads`, `batch`...).
    public var integers: [String: Int]
    /// Real-number options by name (`eps`).
    public var numbers: [String: Double]
    /// The attention mask to pass, if any.
    public var mask: MaskSpec?

    public init(name: String, visible: Bool, seed: UInt64, weight: Int = 1, seconds: Double? = nil,
                scale: Double = 1, offset: Double = 0, shapes: [String: [Int]] = [:],
                integers: [String: Int] = [:], numbers: [String: Double] = [:], mask: MaskSpec? = nil) {
        self.name = name
        self.visible = visible
        self.seed = seed
        self.weight = weight
        self.seconds = seconds
        self.scale = scale
        self.offset = offset
        self.shapes = shapes
        self.integers = integers
        self.numbers = numbers
        self.mask = mask
    }
}

/// How a boolean attention mask is drawn (`true` = may attend).
public struct MaskSpec: Sendable, Hashable {
    /// The mask's own shape; it broadcasts against the scores (..., Lq, Lk).
    public var shape: [Int]
    /// Probability that a flag is `true` in a random mask.
    public var keep: Double
    /// A causal pattern instead of a random one: query i sees keys j <= i + max(0, Lk - Lq).
    public var causal: Bool

    public init(shape: [Int], keep: Double = 0.7, causal: Bool = false) {
        self.shape = shape
        self.keep = keep
        self.causal = causal
    }
}
