/// The vector type of the kernel: 16 floats, one AVX-512 register (two AVX2 registers).
typealias V = SIMD16<Float>

/// Loads 16 floats from any address.
@inline(__always)
func load(_ p: UnsafePointer<Float>) -> V {
    UnsafeRawPointer(p).loadUnaligned(as: V.self)
}

/// Loads 16 floats from any address.
@inline(__always)
func load(_ p: UnsafeMutablePointer<Float>) -> V {
    UnsafeRawPointer(p).loadUnaligned(as: V.self)
}

/// Stores 16 floats to any address.
@inline(__always)
func store(_ v: V, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self)
}

/// A 64-byte aligned scratch buffer of floats, freed by the caller.
func allocateFloats(_ count: Int) -> UnsafeMutablePointer<Float> {
    let capacity = max(1, count)
    return UnsafeMutableRawPointer.allocate(byteCount: capacity * 4, alignment: 64)
        .bindMemory(to: Float.self, capacity: capacity)
}

/// Loads the first `count` (< 16) floats; the other lanes hold `fill`.
@inline(__always)
func loadPartial(_ p: UnsafePointer<Float>, _ count: Int, fill: Float) -> V {
    var v = V(repeating: fill)
    for i in 0..<count { v[i] = p[i] }
    return v
}

/// Stores the first `count` (< 16) lanes.
@inline(__always)
func storePartial(_ v: V, _ p: UnsafeMutablePointer<Float>, _ count: Int) {
    for i in 0..<count { p[i] = v[i] }
}
