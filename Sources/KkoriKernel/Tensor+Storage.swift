extension Tensor {
    /// A tensor whose elements `body` writes through the pointer; the storage starts uninitialised, so `body`
    /// must write every element. Skipping the zero fill saves a full pass over large outputs.
    init(shape: [Int], writing body: (UnsafeMutablePointer<Float>) -> Void) {
        let count = Tensor.elementCount(shape)
        let data = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0, let base = buffer.baseAddress { body(base) }
            initialized = count
        }
        self.init(shape: shape, data: data)
    }
}

/// Calls `body` with the base addresses of the tensors' storage (nothing is called for an empty tensor).
func withBases(_ tensors: [Tensor], _ body: ([UnsafePointer<Float>]) -> Void) {
    func step(_ index: Int, _ bases: [UnsafePointer<Float>]) {
        guard index < tensors.count else { return body(bases) }
        tensors[index].data.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            step(index + 1, bases + [base])
        }
    }
    step(0, [])
}
