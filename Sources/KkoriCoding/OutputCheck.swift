import KkoriKernel

/// How one returned array compares with the expected one.
public enum OutputCheck: Sendable, Equatable {
    /// Within tolerance everywhere; the largest absolute error.
    case match(maxAbsError: Double)
    /// Right shape, values off: the largest errors and the first element (C order) out of tolerance.
    case mismatch(Mismatch)
    /// The shape differs.
    case wrongShape(expected: [Int], got: [Int])
    /// NaN or infinity at the given index.
    case notFinite(index: [Int], value: Double)
}

/// Where and by how much an output missed.
public struct Mismatch: Sendable, Hashable, Codable {
    /// Largest |got - expected|.
    public var maxAbsError: Double
    /// Largest |got - expected| / |expected| over the elements whose expected value is not zero.
    public var maxRelError: Double
    /// The first multi-index out of tolerance.
    public var index: [Int]
    /// The value returned there.
    public var got: Double
    /// The value expected there.
    public var expected: Double

    public init(maxAbsError: Double, maxRelError: Double, index: [Int], got: Double, expected: Double) {
        self.maxAbsError = maxAbsError
        self.maxRelError = maxRelError
        self.index = index
        self.got = got
        self.expected = expected
    }
}

/// Compares returned arrays with expected ones in double precision.
public enum OutputComparison {
    /// Checks `got` against `expected`. A scalar expectation accepts any size-1 array.
    public static func check(_ got: NPYArray, against expected: Tensor, tolerance: Tolerance,
                             scalar: Bool = false) -> OutputCheck {
        let shapeFits = got.shape == expected.shape || (scalar && got.count == 1 && expected.count == 1)
        guard shapeFits else { return .wrongShape(expected: expected.shape, got: got.shape) }
        let values = got.doubles
        let shape = got.shape
        var maxAbs = 0.0, maxRel = 0.0
        var first: (Int, Double, Double)?
        for i in 0..<values.count {
            let g = values[i], e = Double(expected.data[i])
            guard g.isFinite else { return .notFinite(index: multiIndex(i, shape), value: g) }
            let diff = abs(g - e)
            maxAbs = max(maxAbs, diff)
            if e != 0 { maxRel = max(maxRel, diff / abs(e)) }
            if first == nil, !tolerance.accepts(g, e) { first = (i, g, e) }
        }
        guard let (i, g, e) = first else { return .match(maxAbsError: maxAbs) }
        return .mismatch(Mismatch(maxAbsError: maxAbs, maxRelError: maxRel, index: multiIndex(i, shape), got: g,
                                  expected: e))
    }

    /// The C-order multi-index of flat position `flat` in `shape`.
    public static func multiIndex(_ flat: Int, _ shape: [Int]) -> [Int] {
        var rest = flat
        var index = [Int](repeating: 0, count: shape.count)
        for axis in shape.indices.reversed() where shape[axis] > 0 {
            index[axis] = rest % shape[axis]
            rest /= shape[axis]
        }
        return index
    }
}
