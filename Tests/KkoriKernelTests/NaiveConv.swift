import KkoriKernel

/// Direct float64 convolution and its gradients, written from the definition for the exhaustive tests.
struct NaiveConv {
    let x: Tensor, w: Tensor
    let stride: Int, padding: Int

    var n: Int { x.shape[0] }
    var c: Int { x.shape[1] }
    var h: Int { x.shape[2] }
    var wd: Int { x.shape[3] }
    var k: Int { w.shape[0] }
    var r: Int { w.shape[2] }
    var s: Int { w.shape[3] }
    var ho: Int { (h + 2 * padding - r) / stride + 1 }
    var wo: Int { (wd + 2 * padding - s) / stride + 1 }

    /// Calls `body(img, out channel, in channel, oy, ox, dy, dx, iy, ix)` for every in-bounds tap.
    func forEachTap(_ body: (Int, Int, Int, Int, Int, Int, Int, Int, Int) -> Void) {
        for img in 0..<n { for kk in 0..<k { for cc in 0..<c { for oy in 0..<ho { for ox in 0..<wo {
            for dy in 0..<r { for dx in 0..<s {
                let iy = oy * stride + dy - padding, ix = ox * stride + dx - padding
                if iy >= 0, iy < h, ix >= 0, ix < wd { body(img, kk, cc, oy, ox, dy, dx, iy, ix) }
            } }
        } } } } }
    }

    func xAt(_ img: Int, _ cc: Int, _ iy: Int, _ ix: Int) -> Double { Double(x[img, cc, iy, ix]) }
    func wAt(_ kk: Int, _ cc: Int, _ dy: Int, _ dx: Int) -> Double { Double(w[kk, cc, dy, dx]) }

    /// The forward output in C order, (N,K,Ho,Wo).
    func forward(bias: Tensor?) -> [Double] {
        var out = [Double](repeating: 0, count: n * k * ho * wo)
        forEachTap { img, kk, cc, oy, ox, dy, dx, iy, ix in
            out[((img * k + kk) * ho + oy) * wo + ox] += xAt(img, cc, iy, ix) * wAt(kk, cc, dy, dx)
        }
        if let bias {
            for i in out.indices { out[i] += Double(bias.data[(i / (ho * wo)) % k]) }
        }
        return out
    }

    /// dx, dw and db for upstream gradient `dout`.
    func backward(dout: Tensor) -> (dx: [Double], dw: [Double], db: [Double]) {
        var dx = [Double](repeating: 0, count: x.count), dw = [Double](repeating: 0, count: w.count)
        var db = [Double](repeating: 0, count: k)
        forEachTap { img, kk, cc, oy, ox, dy, dx_, iy, ix in
            let g = Double(dout[img, kk, oy, ox])
            dx[((img * c + cc) * h + iy) * wd + ix] += g * wAt(kk, cc, dy, dx_)
            dw[((kk * c + cc) * r + dy) * s + dx_] += g * xAt(img, cc, iy, ix)
        }
        for (i, g) in dout.data.enumerated() { db[(i / (ho * wo)) % k] += Double(g) }
        return (dx, dw, db)
    }
}
