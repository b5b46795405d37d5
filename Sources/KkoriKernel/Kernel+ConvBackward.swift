extension Kernel {
    /// Gradients of `conv2d` given the upstream gradient `dout` (N,K,Ho,Wo): dx like x, dw like w, db (K,).
    ///
    /// Per image: dw += dout · patchesᵀ (patches gathered from the padded image into packed panels) and
    /// dx = scatter(wᵀ · dout). Per-image dw parts are summed at the end so images can run in parallel.
    public static func conv2dBackward(dout: Tensor, x: Tensor, w: Tensor, stride: Int = 1, padding: Int = 0)
        -> (dx: Tensor, dw: Tensor, db: Tensor) {
        require { () throws(ShapeError) in
            try Shapes.conv2dBackward(dout: dout.shape, x: x.shape, w: w.shape, stride: stride, padding: padding)
        }
        let geo = ConvGeometry(x: x.shape, w: w.shape, stride: stride, padding: padding)
        var parts = [Float](repeating: 0, count: geo.n * w.count)
        var dx = Tensor(zeros: x.shape)
        if x.count > 0, w.count > 0 {
            withBases([x, w, dout]) { p in
                parts.withUnsafeMutableBufferPointer { pw in
                    dx.data.withUnsafeMutableBufferPointer { pdx in
                        guard let dwBase = pw.baseAddress, let dxBase = pdx.baseAddress else { return }
                        let (dwOut, dxOut) = (SendablePointer(dwBase), SendablePointer(dxBase))
                        parallelFor(geo.n, threads: workerCount()) { img in
                            backwardImage(geo, x: p[0] + img * geo.imageSize, w: p[1],
                                          dout: p[2] + img * geo.k * geo.pixels,
                                          dx: dxOut.base + img * geo.imageSize, dw: dwOut.base + img * geo.k * geo.patch)
                        }
                    }
                }
            }
        }
        let dw = Tensor(shape: w.shape, data: (0..<w.count).map { i in
            (0..<geo.n).reduce(Float(0)) { $0 + parts[$1 * w.count + i] }
        })
        return (dx, dw, channelSums(dout, channels: geo.k, pixels: geo.pixels))
    }

    /// One image's dx and its dw contribution.
    static func backwardImage(_ geo: ConvGeometry, x: UnsafePointer<Float>, w: UnsafePointer<Float>,
                              dout: UnsafePointer<Float>, dx: UnsafeMutablePointer<Float>,
                              dw: UnsafeMutablePointer<Float>) {
        let padded = allocateFloats(geo.paddedSize)
        defer { padded.deallocate() }
        geo.pad(x, into: padded)
        Gemm.multiply(m: geo.k, n: geo.patch, k: geo.pixels, a: .rows(dout, columns: geo.pixels),
                      packB: { row0, kc, col0, cols, panel in
                          geo.packPixelRows(padded, row0: row0, kc: kc, col0: col0, cols: cols, into: panel)
                      },
                      c: dw, ldc: geo.patch, accumulate: false, threads: 1)
        let cols = allocateFloats(geo.patch * geo.pixels)
        defer { cols.deallocate() }
        Gemm.multiply(m: geo.patch, n: geo.pixels, k: geo.k, a: .transposed(w, columns: geo.patch),
                      b: .rows(dout, columns: geo.pixels), c: cols, ldc: geo.pixels, accumulate: false, threads: 1)
        padded.update(repeating: 0, count: geo.paddedSize)
        geo.scatterPatches(cols, into: padded)
        geo.crop(padded, into: dx)
    }

    /// Sums an (N,K,P) tensor over N and P in double precision: the bias gradient.
    static func channelSums(_ t: Tensor, channels: Int, pixels: Int) -> Tensor {
        var sums = [Double](repeating: 0, count: channels)
        for block in 0..<(t.count / max(1, pixels)) {
            var s: Double = 0
            for i in 0..<pixels { s += Double(t.data[block * pixels + i]) }
            sums[block % channels] += s
        }
        return Tensor(shape: [channels], data: sums.map { Float($0) })
    }
}
