/// The graded result of one case.
public struct CaseResult: Sendable, Hashable {
    /// The case's name.
    public var name: String
    /// Whether it is a visible case.
    public var visible: Bool
    /// The case's weight in the task's score.
    public var weight: Int
    /// The verdict.
    public var verdict: Verdict
    /// Seconds the candidate's function took (the process's wall time when it never returned).
    public var seconds: Double
    /// Seconds the function itself took, when it returned.
    public var candidateSeconds: Double?
    /// Seconds the built-in kernel took for the same case (one thread), when it was computed.
    public var referenceSeconds: Double?
    /// Largest absolute error over all outputs, when outputs were compared.
    public var maxAbsError: Double?
    /// Where the first output out of tolerance missed (wrong-answer only).
    public var mismatch: Mismatch?
    /// Which output the problem concerns when the function returns several (`dw`).
    public var output: String?
    /// The expected shape of the output that differed (wrong-shape only).
    public var expectedShape: [Int]?
    /// The shape the solution returned instead (wrong-shape only).
    public var gotShape: [Int]?
    /// A one- or few-line explanation: the traceback's last lines, the limit that was hit, what was wrong.
    public var detail: String?
    /// The input shapes, to show with a failing case.
    public var inputs: [NamedShape]

    public init(name: String, visible: Bool, weight: Int = 1, verdict: Verdict, seconds: Double,
                candidateSeconds: Double? = nil, referenceSeconds: Double? = nil, maxAbsError: Double? = nil,
                mismatch: Mismatch? = nil, output: String? = nil, expectedShape: [Int]? = nil, gotShape: [Int]? = nil,
                detail: String? = nil, inputs: [NamedShape] = []) {
        self.name = name
        self.visible = visible
        self.weight = weight
        self.verdict = verdict
        self.seconds = seconds
        self.candidateSeconds = candidateSeconds
        self.referenceSeconds = referenceSeconds
        self.maxAbsError = maxAbsError
        self.mismatch = mismatch
        self.output = output
        self.expectedShape = expectedShape
        self.gotShape = gotShape
        self.detail = detail
        self.inputs = inputs
    }
}

/// The graded result of a task: every case, the overall verdict and the speed comparison.
public struct TaskResult: Sendable, Hashable {
    /// The task's id.
    public var taskID: String
    /// Whether only the visible cases ran (a practice run).
    public var visibleOnly: Bool
    /// Each case in run order (visible first).
    public var cases: [CaseResult]
    /// Warnings about how the solution was run (e.g. no process isolation on this system).
    public var warnings: [String]

    public init(taskID: String, visibleOnly: Bool, cases: [CaseResult], warnings: [String] = []) {
        self.taskID = taskID
        self.visibleOnly = visibleOnly
        self.cases = cases
        self.warnings = warnings
    }

    /// `accepted` when every case passed, else the verdict of the first case that did not.
    public var verdict: Verdict {
        cases.first { !$0.verdict.isAccepted }?.verdict ?? .accepted
    }

    /// Cases passed.
    public var passed: Int { cases.filter(\.verdict.isAccepted).count }

    /// Cases run.
    public var total: Int { cases.count }

    /// The weighted share of cases passed, 0...1.
    public var score: Double {
        let all = cases.reduce(0) { $0 + $1.weight }
        let won = cases.filter(\.verdict.isAccepted).reduce(0) { $0 + $1.weight }
        return all > 0 ? Double(won) / Double(all) : 0
    }

    /// The cases where both the solution and the reference produced a timing.
    private var timedCases: [CaseResult] {
        cases.filter { $0.candidateSeconds != nil && $0.referenceSeconds != nil }
    }

    /// Total seconds of the candidate's function over the timed cases (nil when none returned).
    public var candidateSeconds: Double? {
        timedCases.isEmpty ? nil : timedCases.reduce(0) { $0 + ($1.candidateSeconds ?? 0) }
    }

    /// Total seconds of the built-in kernel over the same cases.
    public var referenceSeconds: Double? {
        timedCases.isEmpty ? nil : timedCases.reduce(0) { $0 + ($1.referenceSeconds ?? 0) }
    }
}
