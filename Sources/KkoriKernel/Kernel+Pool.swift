extension Kernel {
    /// Max over `kernel`×`kernel` windows moved by `stride`, NCHW, no padding, floor output size.
    ///
    /// A NaN in a window is not propagated (comparisons skip it), unlike `numpy.max`.
    public static func maxPool2d(_ x: Tensor, kernel: Int = 2, stride: Int = 2) -> Tensor {
        let outShape = require { () throws(ShapeError) in
            try Shapes.maxPool2d(x: x.shape, kernel: kernel, stride: stride)
        }
        let geo = PoolGeometry(h: x.shape[2], w: x.shape[3], ho: outShape[2], wo: outShape[3],
                               kernel: kernel, stride: stride)
        let planes = x.shape[0] * x.shape[1]
        let workers = workerCount(elements: x.count)
        return Tensor(shape: outShape) { dst in
            withBases([x]) { p in
                let target = SendablePointer(dst)
                parallelFor(planes, threads: workers) { plane in
                    geo.pool(p[0] + plane * geo.h * geo.w, into: target.base + plane * geo.ho * geo.wo)
                }
            }
        }
    }
}

/// One pooling plane's sizes, with a vector path for the common 2×2, stride 2 window.
struct PoolGeometry {
    let h: Int, w: Int, ho: Int, wo: Int, kernel: Int, stride: Int

    func pool(_ src: UnsafePointer<Float>, into dst: UnsafeMutablePointer<Float>) {
        for oy in 0..<ho {
            let row = src + oy * stride * w, out = dst + oy * wo
            var ox = 0
            if kernel == 2 && stride == 2 {
                // 32 inputs of two rows give 16 outputs: max the rows, then the even and odd columns.
                while ox + 16 <= wo {
                    let top0 = load(row + 2 * ox), top1 = load(row + 2 * ox + 16)
                    let m0 = vmax(top0, load(row + w + 2 * ox)), m1 = vmax(top1, load(row + w + 2 * ox + 16))
                    let even = V(lowHalf: m0.evenHalf, highHalf: m1.evenHalf)
                    let odd = V(lowHalf: m0.oddHalf, highHalf: m1.oddHalf)
                    store(vmax(even, odd), out + ox)
                    ox += 16
                }
            }
            while ox < wo {
                out[ox] = windowMax(row + ox * stride)
                ox += 1
            }
        }
    }

    @inline(__always)
    func windowMax(_ corner: UnsafePointer<Float>) -> Float {
        var best = -Float.infinity
        for dy in 0..<kernel {
            for dx in 0..<kernel where corner[dy * w + dx] > best { best = corner[dy * w + dx] }
        }
        return best
    }
}
