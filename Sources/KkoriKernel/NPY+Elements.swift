extension NPY {
    /// Converts the data bytes (already checked to be `count` elements of `descr`) into an array.
    static func elements(_ data: ArraySlice<UInt8>, descr: String, shape: [Int], count: Int) -> NPYArray {
        switch descr {
        case "<f4": return .float32(shape: shape, words(data, count, UInt32.self).map { Float(bitPattern: $0) })
        case "<f8": return .float64(shape: shape, words(data, count, UInt64.self).map { Double(bitPattern: $0) })
        case "<i4": return .int32(shape: shape, words(data, count, UInt32.self).map { Int32(bitPattern: $0) })
        case "<i8": return .int64(shape: shape, words(data, count, UInt64.self).map { Int64(bitPattern: $0) })
        default: return .bool(shape: shape, data.map { $0 != 0 })
        }
    }

    /// Reads `count` little-endian words from the start of `data`.
    static func words<W: FixedWidthInteger>(_ data: ArraySlice<UInt8>, _ count: Int, _: W.Type) -> [W] {
        data.withUnsafeBytes { raw in
            (0..<count).map { W(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * W.bitWidth / 8, as: W.self)) }
        }
    }

    /// The raw element bytes of `array`.
    static func payload(_ array: NPYArray) -> [UInt8] {
        switch array {
        case .float32(_, let v): return v.flatMap { littleEndianBytes($0.bitPattern) }
        case .float64(_, let v): return v.flatMap { littleEndianBytes($0.bitPattern) }
        case .int32(_, let v): return v.flatMap { littleEndianBytes(UInt32(bitPattern: $0)) }
        case .int64(_, let v): return v.flatMap { littleEndianBytes(UInt64(bitPattern: $0)) }
        case .bool(_, let v): return v.map { $0 ? 1 : 0 }
        }
    }

    static func littleEndianBytes<W: FixedWidthInteger>(_ word: W) -> [UInt8] {
        (0..<(W.bitWidth / 8)).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
    }
}
