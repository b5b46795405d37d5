import KkoriKernel

extension Reference {
    /// Draws a case's inputs from its seed. Deterministic: the same spec always gives the same arrays,
    /// so a case can be regenerated for the candidate and for the reference without being stored.
    ///
    /// The caller must have checked the spec with `check(_:)` (the parser does).
    public func generate(_ spec: CaseSpec) -> CaseInputs {
        var rng = SeededRandom(seed: spec.seed)
        var items: [CaseInput] = []
        func main(_ name: String) {
            items.append(CaseInput(name: name, value: .tensor(rng.normal(shape: spec.shape(name),
                                                                          mean: Float(spec.offset), std: Float(spec.scale)))))
        }
        func option(_ name: String) {
            if let value = spec.integers[name] { items.append(CaseInput(name: name, value: .integer(value), byKeyword: true)) }
        }
        switch self {
        case .softmax:
            main("x")
            option("axis")
        case .crossEntropy:
            main("logits")
            let logits = spec.shape("logits")
            items.append(CaseInput(name: "labels", value: .labels(rng.ints(count: logits[0], below: logits[1]))))
        case .layerNorm:
            main("x")
            let d = spec.shape("x").last ?? 0
            items.append(CaseInput(name: "gamma", value: .tensor(rng.normal(shape: [d], mean: 1, std: 0.2))))
            items.append(CaseInput(name: "beta", value: .tensor(rng.normal(shape: [d], mean: 0, std: 0.2))))
            if let eps = spec.numbers["eps"] { items.append(CaseInput(name: "eps", value: .number(eps), byKeyword: true)) }
        case .conv2d, .conv2dBackward:
            items = convInputs(spec, &rng)
        case .maxPool2d:
            main("x")
            option("kernel")
            option("stride")
        case .cnnForward:
            let x = rng.uniform(shape: [spec.integers["batch"] ?? 1, 1, 28, 28], low: Float(spec.offset),
                                high: Float(spec.offset + spec.scale))
            items = [CaseInput(name: "x", value: .tensor(x)), CaseInput(name: "params", value: .params(cnnParams(&rng)))]
        case .attention:
            for name in ["q", "k", "v"] { main(name) }
        case .multiHeadAttention, .encoderBlock:
            main("x")
            items.append(CaseInput(name: "params", value: .params(transformerParams(spec, &rng))))
            items.append(CaseInput(name: "num_heads", value: .integer(spec.integers["num_heads"] ?? 1)))
        case .positionalEncoding:
            items = [CaseInput(name: "seq_len", value: .integer(spec.integers["seq_len"] ?? 0)),
                     CaseInput(name: "d_model", value: .integer(spec.integers["d_model"] ?? 1))]
        }
        if let mask = spec.mask {
            items.append(CaseInput(name: "mask", value: .mask(Self.drawMask(mask, &rng)), byKeyword: true))
        }
        return CaseInputs(items)
    }

    /// x, w and b (forward) or dout, x and w (backward), with stride and padding when the case sets them.
    private func convInputs(_ spec: CaseSpec, _ rng: inout SeededRandom) -> [CaseInput] {
        let w = spec.shape("w")
        let fanIn = max(1, w.dropFirst().reduce(1, *))
        let x = rng.normal(shape: spec.shape("x"), mean: Float(spec.offset), std: Float(spec.scale))
        let weights = rng.normal(shape: w, std: Float((2.0 / Double(fanIn)).squareRoot()))
        var items: [CaseInput]
        if self == .conv2d {
            let b = rng.normal(shape: [w[0]], std: 0.1)
            items = [CaseInput(name: "x", value: .tensor(x)), CaseInput(name: "w", value: .tensor(weights)),
                     CaseInput(name: "b", value: .tensor(b))]
        } else {
            let dout = rng.normal(shape: convOutputShape(spec))
            items = [CaseInput(name: "dout", value: .tensor(dout)), CaseInput(name: "x", value: .tensor(x)),
                     CaseInput(name: "w", value: .tensor(weights))]
        }
        for name in ["stride", "padding"] {
            if let value = spec.integers[name] { items.append(CaseInput(name: name, value: .integer(value), byKeyword: true)) }
        }
        return items
    }

    /// He-style weights so activations keep a sensible size through both conv stages.
    private func cnnParams(_ rng: inout SeededRandom) -> [NamedTensor] {
        [NamedTensor(key: "conv1.w", tensor: rng.normal(shape: [8, 1, 3, 3], std: Float((2.0 / 9).squareRoot()))),
         NamedTensor(key: "conv1.b", tensor: rng.normal(shape: [8], std: 0.05)),
         NamedTensor(key: "conv2.w", tensor: rng.normal(shape: [16, 8, 3, 3], std: Float((2.0 / 72).squareRoot()))),
         NamedTensor(key: "conv2.b", tensor: rng.normal(shape: [16], std: 0.05)),
         NamedTensor(key: "fc.w", tensor: rng.normal(shape: [10, 784], std: Float((1.0 / 784).squareRoot()))),
         NamedTensor(key: "fc.b", tensor: rng.normal(shape: [10], std: 0.05))]
    }

    /// Projection weights scaled by 1/√fan-in, small biases, layer-norm gains near 1.
    private func transformerParams(_ spec: CaseSpec, _ rng: inout SeededRandom) -> [NamedTensor] {
        let shapes = parameterShapes(spec)
        let d = Float(spec.shape("x").last ?? 1)
        let f = Float(spec.integers["ffn"] ?? 1)
        var list: [NamedTensor] = []
        for key in shapes.keys.sorted() {
            let shape = shapes[key] ?? []
            let tensor: Tensor
            if key.hasSuffix(".gamma") {
                tensor = rng.normal(shape: shape, mean: 1, std: 0.1)
            } else if key.hasSuffix(".beta") || shape.count == 1 {
                tensor = rng.normal(shape: shape, std: 0.1)
            } else {
                tensor = rng.normal(shape: shape, std: 1 / (key == "ffn.w2" ? f : d).squareRoot())
            }
            list.append(NamedTensor(key: key, tensor: tensor))
        }
        return list
    }

    /// A causal or random mask; every row of a random mask keeps at least one key, so no query is left
    /// with nothing to attend to (that case has no single right answer).
    static func drawMask(_ spec: MaskSpec, _ rng: inout SeededRandom) -> Mask {
        let lk = spec.shape.last ?? 1
        let lq = spec.shape.count >= 2 ? spec.shape[spec.shape.count - 2] : 1
        if spec.causal {
            let offset = max(0, lk - lq)
            let count = Tensor.elementCount(spec.shape)
            let data = (0..<count).map { index in (index % lk) <= (index / lk) % lq + offset }
            return Mask(shape: spec.shape, data: data)
        }
        var mask = rng.bools(shape: spec.shape, probability: spec.keep)
        let rows = mask.count / max(1, lk)
        for row in 0..<rows where !mask.data[(row * lk)..<((row + 1) * lk)].contains(true) {
            mask.data[row * lk + row % lk] = true
        }
        return mask
    }
}
