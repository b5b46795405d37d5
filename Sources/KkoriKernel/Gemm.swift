/// A strided matrix operand: element (row, col) sits at `base[row * rowStride + col * colStride]`.
///
/// Strides let one GEMM read a transposed operand (`x @ w.T`, `q @ k.T`) or one head's columns
/// without copying it first.
struct MatrixRef {
    var base: UnsafePointer<Float>
    var rowStride: Int
    var colStride: Int

    /// A row-major matrix with `columns` columns.
    static func rows(_ base: UnsafePointer<Float>, columns: Int) -> MatrixRef {
        MatrixRef(base: base, rowStride: columns, colStride: 1)
    }

    /// The transpose of a row-major matrix with `columns` columns.
    static func transposed(_ base: UnsafePointer<Float>, columns: Int) -> MatrixRef {
        MatrixRef(base: base, rowStride: 1, colStride: columns)
    }
}

/// Fills one packed B panel: rows `row0..<row0+kc`, columns `col0..<col0+cols` of B stored row by row,
/// 32 floats per row (`dst[p*32 + j]`), columns past `cols` zero. Called concurrently for distinct panels.
typealias PanelPacker = (_ row0: Int, _ kc: Int, _ col0: Int, _ cols: Int, _ dst: UnsafeMutablePointer<Float>) -> Void

/// Packed, cache-blocked, register-tiled single-precision matrix product (Goto's scheme).
///
/// B is packed once into 32-column panels per block of `kc` rows; each work item (a block of rows and a
/// range of panels) sweeps 8×32 register tiles over them. A row-major A is read in place (eight row
/// streams); any other A is packed per block into 8-row panels. A panel (8·kc floats) stays in L1 while
/// B panels stream from L2.
enum Gemm {
    static let mr = 8, nr = 32
    /// Depth of a block: a 256×32 B panel (32 KiB) plus an A panel (8 KiB) fit a 48 KiB L1.
    static let kcMax = 256
    /// Rows per work item: a 128×256 A block (128 KiB) stays in L2.
    static let mcMax = 128

    /// C (m×n, row stride `ldc`) = A (m×k) · B (k×n), added to C's contents when `accumulate`.
    static func multiply(m: Int, n: Int, k: Int, a: MatrixRef, b: MatrixRef,
                         c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, threads: Int) {
        multiply(m: m, n: n, k: k, a: a, packB: { row0, kc, col0, cols, dst in
            packB(b, row0: row0, kc: kc, col0: col0, cols: cols, into: dst)
        }, c: c, ldc: ldc, accumulate: accumulate, threads: threads)
    }

    /// C = A · B where B exists only through `packB` (e.g. convolution patches gathered straight from images).
    static func multiply(m: Int, n: Int, k: Int, a: MatrixRef, packB: PanelPacker,
                         c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, threads: Int) {
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            if !accumulate { for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) } }
            return
        }
        // Below ~16M multiply-adds (~0.2 ms on one core) a second thread rarely pays for its wake-up,
        // least of all when another process holds the other core.
        let workers = m * n * k < 1 << 24 ? 1 : max(1, threads)
        let panels = (n + nr - 1) / nr
        let packedB = allocateFloats(panels * nr * k)
        defer { packedB.deallocate() }
        fillPanels(k: k, n: n, panels: panels, packB: packB, into: packedB, workers: workers)
        let plan = WorkPlan(m: m, panels: panels, workers: workers)
        let cTarget = SendablePointer(c)
        Kernel.parallelFor(plan.items, threads: workers) { item in
            let rows = plan.rows(item)
            guard !rows.isEmpty else { return }
            runItem(k: k, n: n, a: a, rows: rows, panels: plan.panels(item), packedB: packedB, panelCount: panels,
                    c: cTarget.base, ldc: ldc, accumulate: accumulate)
        }
    }

    /// One work item: every depth block of its rows against its range of B panels.
    static func runItem(k: Int, n: Int, a: MatrixRef, rows: Range<Int>, panels: Range<Int>,
                        packedB: UnsafePointer<Float>, panelCount: Int,
                        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool) {
        let packedA = a.colStride == 1 ? nil : allocateFloats(((rows.count + mr - 1) / mr) * mr * kcMax)
        defer { packedA?.deallocate() }
        for pc in stride(from: 0, to: k, by: kcMax) {
            let kc = min(kcMax, k - pc)
            let block: TileA
            if let packedA {
                packA(a, row0: rows.lowerBound, rows: rows.count, col0: pc, kc: kc, into: packedA)
                block = TileA(base: UnsafePointer(packedA), panelStride: kc * mr, row: 1, step: mr)
            } else {
                let start = a.base + rows.lowerBound * a.rowStride + pc
                block = TileA(base: start, panelStride: mr * a.rowStride, row: a.rowStride, step: 1)
            }
            sweep(kc: kc, a: block, bBlock: packedB + pc * panelCount * nr, panels: panels, rows: rows, n: n,
                  c: c, ldc: ldc, accumulate: accumulate || pc > 0)
        }
    }

    /// Packs every (depth block, panel) of B, spread over the workers.
    static func fillPanels(k: Int, n: Int, panels: Int, packB: PanelPacker, into packed: UnsafeMutablePointer<Float>,
                           workers: Int) {
        let kBlocks = (k + kcMax - 1) / kcMax
        let target = SendablePointer(packed)
        Kernel.parallelFor(kBlocks * panels, threads: workers) { item in
            let (block, panel) = (item / panels, item % panels)
            let pc = block * kcMax, kc = min(kcMax, k - pc)
            packB(pc, kc, panel * nr, min(nr, n - panel * nr), target.base + pc * panels * nr + panel * kc * nr)
        }
    }

    /// Runs every 8×32 tile of one row block against the given B panels for one depth block.
    static func sweep(kc: Int, a: TileA, bBlock: UnsafePointer<Float>, panels: Range<Int>, rows: Range<Int>, n: Int,
                      c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool) {
        for panel in panels {
            for i0 in stride(from: 0, to: rows.count, by: mr) {
                tileAt(kc: kc, a: a, bBlock: bBlock, panel: panel, i0: i0, rows: rows, n: n, c: c, ldc: ldc,
                       accumulate: accumulate)
            }
        }
    }

    /// The tile at rows `i0..<i0+8` of the block and columns of `panel`.
    @inline(__always)
    static func tileAt(kc: Int, a: TileA, bBlock: UnsafePointer<Float>, panel: Int, i0: Int, rows: Range<Int>, n: Int,
                       c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool) {
        let bPanel = bBlock + panel * kc * nr
        let col = panel * nr, cols = min(nr, n - col)
        let aPanel = a.base + (i0 / mr) * a.panelStride
        let target = c + (rows.lowerBound + i0) * ldc + col
        let live = min(mr, rows.count - i0)
        if live == mr && cols == nr {
            // Literal strides let the compiler specialise the tile for each layout of A.
            if a.step == mr {
                tile8x32(kc: kc, a: aPanel, aRow: 1, aStep: mr, b: bPanel, c: target, ldc: ldc, accumulate: accumulate)
            } else {
                tile8x32(kc: kc, a: aPanel, aRow: a.row, aStep: 1, b: bPanel, c: target, ldc: ldc,
                         accumulate: accumulate)
            }
        } else {
            edgeTile(kc: kc, a: aPanel, aRow: a.row, aStep: a.step, rows: live, b: bPanel, c: target,
                     ldc: ldc, cols: cols, accumulate: accumulate)
        }
    }
}

/// Where a row block's A panels are: panel i starts at `base + i * panelStride`; element (r, p) of a panel
/// is at `r * row + p * step`.
struct TileA {
    let base: UnsafePointer<Float>
    let panelStride: Int, row: Int, step: Int
}

/// How a product is cut into work items: balanced row blocks of at most `mcMax` rows (multiples of 8),
/// and, when there are fewer than four per thread, ranges of B panels as well.
struct WorkPlan {
    let m: Int, rowBlocks: Int, blockRows: Int
    let panelCount: Int, panelGroups: Int

    init(m: Int, panels: Int, workers: Int) {
        self.m = m
        rowBlocks = (m + Gemm.mcMax - 1) / Gemm.mcMax
        blockRows = ((m + rowBlocks - 1) / rowBlocks + Gemm.mr - 1) / Gemm.mr * Gemm.mr
        panelCount = panels
        // Several items per thread balance the load; with A read in place, splitting B panels costs nothing.
        let wanted = workers > 1 ? 4 * workers : 1
        panelGroups = min(panels, max(1, (wanted + rowBlocks - 1) / rowBlocks))
    }

    var items: Int { rowBlocks * panelGroups }

    func rows(_ item: Int) -> Range<Int> {
        let block = item / panelGroups
        return min(m, block * blockRows)..<min(m, (block + 1) * blockRows)
    }

    func panels(_ item: Int) -> Range<Int> {
        let group = item % panelGroups
        return (panelCount * group / panelGroups)..<(panelCount * (group + 1) / panelGroups)
    }
}
