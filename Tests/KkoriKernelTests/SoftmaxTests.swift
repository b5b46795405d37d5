import Foundation
import KkoriKernel
import Testing

@Suite("softmax, log-softmax, cross-entropy, layer-norm")
struct SoftmaxTests {
    @Test("softmax and log-softmax match NumPy on every axis, including logits around 1e4",
          .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func softmaxMatchesNumpy() throws {
        var make = CaseMaker(seed: 41)
        var inputs: [(Tensor, Int)] = []
        for index in 0..<40 {
            let rank = make.int(1...4)
            var x = make.tensor(make.shape(rank: rank, 1...(rank > 2 ? 9 : 70)), std: index % 3 == 0 ? 30 : 2)
            if index % 5 == 0 { x.data = x.data.map { $0 + 1e4 } }
            inputs.append((x, make.int(-rank...(rank - 1))))
        }
        inputs.append((make.tensor([256, 512]), -1))
        let cases = inputs.flatMap { x, axis in
            ["softmax", "log_softmax"].map { OracleCase(op: $0, arrays: ["x": NPYArray(x)], options: ["axis": axis]) }
        }
        let expected = try NumpyOracle.evaluate(cases)
        for (i, (x, axis)) in inputs.enumerated() {
            expectClose(Kernel.softmax(x, axis: axis), expected[2 * i][0], "softmax \(x.shape) axis \(axis)")
            expectClose(Kernel.logSoftmax(x, axis: axis), expected[2 * i + 1][0], "log_softmax \(x.shape) axis \(axis)")
        }
    }

    @Test("cross-entropy matches NumPy, including large logits",
          .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func crossEntropyMatchesNumpy() throws {
        var make = CaseMaker(seed: 42)
        var inputs: [(Tensor, [Int])] = []
        for index in 0..<24 {
            let (n, c) = (make.int(1...40), make.int(1...30))
            var logits = make.tensor([n, c], std: index % 4 == 0 ? 1000 : 3)
            if index % 6 == 1 { logits.data = logits.data.map { $0 - 1e4 } }
            inputs.append((logits, make.random.ints(count: n, below: c)))
        }
        let cases = inputs.map {
            OracleCase(op: "cross_entropy", arrays: ["logits": NPYArray($0.0), "labels": .labels($0.1)])
        }
        let expected = try NumpyOracle.evaluate(cases)
        for ((logits, labels), reference) in zip(inputs, expected) {
            let loss = Kernel.crossEntropy(logits: logits, labels: labels)
            expectClose(Tensor(shape: [], data: [loss]), reference[0], "cross_entropy \(logits.shape)")
        }
    }

    @Test("layer-norm matches NumPy, including rows with a large offset",
          .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func layerNormMatchesNumpy() throws {
        var make = CaseMaker(seed: 43)
        var inputs: [(Tensor, Tensor, Tensor)] = []
        for index in 0..<30 {
            let shape = make.shape(rank: make.int(1...3), 1...9) + [make.int(1...80)]
            var x = make.tensor(shape, std: index % 3 == 0 ? 5 : 1)
            if index % 4 == 0 { x.data = x.data.map { $0 + 50 } }
            inputs.append((x, make.tensor([shape[shape.count - 1]]), make.tensor([shape[shape.count - 1]])))
        }
        inputs.append((make.tensor([256, 512]), make.tensor([512]), make.tensor([512])))
        let cases = inputs.map {
            OracleCase(op: "layer_norm", arrays: ["x": NPYArray($0.0), "gamma": NPYArray($0.1), "beta": NPYArray($0.2)])
        }
        let expected = try NumpyOracle.evaluate(cases)
        for ((x, gamma, beta), reference) in zip(inputs, expected) {
            expectClose(Kernel.layerNorm(x, gamma: gamma, beta: beta), reference[0], "layer_norm \(x.shape)")
        }
    }

    @Test("softmax rows sum to one and survive logits of ±1e4")
    func softmaxIsStable() {
        let x = Tensor(shape: [2, 3], data: [1e4, 1e4 - 1, -1e4, -1e4, -1e4, -1e4])
        let y = Kernel.softmax(x)
        #expect(y.data.allSatisfy { $0.isFinite })
        #expect(abs(y.data[0..<3].reduce(0, +) - 1) < 1e-6)
        #expect(abs(y.data[3] - 1.0 / 3) < 1e-6)
    }

    @Test("the vector exponential is accurate to a few ulp across the float range")
    func exponentialAccuracy() {
        // softmax([x, 0])[0] = 1 / (1 + e^-x): every x exercises one exponential of a non-positive value.
        let xs = stride(from: -86.0, through: 86.0, by: 0.173).map { Float($0) }
        var worst = 0.0
        for x in xs {
            let y = Kernel.softmax(Tensor(shape: [2], data: [x, 0])).data[0]
            let exact = 1 / (1 + Foundation.exp(-Double(x)))
            worst = max(worst, abs(Double(y) - exact) / exact)
        }
        #expect(worst < 1e-6, "worst relative error \(worst)")
        let masked = Kernel.softmax(Tensor(shape: [3], data: [-.infinity, 0, -.infinity])).data
        #expect(masked == [0, 1, 0])
    }

    @Test("axis and label checks")
    func shapeChecks() {
        #expect(throws: ShapeError.self) { try Kernel.Shapes.axis(2, rank: 2, op: "softmax") }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.axis(-3, rank: 2, op: "softmax") }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.crossEntropy(logits: [2, 3], labels: [0, 3]) }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.crossEntropy(logits: [2, 3], labels: [0]) }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.layerNorm(x: [2, 3], gamma: [2], beta: [3]) }
    }
}
