import KkoriKernel
import Testing

@Suite("max-pool2d")
struct PoolTests {
    @Test("max_pool2d matches NumPy for kernels and strides 1–4 on non-square inputs",
          .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func matchesNumpy() throws {
        var make = CaseMaker(seed: 31)
        var inputs: [(Tensor, Int, Int)] = []
        for kernel in 1...4 {
            for stride in 1...4 {
                let x = make.tensor([make.int(1...3), make.int(1...4), make.int(kernel...21), make.int(kernel...21)])
                inputs.append((x, kernel, stride))
            }
        }
        inputs.append((make.tensor([8, 32, 32, 32]), 2, 2))
        inputs.append((make.tensor([1, 3, 33, 35]), 2, 2))
        inputs.append((make.tensor([2, 5, 17, 16]), 3, 3))
        let cases = inputs.map {
            OracleCase(op: "max_pool2d", arrays: ["x": NPYArray($0.0)], options: ["kernel": $0.1, "stride": $0.2])
        }
        let expected = try NumpyOracle.evaluate(cases)
        for ((x, kernel, stride), reference) in zip(inputs, expected) {
            expectClose(Kernel.maxPool2d(x, kernel: kernel, stride: stride), reference[0],
                        "max_pool2d \(x.shape) k\(kernel) s\(stride)", rtol: 0, atol: 0)
        }
    }

    @Test("max_pool2d keeps -inf and the largest of equal-magnitude values")
    func extremes() {
        let x = Tensor(shape: [1, 1, 2, 4], data: [-.infinity, -.infinity, -3, 5, -.infinity, -.infinity, 7, -0.0])
        let y = Kernel.maxPool2d(x)
        #expect(y.shape == [1, 1, 1, 2])
        #expect(y.data == [-.infinity, 7])
    }

    @Test("max_pool2d shape checks")
    func shapeChecks() {
        #expect(throws: ShapeError.self) { try Kernel.Shapes.maxPool2d(x: [1, 1, 1, 4], kernel: 2, stride: 2) }
        #expect(throws: ShapeError.self) { try Kernel.Shapes.maxPool2d(x: [1, 4, 4], kernel: 2, stride: 2) }
        #expect((try? Kernel.Shapes.maxPool2d(x: [2, 3, 7, 5], kernel: 2, stride: 2)) == [2, 3, 3, 2])
    }
}
