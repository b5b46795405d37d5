import KkoriKernel

extension Reference {
    /// The expected outputs of a case, computed by the built-in kernel from the generated inputs.
    ///
    /// Called only after the candidate's process has ended, so the values never exist while the
    /// solution runs.
    public func expected(_ inputs: CaseInputs) -> [Tensor] {
        switch self {
        case .softmax:
            return [Kernel.softmax(inputs.tensor("x"), axis: inputs.integer("axis") ?? -1)]
        case .crossEntropy:
            guard case .labels(let labels)? = inputs.value("labels") else { return [] }
            return [Tensor(shape: [], data: [Kernel.crossEntropy(logits: inputs.tensor("logits"), labels: labels)])]
        case .layerNorm:
            var eps: Float = 1e-5
            if case .number(let value)? = inputs.value("eps") { eps = Float(value) }
            return [Kernel.layerNorm(inputs.tensor("x"), gamma: inputs.tensor("gamma"), beta: inputs.tensor("beta"),
                                     eps: eps)]
        case .conv2d:
            return [Kernel.conv2d(inputs.tensor("x"), inputs.tensor("w"), inputs.tensor("b"),
                                  stride: inputs.integer("stride") ?? 1, padding: inputs.integer("padding") ?? 0)]
        case .maxPool2d:
            return [Kernel.maxPool2d(inputs.tensor("x"), kernel: inputs.integer("kernel") ?? 2,
                                     stride: inputs.integer("stride") ?? 2)]
        case .conv2dBackward:
            let grads = Kernel.conv2dBackward(dout: inputs.tensor("dout"), x: inputs.tensor("x"), w: inputs.tensor("w"),
                                              stride: inputs.integer("stride") ?? 1,
                                              padding: inputs.integer("padding") ?? 0)
            return [grads.dx, grads.dw, grads.db]
        case .cnnForward:
            return [Self.cnnForward(inputs.tensor("x"), inputs.params())]
        case .attention:
            return [Kernel.attention(q: inputs.tensor("q"), k: inputs.tensor("k"), v: inputs.tensor("v"),
                                     mask: inputs.mask())]
        case .multiHeadAttention:
            return [Kernel.multiHeadAttention(inputs.tensor("x"), params: inputs.params(),
                                              heads: inputs.integer("num_heads") ?? 1, mask: inputs.mask())]
        case .encoderBlock:
            return [Kernel.encoderBlock(inputs.tensor("x"), params: inputs.params(),
                                        heads: inputs.integer("num_heads") ?? 1, mask: inputs.mask())]
        case .positionalEncoding:
            return [Kernel.positionalEncoding(length: inputs.integer("seq_len") ?? 0,
                                              dModel: inputs.integer("d_model") ?? 1)]
        }
    }

    /// conv(pad 1) → ReLU → max-pool 2 → conv(pad 1) → ReLU → max-pool 2 → flatten → linear.
    static func cnnForward(_ x: Tensor, _ p: [String: Tensor]) -> Tensor {
        func param(_ key: String) -> Tensor { p[key] ?? Tensor(zeros: [0]) }
        var h = Kernel.conv2d(x, param("conv1.w"), param("conv1.b"), stride: 1, padding: 1)
        h = Kernel.maxPool2d(Kernel.relu(h), kernel: 2, stride: 2)
        h = Kernel.conv2d(h, param("conv2.w"), param("conv2.b"), stride: 1, padding: 1)
        h = Kernel.maxPool2d(Kernel.relu(h), kernel: 2, stride: 2)
        let flat = h.reshaped([x.shape[0], h.count / max(1, x.shape[0])])
        return Kernel.linear(flat, weight: param("fc.w"), bias: param("fc.b"))
    }
}
