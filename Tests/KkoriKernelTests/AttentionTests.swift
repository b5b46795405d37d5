import KkoriKernel
import Testing

@Suite("attention, multi-head attention, encoder block, positional encoding")
struct AttentionTests {
    @Test("attention matches NumPy with Lq ≠ Lk, d ≠ dv and broadcast masks with False entries",
          .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func attentionMatchesNumpy() throws {
        var make = CaseMaker(seed: 51)
        var inputs: [(Tensor, Tensor, Tensor, Mask?)] = []
        for index in 0..<30 {
            let batch = make.shape(rank: make.int(0...2), 1...3)
            let (lq, lk, d, dv) = (make.int(1...20), make.int(1...20), make.int(1...24), make.int(1...24))
            let mask = index % 3 == 0 ? nil
                : make.random.bools(shape: make.broadcastable(to: batch + [lq, lk]), probability: 0.7)
            inputs.append((make.tensor(batch + [lq, d]), make.tensor(batch + [lk, d], std: 2),
                           make.tensor(batch + [lk, dv]), mask))
        }
        // A row with no key to attend to attends uniformly.
        inputs.append((make.tensor([2, 3]), make.tensor([4, 3]), make.tensor([4, 5]),
                       Mask(shape: [2, 4], data: [false, false, false, false, true, false, true, false])))
        inputs.append((make.tensor([1, 2, 128, 64]), make.tensor([1, 2, 128, 64]), make.tensor([1, 2, 128, 64]), nil))
        let cases = inputs.map { q, k, v, mask in
            var arrays = ["q": NPYArray(q), "k": NPYArray(k), "v": NPYArray(v)]
            if let mask { arrays["mask"] = NPYArray(mask) }
            return OracleCase(op: "attention", arrays: arrays)
        }
        let expected = try NumpyOracle.evaluate(cases)
        for ((q, k, v, mask), reference) in zip(inputs, expected) {
            expectClose(Kernel.attention(q: q, k: k, v: v, mask: mask), reference[0],
                        "attention q \(q.shape) k \(k.shape) v \(v.shape) mask \(mask?.shape ?? [])")
        }
    }

    @Test("multi-head attention and the encoder block match NumPy, with and without masks",
          .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func blocksMatchNumpy() throws {
        var make = CaseMaker(seed: 52)
        var inputs: [(op: String, x: Tensor, params: [String: Tensor], heads: Int, mask: Mask?)] = []
        for index in 0..<16 {
            let heads = make.int(1...4)
            let (b, l, d) = (make.int(1...3), make.int(1...12), heads * make.int(1...6))
            let mask = index % 2 == 0 ? nil
                : make.random.bools(shape: make.broadcastable(to: [b, heads, l, l]), probability: 0.8)
            let encoder = index >= 8
            let params = makeParams(&make, d: d, hidden: make.int(1...20), prefix: encoder ? "attn." : "", ffn: encoder)
            inputs.append((encoder ? "encoder_block" : "multi_head_attention", make.tensor([b, l, d]), params, heads, mask))
        }
        inputs.append(("encoder_block", make.tensor([2, 16, 32]), makeParams(&make, d: 32, hidden: 64, prefix: "attn.", ffn: true), 8, nil))
        let cases = inputs.map { input in
            var arrays = ["x": NPYArray(input.x)]
            for (name, value) in input.params { arrays["p." + name] = NPYArray(value) }
            if let mask = input.mask { arrays["mask"] = NPYArray(mask) }
            return OracleCase(op: input.op, arrays: arrays, options: ["heads": input.heads])
        }
        let expected = try NumpyOracle.evaluate(cases)
        for (input, reference) in zip(inputs, expected) {
            let out = input.op == "encoder_block"
                ? Kernel.encoderBlock(input.x, params: input.params, heads: input.heads, mask: input.mask)
                : Kernel.multiHeadAttention(input.x, params: input.params, heads: input.heads, mask: input.mask)
            expectClose(out, reference[0], "\(input.op) x \(input.x.shape) heads \(input.heads) mask \(input.mask?.shape ?? [])")
        }
    }

    func makeParams(_ make: inout CaseMaker, d: Int, hidden: Int, prefix: String, ffn: Bool) -> [String: Tensor] {
        var params: [String: Tensor] = [:]
        let scale = 1 / Float(d).squareRoot()
        for name in ["wq", "wk", "wv", "wo"] { params[prefix + name] = make.tensor([d, d], std: scale) }
        for name in ["bq", "bk", "bv", "bo"] { params[prefix + name] = make.tensor([d], std: 0.1) }
        guard ffn else { return params }
        params["ffn.w1"] = make.tensor([d, hidden], std: scale)
        params["ffn.b1"] = make.tensor([hidden], std: 0.1)
        params["ffn.w2"] = make.tensor([hidden, d], std: 1 / Float(hidden).squareRoot())
        params["ffn.b2"] = make.tensor([d], std: 0.1)
        for name in ["ln1", "ln2"] {
            params[name + ".gamma"] = make.random.uniform(shape: [d], low: 0.5, high: 1.5)
            params[name + ".beta"] = make.tensor([d], std: 0.1)
        }
        return params
    }

    @Test("positional encoding matches NumPy for even and odd d_model",
          .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func positionalEncodingMatchesNumpy() throws {
        let sizes = [(1, 1), (5, 3), (16, 8), (50, 7), (128, 256), (0, 4), (3, 0), (1000, 65)]
        let cases = sizes.map { OracleCase(op: "positional_encoding", arrays: [:], options: ["length": $0.0, "d_model": $0.1]) }
        let expected = try NumpyOracle.evaluate(cases)
        for ((length, d), reference) in zip(sizes, expected) {
            expectClose(Kernel.positionalEncoding(length: length, dModel: d), reference[0], "pe \(length) x \(d)")
        }
    }

    @Test("attention shape checks")
    func shapeChecks() {
        #expect(throws: ShapeError.self) { try Kernel.Shapes.attention(q: [2, 3, 4], k: [2, 5, 3], v: [2, 5, 4], mask: nil) }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.attention(q: [2, 3, 4], k: [2, 5, 4], v: [2, 4, 4], mask: nil) }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.attention(q: [3, 4], k: [5, 4], v: [5, 2], mask: [3, 4]) }
        #expect((try? Kernel.Shapes.attention(q: [2, 3, 4], k: [2, 5, 4], v: [2, 5, 6], mask: [1, 5])) == [2, 3, 6])
        #expect(throws: ShapeError.self) {
            try Kernel.Shapes.multiHeadAttention(x: [1, 2, 6], params: [:], heads: 4, mask: nil)
        }
        #expect(throws: ShapeError.self) {
            try Kernel.Shapes.encoderBlock(x: [1, 2, 4], params: ["attn.wq": [4, 4]], heads: 2, mask: nil)
        }
    }
}
