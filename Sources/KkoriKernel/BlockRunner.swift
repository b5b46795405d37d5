/// Runs multi-head attention and the encoder block on x (B,L,D) through preallocated row-major buffers:
/// biases and residuals are written first and the products accumulate onto them, so `x + MHA(x)` and
/// `h + FFN(h)` cost no extra passes. Shapes were checked by the caller.
struct BlockRunner {
    let x: Tensor, params: [String: Tensor], heads: Int, mask: Mask?
    let b: Int, l: Int, d: Int
    let workers: Int

    init(x: Tensor, params: [String: Tensor], heads: Int, mask: Mask?) {
        (self.x, self.params, self.heads, self.mask) = (x, params, heads, mask)
        (b, l, d) = (x.shape[0], x.shape[1], x.shape[2])
        workers = Kernel.workerCount()
    }

    var rows: Int { b * l }

    /// `out` = MHA(x) (+ x when `residual`), with parameters under `prefix`.
    func attend(prefix: String, residual: Bool, into out: UnsafeMutablePointer<Float>) {
        guard rows > 0, d > 0 else { return }
        let count = rows * d
        let buffer = allocateFloats(4 * count)
        defer { buffer.deallocate() }
        let (q, k, v, concat) = (buffer, buffer + count, buffer + 2 * count, buffer + 3 * count)
        withBases([x]) { input in
            for (name, target) in [("q", q), ("k", k), ("v", v)] {
                affine(input[0], rows: rows, k: d, w: prefix + "w" + name, bias: prefix + "b" + name,
                       residual: nil, into: target)
            }
        }
        attendHeads(q: q, k: k, v: v, into: concat)
        withBases([x]) { input in
            affine(concat, rows: rows, k: d, w: prefix + "wo", bias: prefix + "bo",
                   residual: residual ? input[0] : nil, into: out)
        }
    }

    /// The post-LN block into `out`.
    func encode(into out: UnsafeMutablePointer<Float>) {
        guard rows > 0, d > 0 else { return }
        let hidden = params["ffn.w1"]?.shape[1] ?? 0
        let h = allocateFloats(rows * d), inner = allocateFloats(rows * max(1, hidden))
        defer { h.deallocate(); inner.deallocate() }
        attend(prefix: "attn.", residual: true, into: h)
        normalize(h, gamma: "ln1.gamma", beta: "ln1.beta")
        affine(h, rows: rows, k: d, w: "ffn.w1", bias: "ffn.b1", residual: nil, into: inner)
        reluInPlace(inner, count: rows * hidden)
        affine(inner, rows: rows, k: hidden, w: "ffn.w2", bias: "ffn.b2", residual: h, into: out)
        normalize(out, gamma: "ln2.gamma", beta: "ln2.beta")
    }

    /// All (batch, head) attention products, heads read and written in place through row strides.
    func attendHeads(q: UnsafeMutablePointer<Float>, k: UnsafeMutablePointer<Float>, v: UnsafeMutablePointer<Float>,
                     into concat: UnsafeMutablePointer<Float>) {
        let dh = d / heads
        let dims = AttentionDims(lq: l, lk: l, d: dh, dv: dh)
        let view = mask.map { MaskView($0, target: [b, heads, l, l]) }
        let (qs, ks, vs, out) = (SendablePointer(q), SendablePointer(k), SendablePointer(v), SendablePointer(concat))
        Kernel.parallelFor(b * heads, threads: workers) { i in
            let offset = (i / heads) * l * d + (i % heads) * dh
            AttentionHead(q: qs.base + offset, k: ks.base + offset, v: vs.base + offset, out: out.base + offset,
                          qStride: d, kStride: d, vStride: d, outStride: d)
                .run(dims, mask: view, batch: i)
        }
    }

    /// out (rows × n) = input (rows × k) @ params[w] (k × n) + params[bias] (+ residual).
    func affine(_ input: UnsafePointer<Float>, rows: Int, k: Int, w: String, bias: String,
                residual: UnsafePointer<Float>?, into out: UnsafeMutablePointer<Float>) {
        guard let weight = params[w], let shift = params[bias] else { return }
        let n = weight.shape[1]
        withBases([weight, shift]) { p in
            for row in 0..<rows {
                let line = out + row * n
                if let residual {
                    addRows(p[1], residual + row * n, into: line, count: n)
                } else {
                    line.update(from: p[1], count: n)
                }
            }
            Gemm.multiply(m: rows, n: n, k: k, a: .rows(input, columns: k), b: .rows(p[0], columns: n),
                          c: out, ldc: n, accumulate: true, threads: workers)
        }
    }

    /// Layer norm of every row of `buffer` in place.
    func normalize(_ buffer: UnsafeMutablePointer<Float>, gamma: String, beta: String) {
        guard let g = params[gamma], let bt = params[beta] else { return }
        withBases([g, bt]) { p in
            let target = SendablePointer(buffer)
            Kernel.parallelFor(rows, threads: rows * d >= 1 << 20 ? workers : 1) { row in
                let line = target.base + row * d
                LayerNormRow.run(line, line, d, gamma: p[0], beta: p[1], eps: 1e-5)
            }
        }
    }
}

/// dst = a + b elementwise.
func addRows(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, into dst: UnsafeMutablePointer<Float>, count: Int) {
    var i = 0
    while i + 16 <= count {
        store(load(a + i) + load(b + i), dst + i)
        i += 16
    }
    while i < count {
        dst[i] = a[i] + b[i]
        i += 1
    }
}

/// max(x, 0) in place.
func reluInPlace(_ x: UnsafeMutablePointer<Float>, count: Int) {
    let zero = V()
    var i = 0
    while i + 16 <= count {
        let v = load(x + i)
        store(v.replacing(with: zero, where: v .< zero), x + i)
        i += 16
    }
    while i < count {
        if x[i] < 0 { x[i] = 0 }
        i += 1
    }
}
