/// A reproducible random generator for test inputs: the same seed gives the same values on every platform.
///
/// Algorithm (fixed; changing it changes every generated case):
/// - State: xoshiro256** (Blackman and Vigna), its four words filled from the seed by SplitMix64.
/// - `uniform`: the top 24 bits of a draw scaled to [0, 1), then mapped to [low, high).
/// - `normal`: Marsaglia's polar method in double precision on two 53-bit uniforms in (−1, 1),
///   using a logarithm built from + − × ÷ only (no libm), so results do not depend on the C library.
/// - `int(below:)`: rejection sampling on the 64-bit draw (no modulo bias).
/// - `bools`: a 53-bit uniform below `probability`.
public struct SeededRandom: Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)
    private var spareNormal: Double?

    /// Seeds the generator; every seed, including 0, gives a usable state.
    public init(seed: UInt64) {
        var mix = seed
        func splitMix() -> UInt64 {
            mix &+= 0x9E37_79B9_7F4A_7C15
            var z = mix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A double in [0, 1) with 53 random bits.
    public mutating func unitDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A float in [0, 1) with 24 random bits.
    public mutating func unitFloat() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// A uniform integer in `0..<bound` (bound > 0).
    public mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "SeededRandom.int(below:) needs a positive bound, got \(bound)")
        let n = UInt64(bound)
        let threshold = (0 &- n) % n
        while true {
            let r = next()
            if r >= threshold { return Int(r % n) }
        }
    }

    /// One standard normal draw (polar method; the second value of each pair is kept for the next call).
    public mutating func standardNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * unitDouble() - 1, v = 2 * unitDouble() - 1
            let s = u * u + v * v
            // s >= 2^-106 keeps s normal, as the logarithm's bit split needs.
            guard s > 0x1p-106, s < 1 else { continue }
            let factor = (-2 * SeededRandom.log(s) / s).squareRoot()
            spareNormal = v * factor
            return u * factor
        }
    }

    /// A tensor of normal draws with the given mean and standard deviation.
    public mutating func normal(shape: [Int], mean: Float = 0, std: Float = 1) -> Tensor {
        let count = Tensor.elementCount(shape)
        var data = [Float](repeating: 0, count: count)
        for i in 0..<count { data[i] = Float(Double(mean) + Double(std) * standardNormal()) }
        return Tensor(shape: shape, data: data)
    }

    /// A tensor of uniform draws in [low, high).
    public mutating func uniform(shape: [Int], low: Float = 0, high: Float = 1) -> Tensor {
        let count = Tensor.elementCount(shape)
        var data = [Float](repeating: 0, count: count)
        for i in 0..<count { data[i] = low + (high - low) * unitFloat() }
        return Tensor(shape: shape, data: data)
    }

    /// Integers drawn uniformly from `0..<bound`, e.g. class labels.
    public mutating func ints(count: Int, below bound: Int) -> [Int] {
        (0..<count).map { _ in int(below: bound) }
    }

    /// A mask whose flags are `true` with the given probability.
    public mutating func bools(shape: [Int], probability: Double = 0.5) -> Mask {
        let count = Tensor.elementCount(shape)
        var data = [Bool](repeating: false, count: count)
        for i in 0..<count { data[i] = unitDouble() < probability }
        return Mask(shape: shape, data: data)
    }

    /// Natural logarithm of a positive finite double from basic arithmetic only, so every platform agrees:
    /// x = m·2^e with m in [√½, √2), log m = 2·atanh((m−1)/(m+1)) by its odd series (Horner form).
    static func log(_ x: Double) -> Double {
        // Split the bits directly: m in [1, 2) and the unbiased exponent e (x is positive and normal here).
        let bits = x.bitPattern
        var e = Double(Int((bits >> 52) & 0x7FF) - 1023)
        var m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)
        if m > 1.4142135623730951 {
            m /= 2
            e += 1
        }
        let s = (m - 1) / (m + 1), s2 = s * s
        // atanh(s)/s = Σ s^(2k)/(2k+1); with |s| ≤ 0.172 eleven terms reach double precision.
        var series = (1.0 / 21) * s2 + 1.0 / 19
        series = ((series * s2 + 1.0 / 17) * s2 + 1.0 / 15) * s2 + 1.0 / 13
        series = ((series * s2 + 1.0 / 11) * s2 + 1.0 / 9) * s2 + 1.0 / 7
        series = ((series * s2 + 1.0 / 5) * s2 + 1.0 / 3) * s2 + 1
        let sum = s * series
        return 2 * sum + e * 0.6931471805599453
    }
}
