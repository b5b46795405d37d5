import KkoriKernel
import Testing

/// Draws small random shapes and inputs for the reference comparisons.
struct CaseMaker {
    var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// An integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + random.int(below: range.count)
    }

    /// A standard normal tensor scaled by `std`.
    mutating func tensor(_ shape: [Int], std: Float = 1) -> Tensor {
        random.normal(shape: shape, mean: 0, std: std)
    }

    /// A random shape of the given rank with extents in `extents`.
    mutating func shape(rank: Int, _ extents: ClosedRange<Int>) -> [Int] {
        (0..<rank).map { _ in int(extents) }
    }

    /// `shape` with some axes randomly collapsed to 1 and some leading axes dropped: a broadcastable shape.
    mutating func broadcastable(to shape: [Int]) -> [Int] {
        let dropped = int(0...shape.count)
        return shape.dropFirst(dropped).map { random.int(below: 3) == 0 ? 1 : $0 }
    }
}

extension NPYArray {
    /// Labels as an int64 array.
    static func labels(_ values: [Int]) -> NPYArray {
        .int64(shape: [values.count], values.map { Int64($0) })
    }
}
