extension Kernel {
    /// softmax(q kᵀ / √d) v for q (...,Lq,d), k (...,Lk,d), v (...,Lk,dv).
    ///
    /// `mask` broadcasts to (...,Lq,Lk); `true` may attend. A masked score counts as −∞ unless a whole
    /// row is masked, which then attends uniformly (the result of filling with a large negative number).
    public static func attention(q: Tensor, k: Tensor, v: Tensor, mask: Mask? = nil) -> Tensor {
        let outShape = require { () throws(ShapeError) in
            try Shapes.attention(q: q.shape, k: k.shape, v: v.shape, mask: mask?.shape)
        }
        let r = q.rank
        let dims = AttentionDims(lq: q.shape[r - 2], lk: k.shape[r - 2], d: q.shape[r - 1], dv: v.shape[r - 1])
        let batches = Tensor.elementCount(Array(q.shape.dropLast(2)))
        let view = mask.map { MaskView($0, target: Array(q.shape.dropLast()) + [dims.lk]) }
        return Tensor(shape: outShape) { dst in
            withBases([q, k, v]) { p in
                let target = SendablePointer(dst)
                parallelFor(batches, threads: workerCount()) { i in
                    AttentionHead(q: p[0] + i * dims.lq * dims.d, k: p[1] + i * dims.lk * dims.d,
                                  v: p[2] + i * dims.lk * dims.dv, out: target.base + i * dims.lq * dims.dv,
                                  qStride: dims.d, kStride: dims.d, vStride: dims.dv, outStride: dims.dv)
                        .run(dims, mask: view, batch: i)
                }
            }
        }
    }
}

/// The sizes of one attention product.
struct AttentionDims {
    let lq: Int, lk: Int, d: Int, dv: Int
}

/// One head's operands as row-strided matrices, so heads can be read straight out of (B,L,D) projections
/// and written straight into the concatenated output.
struct AttentionHead {
    let q: UnsafePointer<Float>, k: UnsafePointer<Float>, v: UnsafePointer<Float>
    let out: UnsafeMutablePointer<Float>
    let qStride: Int, kStride: Int, vStride: Int, outStride: Int

    /// Computes softmax(q kᵀ/√d + mask) v into `out` on the calling thread.
    func run(_ dims: AttentionDims, mask: MaskView?, batch: Int) {
        let scores = allocateFloats(dims.lq * dims.lk)
        defer { scores.deallocate() }
        Gemm.multiply(m: dims.lq, n: dims.lk, k: dims.d, a: MatrixRef(base: q, rowStride: qStride, colStride: 1),
                      b: MatrixRef(base: k, rowStride: 1, colStride: kStride), c: scores, ldc: dims.lk,
                      accumulate: false, threads: 1)
        let scale = 1 / Float(dims.d).squareRoot()
        for row in 0..<dims.lq {
            let line = scores + row * dims.lk
            if let mask {
                mask.withRow(batch: batch, row: row, lk: dims.lk) { add in
                    AttentionRow.normalize(line, dims.lk, scale: scale, add: add)
                }
            } else {
                AttentionRow.normalize(line, dims.lk, scale: scale, add: nil)
            }
        }
        Gemm.multiply(m: dims.lq, n: dims.dv, k: dims.lk, a: .rows(UnsafePointer(scores), columns: dims.lk),
                      b: MatrixRef(base: v, rowStride: vStride, colStride: 1), c: out, ldc: outStride,
                      accumulate: false, threads: 1)
    }
}

/// softmax(scale·s + add) of one score row, in place.
enum AttentionRow {
    @inline(__always)
    static func normalize(_ line: UnsafeMutablePointer<Float>, _ n: Int, scale: Float, add: UnsafePointer<Float>?) {
        let top = scaleAndPeak(line, n, scale: scale, add: add)
        guard top > -.infinity else {
            // Every key masked: attend uniformly, as a large negative fill would.
            line.update(repeating: 1 / Float(n), count: n)
            return
        }
        let shift = V(repeating: top)
        var sum = V()
        var i = 0
        while i < n {
            let live = min(16, n - i)
            let e = vexp((live == 16 ? load(line + i) : loadPartial(line + i, live, fill: -.infinity)) - shift)
            live == 16 ? store(e, line + i) : storePartial(e, line + i, live)
            sum += e
            i += 16
        }
        let inv = V(repeating: 1 / hsum(sum))
        i = 0
        while i < n {
            let live = min(16, n - i)
            if live == 16 {
                store(load(line + i) * inv, line + i)
            } else {
                storePartial(loadPartial(line + i, live, fill: 0) * inv, line + i, live)
            }
            i += 16
        }
    }

    /// Replaces s by scale·s + add and returns the row's maximum.
    @inline(__always)
    static func scaleAndPeak(_ line: UnsafeMutablePointer<Float>, _ n: Int, scale: Float,
                             add: UnsafePointer<Float>?) -> Float {
        let factor = V(repeating: scale)
        var peak = V(repeating: -.infinity)
        var i = 0
        while i < n {
            let live = min(16, n - i)
            var t = (live == 16 ? load(line + i) : loadPartial(line + i, live, fill: 0)) * factor
            if let add { t += live == 16 ? load(add + i) : loadPartial(add + i, live, fill: -.infinity) }
            else if live < 16 { t = t.replacing(with: -.infinity, where: lanes(live)) }
            peak = vmax(peak, t)
            live == 16 ? store(t, line + i) : storePartial(t, line + i, live)
            i += 16
        }
        return hmax(peak)
    }

    /// Lanes at or past `live`.
    @inline(__always)
    static func lanes(_ live: Int) -> SIMDMask<SIMD16<Int32>> {
        SIMD16<Int32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) .>= SIMD16<Int32>(repeating: Int32(live))
    }
}
