extension Kernel {
    /// `a @ b` for `(..., m, k) @ (k, n)` or batched `(..., m, k) @ (..., k, n)` (batch axes broadcast).
    ///
    /// `threads` caps the cores used (0 = `threadLimit` or all).
    public static func matmul(_ a: Tensor, _ b: Tensor, threads: Int = 0) -> Tensor {
        let outShape = require { () throws(ShapeError) in try Shapes.matmul(a.shape, b.shape) }
        let workers = workerCount(threads)
        let m = a.shape[a.rank - 2], k = a.shape[a.rank - 1], n = b.shape[b.rank - 1]
        let batchShape = Array(outShape.dropLast(2))
        let batches = Tensor.elementCount(batchShape)
        guard k > 0 else { return Tensor(zeros: outShape) }
        return Tensor(shape: outShape) { dst in
            withBases([a, b]) { p in
                if b.rank == 2 {
                    // Every batch shares b: one tall product packs b once.
                    Gemm.multiply(m: batches * m, n: n, k: k, a: .rows(p[0], columns: k), b: .rows(p[1], columns: n),
                                  c: dst, ldc: n, accumulate: false, threads: workers)
                    return
                }
                let aOffsets = broadcastOffsets(Array(a.shape.dropLast(2)), to: batchShape, block: m * k)
                let bOffsets = broadcastOffsets(Array(b.shape.dropLast(2)), to: batchShape, block: k * n)
                let target = SendablePointer(dst)
                // Whole products per thread when there are enough of them; otherwise split each one.
                let outer = batches >= workers ? workers : 1
                parallelFor(batches, threads: outer) { i in
                    Gemm.multiply(m: m, n: n, k: k, a: .rows(p[0] + aOffsets[i], columns: k),
                                  b: .rows(p[1] + bOffsets[i], columns: n), c: target.base + i * m * n, ldc: n,
                                  accumulate: false, threads: outer == 1 ? workers : 1)
                }
            }
        }
    }

    /// The element offset of each broadcast batch's block, for a tensor whose batch axes are `shape`.
    static func broadcastOffsets(_ shape: [Int], to target: [Int], block: Int) -> [Int] {
        let full = [Int](repeating: 1, count: target.count - shape.count) + shape
        let strides = Tensor.contiguousStrides(full).enumerated().map { full[$0.offset] == 1 ? 0 : $0.element * block }
        return offsets(of: target, strides: strides)
    }

    /// `Σ index[axis] · strides[axis]` for every multi-index of `shape`, in C order.
    static func offsets(of shape: [Int], strides: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: Tensor.elementCount(shape))
        var index = [Int](repeating: 0, count: shape.count)
        for i in result.indices {
            result[i] = zip(index, strides).reduce(0) { $0 + $1.0 * $1.1 }
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < shape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return result
    }
}
