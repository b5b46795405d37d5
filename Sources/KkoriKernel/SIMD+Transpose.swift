/// Sixteen vectors: the rows of a 16×16 block.
typealias Block16 = (V, V, V, V, V, V, V, V, V, V, V, V, V, V, V, V)

/// Transposes a 16×16 block in registers.
///
/// One round maps vector i, lane j to the perfect shuffle of the pair (2k, 2k+1): even lanes of both to
/// vector k, odd lanes to vector k+8. On the 8-bit address (vector bits, lane bits) that is a rotation by
/// one bit, so four rounds swap the vector and lane bits: the transpose.
@inline(__always)
func transpose16(_ v: inout Block16) {
    for _ in 0..<4 {
        let (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15) = v
        v = (V(lowHalf: a0.evenHalf, highHalf: a1.evenHalf), V(lowHalf: a2.evenHalf, highHalf: a3.evenHalf),
             V(lowHalf: a4.evenHalf, highHalf: a5.evenHalf), V(lowHalf: a6.evenHalf, highHalf: a7.evenHalf),
             V(lowHalf: a8.evenHalf, highHalf: a9.evenHalf), V(lowHalf: a10.evenHalf, highHalf: a11.evenHalf),
             V(lowHalf: a12.evenHalf, highHalf: a13.evenHalf), V(lowHalf: a14.evenHalf, highHalf: a15.evenHalf),
             V(lowHalf: a0.oddHalf, highHalf: a1.oddHalf), V(lowHalf: a2.oddHalf, highHalf: a3.oddHalf),
             V(lowHalf: a4.oddHalf, highHalf: a5.oddHalf), V(lowHalf: a6.oddHalf, highHalf: a7.oddHalf),
             V(lowHalf: a8.oddHalf, highHalf: a9.oddHalf), V(lowHalf: a10.oddHalf, highHalf: a11.oddHalf),
             V(lowHalf: a12.oddHalf, highHalf: a13.oddHalf), V(lowHalf: a14.oddHalf, highHalf: a15.oddHalf))
    }
}

/// Loads 16 rows of 16 floats, `stride` apart.
@inline(__always)
func loadBlock(_ p: UnsafePointer<Float>, stride s: Int) -> Block16 {
    (load(p), load(p + s), load(p + 2 * s), load(p + 3 * s), load(p + 4 * s), load(p + 5 * s),
     load(p + 6 * s), load(p + 7 * s), load(p + 8 * s), load(p + 9 * s), load(p + 10 * s), load(p + 11 * s),
     load(p + 12 * s), load(p + 13 * s), load(p + 14 * s), load(p + 15 * s))
}

/// Stores 16 rows of 16 floats, `stride` apart.
@inline(__always)
func storeBlock(_ v: Block16, _ p: UnsafeMutablePointer<Float>, stride s: Int) {
    store(v.0, p); store(v.1, p + s); store(v.2, p + 2 * s); store(v.3, p + 3 * s)
    store(v.4, p + 4 * s); store(v.5, p + 5 * s); store(v.6, p + 6 * s); store(v.7, p + 7 * s)
    store(v.8, p + 8 * s); store(v.9, p + 9 * s); store(v.10, p + 10 * s); store(v.11, p + 11 * s)
    store(v.12, p + 12 * s); store(v.13, p + 13 * s); store(v.14, p + 14 * s); store(v.15, p + 15 * s)
}
