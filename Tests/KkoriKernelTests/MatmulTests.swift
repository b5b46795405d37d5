import KkoriKernel
import Testing

@Suite("matmul and linear against NumPy")
struct MatmulTests {
    /// Operands are scaled so products are O(1): float32 sums of k unit terms carry ~1e-7·√k·|terms| error,
    /// which no float32 kernel (NumPy's included) keeps under atol 1e-5 once k reaches the hundreds.
    @Test("matmul matches float64 NumPy over random shapes, batched and broadcast",
          .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func matmulMatchesNumpy() throws {
        var make = CaseMaker(seed: 11)
        var inputs: [(Tensor, Tensor)] = []
        for index in 0..<48 {
            let (m, k, n) = (make.int(1...70), make.int(1...90), make.int(1...80))
            switch index % 4 {
            case 0: inputs.append((make.tensor([m, k]), make.tensor([k, n], std: 1 / Float(k).squareRoot())))
            case 1: inputs.append((make.tensor([make.int(1...3), m, k]), make.tensor([k, n], std: 1 / Float(k).squareRoot())))
            case 2:
                let batch = make.shape(rank: 2, 1...3)
                inputs.append((make.tensor(batch + [m, k]), make.tensor(make.broadcastable(to: batch) + [k, n], std: 1 / Float(k).squareRoot())))
            default:
                let batch = make.shape(rank: 1, 1...4)
                inputs.append((make.tensor(make.broadcastable(to: batch) + [m, k]), make.tensor(batch + [k, n], std: 1 / Float(k).squareRoot())))
            }
        }
        // Sizes past the blocking boundaries of the packed product.
        inputs.append((make.tensor([137, 300]), make.tensor([300, 70], std: 0.058)))
        inputs.append((make.tensor([9, 260]), make.tensor([260, 170], std: 0.062)))
        let cases = inputs.map { OracleCase(op: "matmul", arrays: ["a": NPYArray($0.0), "b": NPYArray($0.1)]) }
        let expected = try NumpyOracle.evaluate(cases)
        for ((a, b), reference) in zip(inputs, expected) {
            for threads in [1, 2] {
                expectClose(Kernel.matmul(a, b, threads: threads), reference[0], "matmul \(a.shape) @ \(b.shape) t\(threads)")
            }
        }
    }

    @Test("linear matches x @ weight.T + bias, with and without bias",
          .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func linearMatchesNumpy() throws {
        var make = CaseMaker(seed: 12)
        var inputs: [(Tensor, Tensor, Tensor?)] = []
        for index in 0..<24 {
            let (inputsCount, outputs) = (make.int(1...70), make.int(1...70))
            let lead = make.shape(rank: make.int(1...3), 1...9)
            inputs.append((make.tensor(lead + [inputsCount]), make.tensor([outputs, inputsCount], std: 1 / Float(inputsCount).squareRoot()),
                           index % 3 == 0 ? nil : make.tensor([outputs])))
        }
        let cases = inputs.map { x, w, b in
            OracleCase(op: "linear", arrays: ["x": NPYArray(x), "weight": NPYArray(w)].merging(
                b.map { ["bias": NPYArray($0)] } ?? [:]) { first, _ in first })
        }
        let expected = try NumpyOracle.evaluate(cases)
        for ((x, w, b), reference) in zip(inputs, expected) {
            expectClose(Kernel.linear(x, weight: w, bias: b), reference[0], "linear \(x.shape) w \(w.shape)")
        }
    }

    @Test("relu zeroes exactly the negative entries")
    func reluZeroesNegatives() {
        var make = CaseMaker(seed: 13)
        let x = make.tensor([3, 5, 7])
        let y = Kernel.relu(x)
        #expect(y.shape == x.shape)
        for (a, b) in zip(x.data, y.data) { #expect(b == max(a, 0)) }
    }

    @Test("thread counts give the same product")
    func threadCountsAgree() {
        var make = CaseMaker(seed: 14)
        let a = make.tensor([257, 129]), b = make.tensor([129, 66])
        let one = Kernel.matmul(a, b, threads: 1)
        let two = Kernel.matmul(a, b, threads: 2)
        let limited = Kernel.$threadLimit.withValue(1) { Kernel.matmul(a, b) }
        #expect(one == two)
        #expect(one == limited)
    }

    @Test("shape checks name the mismatch")
    func shapeChecks() {
        #expect(throws: ShapeError.self) { try Kernel.Shapes.matmul([2, 3], [4, 5]) }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.matmul([2, 2, 3], [3, 3, 5]) }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.linear(x: [2, 3], weight: [4, 2], bias: nil) }
        #expect((try? Kernel.Shapes.matmul([2, 1, 4, 3], [5, 3, 6])) == [2, 5, 4, 6])
    }
}
