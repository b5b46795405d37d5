/// An array read from or written to a NumPy `.npy` file: its element type, shape and C-order values.
public enum NPYArray: Sendable, Equatable {
    /// `<f4` elements.
    case float32(shape: [Int], [Float])
    /// `<f8` elements.
    case float64(shape: [Int], [Double])
    /// `<i4` elements.
    case int32(shape: [Int], [Int32])
    /// `<i8` elements.
    case int64(shape: [Int], [Int64])
    /// `|b1` elements.
    case bool(shape: [Int], [Bool])

    /// The extent of each axis.
    public var shape: [Int] {
        switch self {
        case .float32(let shape, _), .float64(let shape, _), .int32(let shape, _), .int64(let shape, _),
             .bool(let shape, _):
            return shape
        }
    }

    /// The NumPy type string written in the header.
    public var descr: String {
        switch self {
        case .float32: return "<f4"
        case .float64: return "<f8"
        case .int32: return "<i4"
        case .int64: return "<i8"
        case .bool: return "|b1"
        }
    }

    /// The number of elements.
    public var count: Int {
        switch self {
        case .float32(_, let v): return v.count
        case .float64(_, let v): return v.count
        case .int32(_, let v): return v.count
        case .int64(_, let v): return v.count
        case .bool(_, let v): return v.count
        }
    }

    /// Wraps a tensor as a float32 array.
    public init(_ tensor: Tensor) {
        self = .float32(shape: tensor.shape, tensor.data)
    }

    /// Wraps a mask as a bool array.
    public init(_ mask: Mask) {
        self = .bool(shape: mask.shape, mask.data)
    }

    /// The values as a float32 tensor (floats rounded, integers converted); nil for bool arrays.
    public var tensor: Tensor? {
        switch self {
        case .float32(let shape, let v): return Tensor(shape: shape, data: v)
        case .float64(let shape, let v): return Tensor(shape: shape, data: v.map { Float($0) })
        case .int32(let shape, let v): return Tensor(shape: shape, data: v.map { Float($0) })
        case .int64(let shape, let v): return Tensor(shape: shape, data: v.map { Float($0) })
        case .bool: return nil
        }
    }

    /// The values widened to double precision (bools as 0 and 1), for comparing outputs.
    public var doubles: [Double] {
        switch self {
        case .float32(_, let v): return v.map { Double($0) }
        case .float64(_, let v): return v
        case .int32(_, let v): return v.map { Double($0) }
        case .int64(_, let v): return v.map { Double($0) }
        case .bool(_, let v): return v.map { $0 ? 1 : 0 }
        }
    }
}
