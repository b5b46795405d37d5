import Foundation

extension Kernel {
    /// exp(x - max) / sum along `axis` (negative counts from the end); stable for large logits.
    public static func softmax(_ x: Tensor, axis: Int = -1) -> Tensor {
        let ax = require { () throws(ShapeError) in try Shapes.axis(axis, rank: x.rank, op: "softmax") }
        return normalizeLanes(x, axis: ax, log: false)
    }

    /// (x - max) - log(sum(exp(x - max))) along `axis`.
    public static func logSoftmax(_ x: Tensor, axis: Int = -1) -> Tensor {
        let ax = require { () throws(ShapeError) in try Shapes.axis(axis, rank: x.rank, op: "log_softmax") }
        return normalizeLanes(x, axis: ax, log: true)
    }

    /// Mean negative log-likelihood of `labels` under softmax(`logits`), logits (N,C).
    public static func crossEntropy(logits: Tensor, labels: [Int]) -> Float {
        require { () throws(ShapeError) in try Shapes.crossEntropy(logits: logits.shape, labels: labels) }
        let c = logits.shape[1]
        var total: Double = 0
        logits.data.withUnsafeBufferPointer { px in
            guard let base = px.baseAddress else { return }
            for (row, label) in labels.enumerated() {
                let line = base + row * c
                let (peak, sum) = SoftmaxRow.peakAndSum(line, c, into: nil)
                total -= Double((line[label] - peak) - logf(sum))
            }
        }
        return Float(total / Double(labels.count))
    }

    /// Softmax or log-softmax of every lane along `axis`: contiguous rows when `axis` is last, otherwise
    /// sixteen neighbouring lanes at a time, one per vector lane.
    static func normalizeLanes(_ x: Tensor, axis: Int, log: Bool) -> Tensor {
        let length = x.shape[axis]
        let inner = x.shape[(axis + 1)...].reduce(1, *)
        let outer = x.shape[..<axis].reduce(1, *)
        guard length > 0, x.count > 0 else { return Tensor(zeros: x.shape) }
        let workers = workerCount(elements: x.count)
        return Tensor(shape: x.shape) { dst in
            withBases([x]) { inputs in
                let src = inputs[0], target = SendablePointer(dst)
                if inner == 1 {
                    parallelFor(outer, threads: workers) { row in
                        SoftmaxRow.run(src + row * length, target.base + row * length, length, log: log)
                    }
                    return
                }
                let groups = (inner + 15) / 16
                parallelFor(outer * groups, threads: workers) { item in
                    let (o, g) = (item / groups, item % groups)
                    let offset = o * length * inner + g * 16
                    SoftmaxColumns.run(src + offset, target.base + offset, length: length, stride: inner,
                                       lanes: min(16, inner - g * 16), log: log)
                }
            }
        }
    }
}

/// Softmax along one contiguous row.
enum SoftmaxRow {
    /// The row's maximum and the sum of exp(x - max); the exponentials go to `dst` when given.
    @inline(__always)
    static func peakAndSum(_ src: UnsafePointer<Float>, _ n: Int,
                           into dst: UnsafeMutablePointer<Float>?) -> (Float, Float) {
        var m = V(repeating: -.infinity)
        var i = 0
        while i + 16 <= n {
            m = vmax(m, load(src + i))
            i += 16
        }
        if i < n { m = vmax(m, loadPartial(src + i, n - i, fill: -.infinity)) }
        let peak = hmax(m)
        let shift = V(repeating: peak)
        var s0 = V(), s1 = V()
        i = 0
        while i + 32 <= n {
            let e0 = vexp(load(src + i) - shift), e1 = vexp(load(src + i + 16) - shift)
            if let dst {
                store(e0, dst + i)
                store(e1, dst + i + 16)
            }
            s0 += e0
            s1 += e1
            i += 32
        }
        while i < n {
            let live = min(16, n - i)
            let e = vexp((live == 16 ? load(src + i) : loadPartial(src + i, live, fill: -.infinity)) - shift)
            if let dst { live == 16 ? store(e, dst + i) : storePartial(e, dst + i, live) }
            s0 += e
            i += live
        }
        return (peak, hsum(s0 + s1))
    }

    static func run(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, _ n: Int, log: Bool) {
        let (peak, sum) = peakAndSum(src, n, into: log ? nil : dst)
        // log: subtract the max first, then log(sum), so values near 1e4 keep their small differences.
        let scale = V(repeating: log ? 1 : 1 / sum)
        let shift = V(repeating: log ? peak : 0), offset = V(repeating: log ? logf(sum) : 0)
        let base = log ? src : UnsafePointer(dst)
        var i = 0
        while i + 16 <= n {
            store(((load(base + i) - shift) - offset) * scale, dst + i)
            i += 16
        }
        if i < n { storePartial(((loadPartial(base + i, n - i, fill: 0) - shift) - offset) * scale, dst + i, n - i) }
    }
}

/// Softmax along a strided axis for up to 16 neighbouring lanes at once (one lane per vector lane).
enum SoftmaxColumns {
    static func run(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, length: Int, stride: Int,
                    lanes: Int, log: Bool) {
        @inline(__always) func get(_ i: Int) -> V {
            lanes == 16 ? load(src + i * stride) : loadPartial(src + i * stride, lanes, fill: 0)
        }
        @inline(__always) func put(_ v: V, _ i: Int) {
            lanes == 16 ? store(v, dst + i * stride) : storePartial(v, dst + i * stride, lanes)
        }
        var peak = V(repeating: -.infinity)
        for i in 0..<length { peak = vmax(peak, get(i)) }
        var sum = V()
        for i in 0..<length {
            let e = vexp(get(i) - peak)
            if !log { put(e, i) }
            sum += e
        }
        if log {
            var logSum = V()
            for lane in 0..<16 { logSum[lane] = logf(sum[lane]) }
            for i in 0..<length { put((get(i) - peak) - logSum, i) }
        } else {
            let inv = 1 / sum
            for i in 0..<length {
                put((lanes == 16 ? load(dst + i * stride) : loadPartial(dst + i * stride, lanes, fill: 0)) * inv, i)
            }
        }
    }
}
