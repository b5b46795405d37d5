extension Kernel {
    /// 2-D cross-correlation as in deep-learning frameworks: x (N,C,H,W), w (K,C,R,S), bias (K,).
    ///
    /// Zero padding on all four sides, floor output sizes; returns (N,K,Ho,Wo). Each image is one product
    /// W (K × C·R·S) · patches (C·R·S × Ho·Wo) whose patch panels are gathered straight from a padded
    /// copy of the image into the packed layout (no separate im2col matrix).
    public static func conv2d(_ x: Tensor, _ w: Tensor, _ b: Tensor?, stride: Int = 1, padding: Int = 0) -> Tensor {
        let outShape = require { () throws(ShapeError) in
            try Shapes.conv2d(x: x.shape, w: w.shape, bias: b?.shape, stride: stride, padding: padding)
        }
        let geo = ConvGeometry(x: x.shape, w: w.shape, stride: stride, padding: padding)
        let workers = workerCount()
        // Whole images per thread when there are enough; otherwise split each product.
        let outer = geo.n >= workers ? workers : 1
        let bias = b?.data
        return Tensor(shape: outShape) { dst in
            if x.count == 0 || w.count == 0 {
                fillBias(dst, bias, images: geo.n, channels: geo.k, pixels: geo.pixels)
                return
            }
            withBases([x, w]) { p in
                let (image0, weights, target) = (p[0], p[1], SendablePointer(dst))
                parallelFor(geo.n, threads: outer) { img in
                    let out = target.base + img * geo.k * geo.pixels
                    fillBias(out, bias, images: 1, channels: geo.k, pixels: geo.pixels)
                    let padded = allocateFloats(geo.paddedSize)
                    defer { padded.deallocate() }
                    geo.pad(image0 + img * geo.imageSize, into: padded)
                    Gemm.multiply(m: geo.k, n: geo.pixels, k: geo.patch, a: .rows(weights, columns: geo.patch),
                                  packB: { row0, kc, col0, cols, panel in
                                      geo.packPatchRows(padded, row0: row0, kc: kc, col0: col0, cols: cols, into: panel)
                                  },
                                  c: out, ldc: geo.pixels, accumulate: true, threads: outer == 1 ? workers : 1)
                }
            }
        }
    }

    /// Sets every pixel of channel k to `bias[k]` (or 0) in an (images, channels, pixels) block.
    static func fillBias(_ out: UnsafeMutablePointer<Float>, _ bias: [Float]?, images: Int, channels: Int, pixels: Int) {
        for block in 0..<(images * channels) {
            (out + block * pixels).update(repeating: bias?[block % channels] ?? 0, count: pixels)
        }
    }
}
