/// How close an output must be: `|got - expected| <= atol + rtol * |expected|`, element by element,
/// in double precision (the rule of `numpy.allclose`).
public struct Tolerance: Sendable, Hashable, Codable {
    /// Relative part.
    public var rtol: Double
    /// Absolute part.
    public var atol: Double

    public init(rtol: Double = 1e-4, atol: Double = 1e-5) {
        self.rtol = rtol
        self.atol = atol
    }

    /// Whether `got` is close enough to `expected`.
    @inline(__always)
    public func accepts(_ got: Double, _ expected: Double) -> Bool {
        abs(got - expected) <= atol + rtol * abs(expected)
    }
}

/// The limits every case of a task runs under.
public struct CaseLimits: Sendable, Hashable, Codable {
    /// Wall-clock seconds for one case, Python start-up and `import numpy` included.
    public var seconds: Double
    /// Address-space limit of the Python process, in bytes.
    public var memoryBytes: Int
    /// Most bytes of standard output and error kept before the case is stopped.
    public var outputBytes: Int
    /// Largest file the solution may write (its returned arrays included), in bytes.
    public var fileBytes: Int

    public init(seconds: Double = 10, memoryBytes: Int = 1 << 30, outputBytes: Int = 1 << 20,
                fileBytes: Int = 64 << 20) {
        self.seconds = seconds
        self.memoryBytes = memoryBytes
        self.outputBytes = outputBytes
        self.fileBytes = fileBytes
    }
}
