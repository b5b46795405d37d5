/// A boolean tensor for attention: `true` means the query position may attend to the key position.
public struct Mask: Sendable, Equatable {
    /// The extent of each axis; broadcast against `(..., Lq, Lk)` by the attention ops.
    public var shape: [Int]
    /// The flags in C order.
    public var data: [Bool]

    /// Wraps `data` as a mask of `shape`; the element count must match the shape.
    public init(shape: [Int], data: [Bool]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Mask: negative extent in shape \(shape)")
        precondition(data.count == Tensor.elementCount(shape),
                     "Mask: shape \(shape) needs \(Tensor.elementCount(shape)) flags, got \(data.count)")
        self.shape = shape
        self.data = data
    }

    /// A mask of `shape` with every flag set to `value`.
    public init(repeating value: Bool, shape: [Int]) {
        self.init(shape: shape, data: [Bool](repeating: value, count: Tensor.elementCount(shape)))
    }

    /// The number of flags.
    public var count: Int { data.count }
}
