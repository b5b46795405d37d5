extension Kernel {
    /// max(x, 0) elementwise.
    public static func relu(_ x: Tensor) -> Tensor {
        var out = x
        out.data.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { reluInPlace(base, count: buffer.count) }
        }
        return out
    }

    /// `x @ weight.T + bias` with weight (out, in) as in PyTorch's `nn.Linear`.
    public static func linear(_ x: Tensor, weight: Tensor, bias: Tensor?) -> Tensor {
        let outShape = require { () throws(ShapeError) in
            try Shapes.linear(x: x.shape, weight: weight.shape, bias: bias?.shape)
        }
        let (inputs, outputs) = (weight.shape[1], weight.shape[0])
        let rows = inputs == 0 ? Tensor.elementCount(outShape) / max(1, outputs) : x.count / inputs
        let workers = workerCount()
        return Tensor(shape: outShape) { dst in
            // The bias goes in first and the product accumulates onto it.
            for row in 0..<rows {
                if let bias { (dst + row * outputs).update(from: bias.data, count: outputs) }
                else { (dst + row * outputs).update(repeating: 0, count: outputs) }
            }
            withBases([x, weight]) { p in
                Gemm.multiply(m: rows, n: outputs, k: inputs, a: .rows(p[0], columns: inputs),
                              b: .transposed(p[1], columns: inputs), c: dst, ldc: outputs,
                              accumulate: true, threads: workers)
            }
        }
    }
}
