/// The sizes of one convolution, and the gathers between zero-padded images and patch matrices.
///
/// Working on a zero-padded copy of each image (C × Hp × Wp) removes every bounds test from the gathers:
/// patch (c, dy, dx) at output pixel (oy, ox) reads padded[c][oy·stride + dy][ox·stride + dx].
struct ConvGeometry {
    let n: Int, c: Int, h: Int, w: Int
    let k: Int, r: Int, s: Int
    let stride: Int, padding: Int
    let ho: Int, wo: Int

    init(x: [Int], w weights: [Int], stride: Int, padding: Int) {
        (n, c, h, w) = (x[0], x[1], x[2], x[3])
        (k, r, s) = (weights[0], weights[2], weights[3])
        self.stride = stride
        self.padding = padding
        ho = (h + 2 * padding - r) / stride + 1
        wo = (w + 2 * padding - s) / stride + 1
    }

    /// Elements in one input image (C·H·W).
    var imageSize: Int { c * h * w }
    /// Rows of the patch matrix (C·R·S).
    var patch: Int { c * r * s }
    /// Output pixels per channel (Ho·Wo).
    var pixels: Int { ho * wo }
    var paddedH: Int { h + 2 * padding }
    var paddedW: Int { w + 2 * padding }
    /// Elements in one padded image.
    var paddedSize: Int { c * paddedH * paddedW }

    /// Copies one image into the middle of a zeroed padded buffer.
    func pad(_ image: UnsafePointer<Float>, into padded: UnsafeMutablePointer<Float>) {
        padded.update(repeating: 0, count: paddedSize)
        for ch in 0..<c {
            for y in 0..<h {
                let dst = padded + (ch * paddedH + y + padding) * paddedW + padding
                dst.update(from: image + (ch * h + y) * w, count: w)
            }
        }
    }

    /// Offset of patch entry `row` = (c, dy, dx) within a padded image.
    @inline(__always)
    func patchOffset(_ row: Int) -> Int {
        let (ch, rest) = row.quotientAndRemainder(dividingBy: r * s)
        let (dy, dx) = rest.quotientAndRemainder(dividingBy: s)
        return (ch * paddedH + dy) * paddedW + dx
    }

    /// Offset of output pixel `pixel` = (oy, ox)'s window corner within a padded image.
    @inline(__always)
    func pixelOffset(_ pixel: Int) -> Int {
        let (oy, ox) = pixel.quotientAndRemainder(dividingBy: wo)
        return oy * stride * paddedW + ox * stride
    }
}

extension ConvGeometry {
    /// A packed B panel of the forward product: patch rows `row0..<row0+kc`, pixel columns `col0..<col0+cols`.
    ///
    /// The 32 pixels split into runs along output rows; with stride 1 each run is a contiguous slice of
    /// a padded image row, copied with vector moves.
    func packPatchRows(_ padded: UnsafePointer<Float>, row0: Int, kc: Int, col0: Int, cols: Int,
                       into dst: UnsafeMutablePointer<Float>) {
        for p in 0..<kc {
            let source = padded + patchOffset(row0 + p)
            let line = dst + p * Gemm.nr
            var j = 0
            while j < cols {
                let (oy, ox) = (col0 + j).quotientAndRemainder(dividingBy: wo)
                let run = min(wo - ox, cols - j)
                let from = source + oy * stride * paddedW + ox * stride
                copyRun(from, into: line + j, count: run)
                j += run
            }
            for jj in cols..<Gemm.nr { line[jj] = 0 }
        }
    }

    @inline(__always)
    func copyRun(_ from: UnsafePointer<Float>, into to: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        if stride == 1 {
            while i + 16 <= count {
                store(load(from + i), to + i)
                i += 16
            }
            while i < count {
                to[i] = from[i]
                i += 1
            }
        } else {
            while i < count {
                to[i] = from[i * stride]
                i += 1
            }
        }
    }

    /// A packed B panel of the weight-gradient product (pixels × patch entries): pixel rows
    /// `row0..<row0+kc`, patch columns `col0..<col0+cols`.
    func packPixelRows(_ padded: UnsafePointer<Float>, row0: Int, kc: Int, col0: Int, cols: Int,
                       into dst: UnsafeMutablePointer<Float>) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Gemm.nr) { offsets in
            for j in 0..<cols { offsets[j] = patchOffset(col0 + j) }
            for p in 0..<kc {
                let corner = padded + pixelOffset(row0 + p)
                let line = dst + p * Gemm.nr
                for j in 0..<cols { line[j] = corner[offsets[j]] }
                for j in cols..<Gemm.nr { line[j] = 0 }
            }
        }
    }

    /// Adds each entry of a (C·R·S, Ho·Wo) patch-gradient matrix onto the padded pixel it came from.
    func scatterPatches(_ cols: UnsafePointer<Float>, into padded: UnsafeMutablePointer<Float>) {
        for row in 0..<patch {
            let base = padded + patchOffset(row)
            let line = cols + row * pixels
            for oy in 0..<ho {
                let target = base + oy * stride * paddedW
                let source = line + oy * wo
                for ox in 0..<wo { target[ox * stride] += source[ox] }
            }
        }
    }

    /// Adds the interior of a padded image onto an unpadded one.
    func crop(_ padded: UnsafePointer<Float>, into image: UnsafeMutablePointer<Float>) {
        for ch in 0..<c {
            for y in 0..<h {
                let src = padded + (ch * paddedH + y + padding) * paddedW + padding
                let dst = image + (ch * h + y) * w
                for x in 0..<w { dst[x] = src[x] }
            }
        }
    }
}
