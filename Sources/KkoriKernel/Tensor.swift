/// A dense float32 tensor: a shape and its elements stored contiguously in C (row-major) order.
///
/// Value semantics: copies share storage until one is written (copy-on-write through `Array`).
public struct Tensor: Sendable, Equatable {
    /// The extent of each axis, outermost first; `[]` is a scalar holding one element.
    public var shape: [Int]
    /// The elements in C order; `data.count == shape.reduce(1, *)`.
    public var data: [Float]

    /// Wraps `data` as a tensor of `shape`; the element count must match the shape.
    public init(shape: [Int], data: [Float]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor: negative extent in shape \(shape)")
        precondition(data.count == Tensor.elementCount(shape),
                     "Tensor: shape \(shape) needs \(Tensor.elementCount(shape)) elements, got \(data.count)")
        self.shape = shape
        self.data = data
    }

    /// A tensor of `shape` filled with zeros.
    public init(zeros shape: [Int]) {
        self.init(shape: shape, data: [Float](repeating: 0, count: Tensor.elementCount(shape)))
    }

    /// A tensor of `shape` filled with `value`.
    public init(repeating value: Float, shape: [Int]) {
        self.init(shape: shape, data: [Float](repeating: value, count: Tensor.elementCount(shape)))
    }

    /// The number of elements.
    public var count: Int { data.count }

    /// The number of axes.
    public var rank: Int { shape.count }

    /// The C-order strides in elements: the last axis moves by one.
    public var strides: [Int] { Tensor.contiguousStrides(shape) }

    /// The same elements under another shape with the same element count.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        precondition(Tensor.elementCount(newShape) == count,
                     "Tensor.reshaped: cannot view shape \(shape) as \(newShape)")
        return Tensor(shape: newShape, data: data)
    }

    /// The element at a full multi-index (slow; for tests and small reads).
    public subscript(_ index: Int...) -> Float {
        get { data[flatIndex(index)] }
        set { data[flatIndex(index)] = newValue }
    }

    private func flatIndex(_ index: [Int]) -> Int {
        precondition(index.count == shape.count, "Tensor: index \(index) does not match rank of \(shape)")
        var flat = 0
        for (axis, i) in index.enumerated() {
            precondition(i >= 0 && i < shape[axis], "Tensor: index \(index) out of bounds for \(shape)")
            flat = flat * shape[axis] + i
        }
        return flat
    }

    /// The product of the extents (1 for a scalar).
    public static func elementCount(_ shape: [Int]) -> Int {
        shape.reduce(1, *)
    }

    /// C-order strides for `shape`.
    public static func contiguousStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in shape.indices.reversed() {
            strides[axis] = step
            step *= shape[axis]
        }
        return strides
    }
}
