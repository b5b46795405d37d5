extension Kernel {
    /// (x - mean) / sqrt(var + eps) · gamma + beta over the last axis, biased variance.
    public static func layerNorm(_ x: Tensor, gamma: Tensor, beta: Tensor, eps: Float = 1e-5) -> Tensor {
        require { () throws(ShapeError) in try Shapes.layerNorm(x: x.shape, gamma: gamma.shape, beta: beta.shape) }
        let d = gamma.count
        guard d > 0, x.count > 0 else { return Tensor(zeros: x.shape) }
        let rows = x.count / d
        let workers = workerCount(elements: x.count)
        return Tensor(shape: x.shape) { dst in
            withBases([x, gamma, beta]) { p in
                let target = SendablePointer(dst)
                parallelFor(rows, threads: workers) { row in
                    LayerNormRow.run(p[0] + row * d, target.base + row * d, d, gamma: p[1], beta: p[2], eps: eps)
                }
            }
        }
    }
}

/// Layer normalisation of one contiguous row.
enum LayerNormRow {
    /// Normalises `src` into `dst` (which may be `src`).
    @inline(__always)
    static func run(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, _ d: Int,
                    gamma: UnsafePointer<Float>, beta: UnsafePointer<Float>, eps: Float) {
        let (mean, variance) = moments(src, d)
        let m = V(repeating: mean), inv = V(repeating: 1 / (variance + eps).squareRoot())
        var i = 0
        while i < d {
            let live = min(16, d - i)
            let x = live == 16 ? load(src + i) : loadPartial(src + i, live, fill: 0)
            let g = live == 16 ? load(gamma + i) : loadPartial(gamma + i, live, fill: 0)
            let b = live == 16 ? load(beta + i) : loadPartial(beta + i, live, fill: 0)
            let result = muladd(b, (x - m) * inv, g)
            live == 16 ? store(result, dst + i) : storePartial(result, dst + i, live)
            i += 16
        }
    }

    /// Mean and biased variance. The mean comes from a vector sum; the variance from the corrected
    /// two-pass formula (Σ(x−m)² − (Σ(x−m))²/d)/d, whose correction term also repairs the mean's rounding.
    /// Independent accumulators hide the add latency.
    @inline(__always)
    static func moments(_ src: UnsafePointer<Float>, _ d: Int) -> (Float, Float) {
        var s0 = V(), s1 = V(), s2 = V(), s3 = V()
        var i = 0
        while i + 64 <= d {
            s0 += load(src + i)
            s1 += load(src + i + 16)
            s2 += load(src + i + 32)
            s3 += load(src + i + 48)
            i += 64
        }
        while i < d {
            s0 += i + 16 <= d ? load(src + i) : loadPartial(src + i, d - i, fill: 0)
            i += 16
        }
        let first = hsum((s0 + s1) + (s2 + s3)) / Float(d)
        let m = V(repeating: first)
        var c0 = V(), q0 = V(), c1 = V(), q1 = V()
        i = 0
        while i + 32 <= d {
            let x0 = load(src + i) - m, x1 = load(src + i + 16) - m
            (c0, c1) = (c0 + x0, c1 + x1)
            (q0, q1) = (muladd(q0, x0, x0), muladd(q1, x1, x1))
            i += 32
        }
        while i < d {
            // Padding lanes load the mean itself, so they add nothing.
            let x = (i + 16 <= d ? load(src + i) : loadPartial(src + i, d - i, fill: first)) - m
            (c0, q0) = (c0 + x, muladd(q0, x, x))
            i += 16
        }
        let shift = hsum(c0 + c1) / Float(d)
        return (first + shift, max(0, hsum(q0 + q1) / Float(d) - shift * shift))
    }
}
