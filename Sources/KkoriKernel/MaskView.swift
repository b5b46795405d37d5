/// A boolean mask broadcast against a stack of (Lq, Lk) score matrices, turned into additive float rows
/// (0 where attention is allowed, −∞ where it is not) so masking is one vector add per score row.
struct MaskView {
    /// 0 or −∞ for each flag of the original mask.
    let additive: [Float]
    /// Where each score matrix's flags start (0 strides on broadcast axes).
    let batchOffsets: [Int]
    let rowStride: Int
    /// 1, or 0 when one flag covers a whole query row.
    let colStride: Int

    /// Views `mask` as broadcast to `target` = (batch..., Lq, Lk); the shapes were checked already.
    init(_ mask: Mask, target: [Int]) {
        let rank = target.count
        let full = [Int](repeating: 1, count: rank - mask.shape.count) + mask.shape
        let strides = Tensor.contiguousStrides(full).enumerated().map { full[$0.offset] == 1 ? 0 : $0.element }
        additive = mask.data.map { $0 ? 0 : -.infinity }
        rowStride = strides[rank - 2]
        colStride = strides[rank - 1]
        batchOffsets = Kernel.offsets(of: Array(target.dropLast(2)), strides: Array(strides.dropLast(2)))
    }

    /// Calls `body` with the additive row for query `row` of score matrix `batch` (length `lk`).
    func withRow(batch: Int, row: Int, lk: Int, _ body: (UnsafePointer<Float>) -> Void) {
        additive.withUnsafeBufferPointer { flags in
            guard let base = flags.baseAddress else { return }
            let start = base + batchOffsets[batch] + row * rowStride
            if colStride == 1 { return body(start) }
            withUnsafeTemporaryAllocation(of: Float.self, capacity: lk) { line in
                guard let line = line.baseAddress else { return }
                line.update(repeating: start[0], count: lk)
                body(line)
            }
        }
    }
}
