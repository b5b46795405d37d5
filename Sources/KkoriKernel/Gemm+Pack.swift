extension Gemm {
    /// Packs rows `row0..<row0+rows`, columns `col0..<col0+kc` of A into 8-row panels, each stored k-major
    /// (`dst[p*8 + i]`) so the tile reads one contiguous line per step; missing rows are zero.
    static func packA(_ a: MatrixRef, row0: Int, rows: Int, col0: Int, kc: Int, into dst: UnsafeMutablePointer<Float>) {
        let panels = (rows + mr - 1) / mr
        for panel in 0..<panels {
            let out = dst + panel * kc * mr
            let live = min(mr, rows - panel * mr)
            for i in 0..<mr {
                guard i < live else {
                    for p in 0..<kc { out[p * mr + i] = 0 }
                    continue
                }
                let src = a.base + (row0 + panel * mr + i) * a.rowStride + col0 * a.colStride
                if a.colStride == 1 {
                    for p in 0..<kc { out[p * mr + i] = src[p] }
                } else {
                    for p in 0..<kc { out[p * mr + i] = src[p * a.colStride] }
                }
            }
        }
    }

    /// Packs rows `row0..<row0+kc`, columns `col0..<col0+32` of B as one panel stored row by row
    /// (`dst[p*32 + j]`); columns past `cols` are zero.
    static func packB(_ b: MatrixRef, row0: Int, kc: Int, col0: Int, cols: Int, into dst: UnsafeMutablePointer<Float>) {
        if b.colStride == 1 && cols == nr {
            for p in 0..<kc {
                let src = b.base + (row0 + p) * b.rowStride + col0
                store(load(src), dst + p * nr)
                store(load(src + 16), dst + p * nr + 16)
            }
            return
        }
        var p0 = 0
        if b.rowStride == 1 && cols == nr {
            // A transposed operand (columns of B are contiguous rows in memory): 16×16 register transposes.
            let src = b.base + row0 + col0 * b.colStride
            while p0 + 16 <= kc {
                for j0 in stride(from: 0, to: nr, by: 16) {
                    var block = loadBlock(src + j0 * b.colStride + p0, stride: b.colStride)
                    transpose16(&block)
                    storeBlock(block, dst + p0 * nr + j0, stride: nr)
                }
                p0 += 16
            }
        }
        for j in 0..<nr {
            var out = dst + p0 * nr + j
            guard j < cols else {
                for _ in p0..<kc { out.pointee = 0; out += nr }
                continue
            }
            var src = b.base + (row0 + p0) * b.rowStride + (col0 + j) * b.colStride
            for _ in p0..<kc {
                out.pointee = src.pointee
                out += nr
                src += b.rowStride
            }
        }
    }
}
