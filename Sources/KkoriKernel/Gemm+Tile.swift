extension Gemm {
    /// One 8×32 tile: C[0..<8, 0..<32] (row stride ldc) = (accumulate ? C : 0) + A · Bpanel over kc steps.
    ///
    /// A element (i, p) is `a[i * aRow + p * aStep]`: either a packed panel (aRow 1, aStep 8) or rows read
    /// in place (aRow = row stride, aStep 1). Sixteen SIMD16 accumulators stay in registers; each step
    /// loads two B vectors and broadcasts eight A values.
    @inline(__always)
    static func tile8x32(kc: Int, a: UnsafePointer<Float>, aRow: Int, aStep: Int, b: UnsafePointer<Float>,
                         c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool) {
        var c00 = V(), c01 = V(), c10 = V(), c11 = V()
        var c20 = V(), c21 = V(), c30 = V(), c31 = V()
        var c40 = V(), c41 = V(), c50 = V(), c51 = V()
        var c60 = V(), c61 = V(), c70 = V(), c71 = V()
        // Eight independent row pointers and one shared index: each broadcast address is base + index,
        // so no chain of pointer additions limits the loop.
        let r0 = a, r1 = a + aRow, r2 = a + 2 * aRow, r3 = a + 3 * aRow
        let r4 = a + 4 * aRow, r5 = a + 5 * aRow, r6 = a + 6 * aRow, r7 = a + 7 * aRow
        var q = 0
        var bp = b
        for _ in 0..<kc {
            let b0 = load(bp), b1 = load(bp + 16)
            let a0 = V(repeating: r0[q])
            c00 = muladd(c00, a0, b0)
            c01 = muladd(c01, a0, b1)
            let a1 = V(repeating: r1[q])
            c10 = muladd(c10, a1, b0)
            c11 = muladd(c11, a1, b1)
            let a2 = V(repeating: r2[q])
            c20 = muladd(c20, a2, b0)
            c21 = muladd(c21, a2, b1)
            let a3 = V(repeating: r3[q])
            c30 = muladd(c30, a3, b0)
            c31 = muladd(c31, a3, b1)
            let a4 = V(repeating: r4[q])
            c40 = muladd(c40, a4, b0)
            c41 = muladd(c41, a4, b1)
            let a5 = V(repeating: r5[q])
            c50 = muladd(c50, a5, b0)
            c51 = muladd(c51, a5, b1)
            let a6 = V(repeating: r6[q])
            c60 = muladd(c60, a6, b0)
            c61 = muladd(c61, a6, b1)
            let a7 = V(repeating: r7[q])
            c70 = muladd(c70, a7, b0)
            c71 = muladd(c71, a7, b1)
            q &+= aStep
            bp += 32
        }
        if accumulate {
            c00 += load(c + 0 * ldc)
            c01 += load(c + 0 * ldc + 16)
            c10 += load(c + 1 * ldc)
            c11 += load(c + 1 * ldc + 16)
            c20 += load(c + 2 * ldc)
            c21 += load(c + 2 * ldc + 16)
            c30 += load(c + 3 * ldc)
            c31 += load(c + 3 * ldc + 16)
            c40 += load(c + 4 * ldc)
            c41 += load(c + 4 * ldc + 16)
            c50 += load(c + 5 * ldc)
            c51 += load(c + 5 * ldc + 16)
            c60 += load(c + 6 * ldc)
            c61 += load(c + 6 * ldc + 16)
            c70 += load(c + 7 * ldc)
            c71 += load(c + 7 * ldc + 16)
        }
        store(c00, c + 0 * ldc)
        store(c01, c + 0 * ldc + 16)
        store(c10, c + 1 * ldc)
        store(c11, c + 1 * ldc + 16)
        store(c20, c + 2 * ldc)
        store(c21, c + 2 * ldc + 16)
        store(c30, c + 3 * ldc)
        store(c31, c + 3 * ldc + 16)
        store(c40, c + 4 * ldc)
        store(c41, c + 4 * ldc + 16)
        store(c50, c + 5 * ldc)
        store(c51, c + 5 * ldc + 16)
        store(c60, c + 6 * ldc)
        store(c61, c + 6 * ldc + 16)
        store(c70, c + 7 * ldc)
        store(c71, c + 7 * ldc + 16)
    }

    /// A tile cut short by the matrix edge: the full 8×32 result goes to scratch and the live
    /// `rows`×`cols` part is copied out. Rows read in place are first copied to a zero-padded panel.
    static func edgeTile(kc: Int, a: UnsafePointer<Float>, aRow: Int, aStep: Int, rows: Int, b: UnsafePointer<Float>,
                         c: UnsafeMutablePointer<Float>, ldc: Int, cols: Int, accumulate: Bool) {
        if rows < mr && aStep != mr {
            withUnsafeTemporaryAllocation(of: Float.self, capacity: kc * mr) { buffer in
                guard let panel = buffer.baseAddress else { return }
                for p in 0..<kc {
                    for i in 0..<mr { panel[p * mr + i] = i < rows ? a[i * aRow + p * aStep] : 0 }
                }
                edgeTile(kc: kc, a: panel, aRow: 1, aStep: mr, rows: rows, b: b, c: c, ldc: ldc, cols: cols,
                         accumulate: accumulate)
            }
            return
        }
        withUnsafeTemporaryAllocation(of: Float.self, capacity: mr * nr) { scratch in
            guard let t = scratch.baseAddress else { return }
            for i in 0..<mr {
                for j in 0..<nr { t[i * nr + j] = accumulate && i < rows && j < cols ? c[i * ldc + j] : 0 }
            }
            tile8x32(kc: kc, a: a, aRow: aRow, aStep: aStep, b: b, c: t, ldc: nr, accumulate: accumulate)
            for i in 0..<rows {
                for j in 0..<cols { c[i * ldc + j] = t[i * nr + j] }
            }
        }
    }
}
