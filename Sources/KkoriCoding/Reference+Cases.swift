import KkoriKernel

/// A key a case of a given reference may (or must) set.
public struct CaseKey: Sendable, Hashable {
    /// What kind of value the key holds.
    public enum Kind: Sendable, Hashable {
        /// An array shape: a list of positive sizes whose length is in the range.
        case shape(rank: ClosedRange<Int>)
        /// A whole number in the range.
        case integer(ClosedRange<Int>)
        /// A real number in the range.
        case number(ClosedRange<Double>)
        /// An attention mask description.
        case mask
    }

    /// The YAML key (also the Python parameter it feeds, where there is one).
    public var name: String
    /// Its kind.
    public var kind: Kind
    /// Whether every case must set it.
    public var required: Bool
}

extension Reference {
    /// Most input elements one case may have in total: keeps grading fast and memory small.
    public static let maxCaseElements = 1 << 22

    /// The reference-specific keys a case may use (besides name, seed, weight, seconds, scale, offset).
    public var caseKeys: [CaseKey] {
        func shape(_ name: String, _ rank: ClosedRange<Int>) -> CaseKey {
            CaseKey(name: name, kind: .shape(rank: rank), required: true)
        }
        func int(_ name: String, _ range: ClosedRange<Int>, required: Bool = false) -> CaseKey {
            CaseKey(name: name, kind: .integer(range), required: required)
        }
        let mask = CaseKey(name: "mask", kind: .mask, required: false)
        switch self {
        case .softmax: return [shape("x", 1...6), int("axis", -6...5)]
        case .crossEntropy: return [shape("logits", 2...2)]
        case .layerNorm: return [shape("x", 1...6), CaseKey(name: "eps", kind: .number(1e-12...1), required: false)]
        case .conv2d, .conv2dBackward:
            return [shape("x", 4...4), shape("w", 4...4), int("stride", 1...8), int("padding", 0...8)]
        case .maxPool2d: return [shape("x", 4...4), int("kernel", 1...8), int("stride", 1...8)]
        case .cnnForward: return [int("batch", 1...64, required: true)]
        case .attention: return [shape("q", 2...5), shape("k", 2...5), shape("v", 2...5), mask]
        case .multiHeadAttention: return [shape("x", 3...3), int("num_heads", 1...64, required: true), mask]
        case .encoderBlock:
            return [shape("x", 3...3), int("num_heads", 1...64, required: true), int("ffn", 1...8192, required: true), mask]
        case .positionalEncoding: return [int("seq_len", 0...4096, required: true), int("d_model", 1...4096, required: true)]
        }
    }

    /// Checks that a case's sizes fit together (the kernel ops stop the program on a mismatch, so
    /// every case is checked before it is generated).
    public func check(_ spec: CaseSpec) throws(ShapeError) {
        let op = rawValue
        switch self {
        case .softmax: _ = try Kernel.Shapes.axis(spec.integers["axis"] ?? -1, rank: spec.shape("x").count, op: op)
        case .crossEntropy:
            let logits = spec.shape("logits")
            try Kernel.Shapes.crossEntropy(logits: logits, labels: Array(repeating: 0, count: logits.first ?? 0))
        case .layerNorm: try Kernel.Shapes.layerNorm(x: spec.shape("x"), gamma: [spec.shape("x").last ?? 0],
                                                     beta: [spec.shape("x").last ?? 0])
        case .conv2d, .conv2dBackward:
            _ = try Kernel.Shapes.conv2d(x: spec.shape("x"), w: spec.shape("w"), bias: [spec.shape("w").first ?? 0],
                                         stride: spec.stride(default: 1), padding: spec.integers["padding"] ?? 0)
        case .maxPool2d:
            _ = try Kernel.Shapes.maxPool2d(x: spec.shape("x"), kernel: spec.integers["kernel"] ?? 2,
                                            stride: spec.stride(default: 2))
        case .cnnForward: break
        case .attention:
            _ = try Kernel.Shapes.attention(q: spec.shape("q"), k: spec.shape("k"), v: spec.shape("v"),
                                            mask: spec.mask?.shape)
        case .multiHeadAttention:
            _ = try Kernel.Shapes.multiHeadAttention(x: spec.shape("x"), params: parameterShapes(spec),
                                                     heads: spec.integers["num_heads"] ?? 1, mask: spec.mask?.shape)
        case .encoderBlock:
            _ = try Kernel.Shapes.encoderBlock(x: spec.shape("x"), params: parameterShapes(spec),
                                               heads: spec.integers["num_heads"] ?? 1, mask: spec.mask?.shape)
        case .positionalEncoding: break
        }
        try checkCausal(spec)
        let elements = inputShapes(spec).reduce(0) { $0 + Tensor.elementCount($1.shape) }
        guard elements <= Self.maxCaseElements else {
            throw ShapeError(op: op, "inputs hold \(elements) elements, over the \(Self.maxCaseElements) allowed per case")
        }
    }

    /// A causal mask's last two axes must be the score matrix itself.
    private func checkCausal(_ spec: CaseSpec) throws(ShapeError) {
        guard let mask = spec.mask, mask.causal else { return }
        let (lq, lk): (Int, Int)
        switch self {
        case .attention: (lq, lk) = (spec.shape("q").dropLast().last ?? 0, spec.shape("k").dropLast().last ?? 0)
        default: (lq, lk) = (spec.shape("x").dropLast().last ?? 0, spec.shape("x").dropLast().last ?? 0)
        }
        guard mask.shape.count >= 2, Array(mask.shape.suffix(2)) == [lq, lk] else {
            throw ShapeError(op: rawValue, "a causal mask must end in (Lq, Lk) = (\(lq), \(lk)), got \(mask.shape)")
        }
    }

    /// The shapes of the named parameters (`params` dictionaries) for a case.
    func parameterShapes(_ spec: CaseSpec) -> [String: [Int]] {
        switch self {
        case .cnnForward:
            return ["conv1.w": [8, 1, 3, 3], "conv1.b": [8], "conv2.w": [16, 8, 3, 3], "conv2.b": [16],
                    "fc.w": [10, 784], "fc.b": [10]]
        case .multiHeadAttention, .encoderBlock:
            let d = spec.shape("x").last ?? 0
            let prefix = self == .encoderBlock ? "attn." : ""
            var shapes: [String: [Int]] = [:]
            for name in ["wq", "wk", "wv", "wo"] { shapes[prefix + name] = [d, d] }
            for name in ["bq", "bk", "bv", "bo"] { shapes[prefix + name] = [d] }
            guard self == .encoderBlock else { return shapes }
            let f = spec.integers["ffn"] ?? 0
            shapes["ffn.w1"] = [d, f]
            shapes["ffn.b1"] = [f]
            shapes["ffn.w2"] = [f, d]
            shapes["ffn.b2"] = [d]
            for name in ["ln1.gamma", "ln1.beta", "ln2.gamma", "ln2.beta"] { shapes[name] = [d] }
            return shapes
        default:
            return [:]
        }
    }

    /// Every input array of a case with its shape, in call order (for results and size checks).
    public func inputShapes(_ spec: CaseSpec) -> [NamedShape] {
        var list: [NamedShape] = []
        for key in caseKeys {
            if case .shape = key.kind { list.append(NamedShape(name: key.name, shape: spec.shape(key.name))) }
        }
        switch self {
        case .layerNorm:
            let d = spec.shape("x").last ?? 0
            list += [NamedShape(name: "gamma", shape: [d]), NamedShape(name: "beta", shape: [d])]
        case .crossEntropy: list.append(NamedShape(name: "labels", shape: [spec.shape("logits").first ?? 0]))
        case .conv2d: list.append(NamedShape(name: "b", shape: [spec.shape("w").first ?? 0]))
        case .conv2dBackward: list.insert(NamedShape(name: "dout", shape: convOutputShape(spec)), at: 0)
        case .cnnForward: list.insert(NamedShape(name: "x", shape: [spec.integers["batch"] ?? 0, 1, 28, 28]), at: 0)
        default: break
        }
        for (name, shape) in parameterShapes(spec).sorted(by: { $0.key < $1.key }) {
            list.append(NamedShape(name: "params[\"\(name)\"]", shape: shape))
        }
        if let mask = spec.mask { list.append(NamedShape(name: "mask", shape: mask.shape)) }
        return list
    }
}

/// An input's name and shape, for showing a failing case.
public struct NamedShape: Sendable, Hashable, Codable {
    /// The argument (or `params["key"]`).
    public var name: String
    /// Its shape.
    public var shape: [Int]

    public init(name: String, shape: [Int]) {
        self.name = name
        self.shape = shape
    }
}

extension Reference {
    /// The forward output shape of a conv case (empty when its sizes do not fit).
    func convOutputShape(_ spec: CaseSpec) -> [Int] {
        (try? Kernel.Shapes.conv2d(x: spec.shape("x"), w: spec.shape("w"), bias: nil, stride: spec.stride(default: 1),
                                   padding: spec.integers["padding"] ?? 0)) ?? []
    }
}

extension CaseSpec {
    /// The shape named `key`, or an empty shape when the case lacks it (the parser requires it).
    func shape(_ key: String) -> [Int] { shapes[key] ?? [] }

    /// The case's stride or the reference's default.
    func stride(default value: Int) -> Int { integers["stride"] ?? value }
}
