import KkoriKernel
import Testing

@Suite("conv2d forward and backward")
struct ConvTests {
    /// Every stride and padding up to 3 and every kernel size 1–5 (square and not) on a non-square input.
    @Test("conv2d forward and backward match the direct float64 definition exhaustively")
    func exhaustiveSmallCases() {
        var make = CaseMaker(seed: 21)
        var checked = 0
        for stride in 1...3 { for padding in 0...3 { for r in 1...5 { for s in 1...5 {
            let (h, w) = (make.int(max(1, r - 2 * padding)...7), make.int(max(1, s - 2 * padding)...6))
            let x = make.tensor([make.int(1...2), make.int(1...3), h, w])
            let weights = make.tensor([make.int(1...3), x.shape[1], r, s])
            let bias = make.tensor([weights.shape[0]])
            let naive = NaiveConv(x: x, w: weights, stride: stride, padding: padding)
            let label = "x \(x.shape) w \(weights.shape) stride \(stride) padding \(padding)"
            let out = Kernel.conv2d(x, weights, bias, stride: stride, padding: padding)
            expectClose(out, .float64(shape: [x.shape[0], weights.shape[0], naive.ho, naive.wo], naive.forward(bias: bias)),
                        "conv2d " + label)
            let dout = make.tensor(out.shape)
            let grads = Kernel.conv2dBackward(dout: dout, x: x, w: weights, stride: stride, padding: padding)
            let ref = naive.backward(dout: dout)
            expectClose(grads.dx, .float64(shape: x.shape, ref.dx), "dx " + label)
            expectClose(grads.dw, .float64(shape: weights.shape, ref.dw), "dw " + label)
            expectClose(grads.db, .float64(shape: [weights.shape[0]], ref.db), "db " + label)
            checked += 1
        } } } }
        #expect(checked == 300)
    }

    /// Inputs are scaled so outputs and gradients are O(1), as float32 accuracy needs (see the matmul test).
    @Test("conv2d and its backward match float64 NumPy on larger random cases",
          .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func matchesNumpy() throws {
        var make = CaseMaker(seed: 22)
        var inputs: [(x: Tensor, w: Tensor, b: Tensor?, stride: Int, padding: Int)] = []
        for index in 0..<20 {
            let (r, s, stride, padding) = (make.int(1...5), make.int(1...5), make.int(1...3), make.int(0...2))
            let x = make.tensor([make.int(1...3), make.int(1...9), make.int(5...20), make.int(5...20)])
            let w = make.tensor([make.int(1...17), x.shape[1], r, s], std: 1 / Float(x.shape[1] * r * s).squareRoot())
            inputs.append((x, w, index % 4 == 0 ? nil : make.tensor([w.shape[0]]), stride, padding))
        }
        inputs.append((make.tensor([1, 16, 32, 32]), make.tensor([32, 16, 3, 3], std: 0.083), make.tensor([32]), 1, 1))
        var cases: [OracleCase] = []
        var douts: [Tensor] = []
        for input in inputs {
            var arrays = ["x": NPYArray(input.x), "w": NPYArray(input.w)]
            if let b = input.b { arrays["b"] = NPYArray(b) }
            let options = ["stride": input.stride, "padding": input.padding]
            cases.append(OracleCase(op: "conv2d", arrays: arrays, options: options))
            let outShape = try Kernel.Shapes.conv2d(x: input.x.shape, w: input.w.shape, bias: nil,
                                                    stride: input.stride, padding: input.padding)
            // Scaled so dw, a sum over N·Ho·Wo terms, stays O(1) (see the matmul test).
            douts.append(make.tensor(outShape, std: 1 / Float(outShape[0] * outShape[2] * outShape[3]).squareRoot()))
            cases.append(OracleCase(op: "conv2d_backward", arrays: ["x": NPYArray(input.x), "w": NPYArray(input.w),
                                                                    "dout": NPYArray(douts[douts.count - 1])],
                                    options: options))
        }
        let expected = try NumpyOracle.evaluate(cases)
        for (i, input) in inputs.enumerated() {
            let label = "x \(input.x.shape) w \(input.w.shape) s\(input.stride) p\(input.padding)"
            expectClose(Kernel.conv2d(input.x, input.w, input.b, stride: input.stride, padding: input.padding),
                        expected[2 * i][0], "conv2d " + label)
            let grads = Kernel.conv2dBackward(dout: douts[i], x: input.x, w: input.w,
                                              stride: input.stride, padding: input.padding)
            let ref = expected[2 * i + 1]
            expectClose(grads.dx, ref[0], "dx " + label)
            expectClose(grads.dw, ref[1], "dw " + label)
            expectClose(grads.db, ref[2], "db " + label)
        }
    }

    @Test("conv2d shape checks reject what does not fit")
    func shapeChecks() {
        #expect(throws: ShapeError.self) { try Kernel.Shapes.conv2d(x: [1, 2, 5, 5], w: [3, 1, 3, 3], bias: nil, stride: 1, padding: 0) }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.conv2d(x: [1, 1, 2, 5], w: [3, 1, 3, 3], bias: nil, stride: 1, padding: 0) }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.conv2d(x: [1, 1, 5, 5], w: [3, 1, 3, 3], bias: [2], stride: 1, padding: 0) }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.conv2d(x: [1, 1, 5, 5], w: [3, 1, 3, 3], bias: nil, stride: 0, padding: 0) }
        #expect(throws: ShapeError.self) {
            try Kernel.Shapes.conv2dBackward(dout: [1, 3, 4, 4], x: [1, 1, 5, 5], w: [3, 1, 3, 3], stride: 1, padding: 0)
        }
        #expect((try? Kernel.Shapes.conv2d(x: [2, 1, 7, 6], w: [4, 1, 3, 2], bias: [4], stride: 2, padding: 1)) == [2, 4, 4, 4])
    }
}
