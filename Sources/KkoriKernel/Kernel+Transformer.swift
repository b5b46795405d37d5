import Foundation

extension Kernel {
    /// Multi-head self-attention on x (B,L,D): projections `x @ W + b` for keys wq wk wv (D,D), bq bk bv (D,);
    /// head h uses columns h·dh..<(h+1)·dh; heads are concatenated and projected by wo, bo.
    ///
    /// `mask` broadcasts to (B, heads, L, L).
    public static func multiHeadAttention(_ x: Tensor, params: [String: Tensor], heads: Int,
                                          mask: Mask? = nil) -> Tensor {
        require { () throws(ShapeError) in
            try Shapes.multiHeadAttention(x: x.shape, params: params.mapValues(\.shape), heads: heads,
                                          mask: mask?.shape)
        }
        return Tensor(shape: x.shape) { dst in
            BlockRunner(x: x, params: params, heads: heads, mask: mask).attend(prefix: "", residual: false, into: dst)
        }
    }

    /// Post-LN transformer encoder block: h = LN1(x + MHA(x)); out = LN2(h + FFN(h)),
    /// FFN(h) = ReLU(h @ ffn.w1 + ffn.b1) @ ffn.w2 + ffn.b2; MHA keys under `attn.`; eps 1e-5, no dropout.
    public static func encoderBlock(_ x: Tensor, params: [String: Tensor], heads: Int, mask: Mask? = nil) -> Tensor {
        require { () throws(ShapeError) in
            try Shapes.encoderBlock(x: x.shape, params: params.mapValues(\.shape), heads: heads, mask: mask?.shape)
        }
        return Tensor(shape: x.shape) { dst in
            BlockRunner(x: x, params: params, heads: heads, mask: mask).encode(into: dst)
        }
    }

    /// Sinusoidal encoding (length, dModel): PE[pos, 2i] = sin(pos / 10000^(2i/dModel)), PE[pos, 2i+1] = cos(same).
    ///
    /// Angles are computed in double precision so long sequences keep full float accuracy.
    public static func positionalEncoding(length: Int, dModel: Int) -> Tensor {
        precondition(length >= 0 && dModel >= 0,
                     "positional_encoding: length and d_model must be >= 0, got \(length), \(dModel)")
        var out = Tensor(zeros: [length, dModel])
        for col in 0..<dModel {
            let rate = 1 / pow(10000, Double(col - col % 2) / Double(dModel))
            for pos in 0..<length {
                let angle = Double(pos) * rate
                out.data[pos * dModel + col] = Float(col % 2 == 0 ? sin(angle) : cos(angle))
            }
        }
        return out
    }
}
