extension Kernel {
    /// Throwing shape checks: each returns the op's output shape or says why the inputs disagree.
    ///
    /// The ops call the same checks, so a case that passes here cannot stop the program there.
    public enum Shapes {
        /// `(..., m, k) @ (k, n)` or `(..., m, k) @ (..., k, n)` with NumPy broadcasting of the batch axes.
        public static func matmul(_ a: [Int], _ b: [Int]) throws(ShapeError) -> [Int] {
            guard a.count >= 2, b.count >= 2 else {
                throw ShapeError(op: "matmul", "needs rank >= 2 operands, got \(a) and \(b)")
            }
            guard a[a.count - 1] == b[b.count - 2] else {
                throw ShapeError(op: "matmul", "inner sizes differ: \(a) @ \(b)")
            }
            let batch = try broadcast(Array(a.dropLast(2)), Array(b.dropLast(2)), op: "matmul")
            return batch + [a[a.count - 2], b[b.count - 1]]
        }

        /// NumPy broadcasting of two shapes (aligned on the right, extents equal or 1).
        public static func broadcast(_ a: [Int], _ b: [Int], op: String) throws(ShapeError) -> [Int] {
            let rank = max(a.count, b.count)
            var out = [Int](repeating: 1, count: rank)
            for i in 0..<rank {
                let x = i < rank - a.count ? 1 : a[i - (rank - a.count)]
                let y = i < rank - b.count ? 1 : b[i - (rank - b.count)]
                guard x == y || x == 1 || y == 1 else {
                    throw ShapeError(op: op, "shapes \(a) and \(b) do not broadcast")
                }
                out[i] = x == 1 ? y : x
            }
            return out
        }

        /// `x` (N,C,H,W) with `w` (K,C,R,S) and bias (K,) gives (N,K,Ho,Wo), floor sizes.
        public static func conv2d(x: [Int], w: [Int], bias: [Int]?, stride: Int, padding: Int)
            throws(ShapeError) -> [Int] {
            guard x.count == 4, w.count == 4 else {
                throw ShapeError(op: "conv2d", "x must be (N,C,H,W) and w (K,C,R,S), got \(x) and \(w)")
            }
            guard x[1] == w[1] else {
                throw ShapeError(op: "conv2d", "channels differ: x \(x) has \(x[1]), w \(w) has \(w[1])")
            }
            guard stride >= 1, padding >= 0 else {
                throw ShapeError(op: "conv2d", "stride must be >= 1 and padding >= 0, got \(stride), \(padding)")
            }
            if let bias, bias != [w[0]] {
                throw ShapeError(op: "conv2d", "bias must be (\(w[0]),), got \(bias)")
            }
            let (ho, wo) = try pooledSize(h: x[2] + 2 * padding, w: x[3] + 2 * padding,
                                          kh: w[2], kw: w[3], stride: stride, op: "conv2d")
            return [x[0], w[0], ho, wo]
        }

        /// The gradient `dout` must have the forward output's shape.
        public static func conv2dBackward(dout: [Int], x: [Int], w: [Int], stride: Int, padding: Int)
            throws(ShapeError) -> [Int] {
            let out = try conv2d(x: x, w: w, bias: nil, stride: stride, padding: padding)
            guard dout == out else {
                throw ShapeError(op: "conv2d_backward", "dout must be \(out) for x \(x) and w \(w), got \(dout)")
            }
            return out
        }

        /// `x` (N,C,H,W) pooled without padding: (N,C,Ho,Wo), floor sizes.
        public static func maxPool2d(x: [Int], kernel: Int, stride: Int) throws(ShapeError) -> [Int] {
            guard x.count == 4 else {
                throw ShapeError(op: "max_pool2d", "x must be (N,C,H,W), got \(x)")
            }
            guard kernel >= 1, stride >= 1 else {
                throw ShapeError(op: "max_pool2d", "kernel and stride must be >= 1, got \(kernel), \(stride)")
            }
            let (ho, wo) = try pooledSize(h: x[2], w: x[3], kh: kernel, kw: kernel, stride: stride, op: "max_pool2d")
            return [x[0], x[1], ho, wo]
        }

        static func pooledSize(h: Int, w: Int, kh: Int, kw: Int, stride: Int, op: String)
            throws(ShapeError) -> (Int, Int) {
            guard kh >= 1, kw >= 1, h >= kh, w >= kw else {
                throw ShapeError(op: op, "window \(kh)x\(kw) does not fit the (padded) input \(h)x\(w)")
            }
            return ((h - kh) / stride + 1, (w - kw) / stride + 1)
        }

        /// `x` (..., in) with `weight` (out, in) and bias (out,) gives (..., out).
        public static func linear(x: [Int], weight: [Int], bias: [Int]?) throws(ShapeError) -> [Int] {
            guard x.count >= 1, weight.count == 2, x[x.count - 1] == weight[1] else {
                throw ShapeError(op: "linear", "x (..., in) and weight (out, in) disagree: \(x), \(weight)")
            }
            if let bias, bias != [weight[0]] {
                throw ShapeError(op: "linear", "bias must be (\(weight[0]),), got \(bias)")
            }
            return Array(x.dropLast()) + [weight[0]]
        }

        /// The axis in `0..<rank` that `axis` (possibly negative) names.
        public static func axis(_ axis: Int, rank: Int, op: String) throws(ShapeError) -> Int {
            let resolved = axis < 0 ? axis + rank : axis
            guard rank >= 1, resolved >= 0, resolved < rank else {
                throw ShapeError(op: op, "axis \(axis) is out of range for rank \(rank)")
            }
            return resolved
        }

        /// Logits (N,C) with N labels each in `0..<C`.
        public static func crossEntropy(logits: [Int], labels: [Int]) throws(ShapeError) {
            guard logits.count == 2, logits[0] == labels.count, logits[0] >= 1, logits[1] >= 1 else {
                throw ShapeError(op: "cross_entropy",
                                 "logits must be (N,C) with N >= 1 labels, got \(logits) and \(labels.count) labels")
            }
            if let bad = labels.first(where: { $0 < 0 || $0 >= logits[1] }) {
                throw ShapeError(op: "cross_entropy", "label \(bad) is outside 0..<\(logits[1])")
            }
        }

        /// `x` (..., D) with `gamma` and `beta` (D,).
        public static func layerNorm(x: [Int], gamma: [Int], beta: [Int]) throws(ShapeError) {
            guard let d = x.last, gamma == [d], beta == [d] else {
                throw ShapeError(op: "layer_norm", "gamma and beta must be (D,) for x (..., D); got x \(x), "
                                 + "gamma \(gamma), beta \(beta)")
            }
        }

        /// q (...,Lq,d), k (...,Lk,d), v (...,Lk,dv) with equal batch axes, mask broadcastable to (...,Lq,Lk).
        public static func attention(q: [Int], k: [Int], v: [Int], mask: [Int]?) throws(ShapeError) -> [Int] {
            guard q.count >= 2, k.count == q.count, v.count == q.count,
                  q.dropLast(2) == k.dropLast(2), q.dropLast(2) == v.dropLast(2) else {
                throw ShapeError(op: "attention", "q, k, v need equal batch axes: \(q), \(k), \(v)")
            }
            let r = q.count
            guard q[r - 1] == k[r - 1], k[r - 2] == v[r - 2] else {
                throw ShapeError(op: "attention", "need q (...,Lq,d), k (...,Lk,d), v (...,Lk,dv): \(q), \(k), \(v)")
            }
            guard q[r - 1] >= 1, k[r - 2] >= 1 else {
                throw ShapeError(op: "attention", "needs d >= 1 and at least one key: \(q), \(k)")
            }
            let scores = Array(q.dropLast()) + [k[r - 2]]
            if let mask { try broadcastsTo(mask, scores, op: "attention") }
            return Array(q.dropLast()) + [v[r - 1]]
        }

        /// Whether `shape` broadcasts to exactly `target`.
        public static func broadcastsTo(_ shape: [Int], _ target: [Int], op: String) throws(ShapeError) {
            let fits = shape.count <= target.count && zip(shape.reversed(), target.reversed()).allSatisfy {
                $0 == $1 || $0 == 1
            }
            guard fits else { throw ShapeError(op: op, "mask \(shape) does not broadcast to \(target)") }
        }

        /// x (B,L,D) with (D,D) projections, (D,) biases, D divisible by `heads`, mask to (B,heads,L,L).
        public static func multiHeadAttention(x: [Int], params: [String: [Int]], heads: Int, mask: [Int]?,
                                              prefix: String = "") throws(ShapeError) -> [Int] {
            let op = "multi_head_attention"
            guard x.count == 3 else { throw ShapeError(op: op, "x must be (B,L,D), got \(x)") }
            let d = x[2]
            guard heads >= 1, d % heads == 0 else {
                throw ShapeError(op: op, "d_model \(d) is not divisible by num_heads \(heads)")
            }
            for name in ["wq", "wk", "wv", "wo"] { try param(params, prefix + name, [d, d], op: op) }
            for name in ["bq", "bk", "bv", "bo"] { try param(params, prefix + name, [d], op: op) }
            if let mask { try broadcastsTo(mask, [x[0], heads, x[1], x[1]], op: op) }
            return x
        }

        /// The post-LN encoder block's parameters for x (B,L,D).
        public static func encoderBlock(x: [Int], params: [String: [Int]], heads: Int, mask: [Int]?)
            throws(ShapeError) -> [Int] {
            let op = "encoder_block"
            _ = try multiHeadAttention(x: x, params: params, heads: heads, mask: mask, prefix: "attn.")
            let d = x[2]
            guard let hidden = params["ffn.w1"]?.last else { throw ShapeError(op: op, "missing parameter ffn.w1") }
            try param(params, "ffn.w1", [d, hidden], op: op)
            try param(params, "ffn.b1", [hidden], op: op)
            try param(params, "ffn.w2", [hidden, d], op: op)
            try param(params, "ffn.b2", [d], op: op)
            for name in ["ln1.gamma", "ln1.beta", "ln2.gamma", "ln2.beta"] { try param(params, name, [d], op: op) }
            return x
        }

        static func param(_ params: [String: [Int]], _ name: String, _ shape: [Int], op: String) throws(ShapeError) {
            guard let actual = params[name] else { throw ShapeError(op: op, "missing parameter \(name)") }
            guard actual == shape else { throw ShapeError(op: op, "\(name) must be \(shape), got \(actual)") }
        }
    }
}
