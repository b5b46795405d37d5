// Vector helpers written so they compile to vector instructions: the standard library's
// `pointwiseMax`, `.max()` and `expf` run lane by lane, which made softmax ten times slower.

/// Lane-wise maximum via compare-and-blend.
@inline(__always)
func vmax(_ a: V, _ b: V) -> V {
    a.replacing(with: b, where: b .> a)
}

/// The largest lane, by halving.
@inline(__always)
func hmax(_ v: V) -> Float {
    let h8 = v.lowHalf.replacing(with: v.highHalf, where: v.highHalf .> v.lowHalf)
    let h4 = h8.lowHalf.replacing(with: h8.highHalf, where: h8.highHalf .> h8.lowHalf)
    return max(max(h4[0], h4[1]), max(h4[2], h4[3]))
}

/// The sum of the lanes, by halving (a tree, which also rounds better than a running sum).
@inline(__always)
func hsum(_ v: V) -> Float {
    let h8 = v.lowHalf + v.highHalf
    let h4 = h8.lowHalf + h8.highHalf
    return (h4[0] + h4[1]) + (h4[2] + h4[3])
}

/// e^x for every lane, to about 2 ulp; lanes below −87.3 (including −∞) give exactly 0.
///
/// x = n·ln2 + r with |r| ≤ ln2/2; e^r from a degree-5 polynomial fitted for least maximum relative
/// error on that interval (7.5e-8); 2^n is built in the exponent bits. n is rounded with the 1.5·2^23
/// trick, since `.rounded()` and float-to-int conversions are not vectorised.
@inline(__always)
func vexp(_ x: V) -> V {
    let low: Float = -87.33654, high: Float = 88
    var t = x.replacing(with: high, where: x .> high)
    t = t.replacing(with: low, where: t .< low)
    let shifter = V(repeating: 12_582_912)
    let biased = muladd(shifter, t, V(repeating: 1.442_695_04))
    let n = biased - shifter
    // ln2 split in two so n·ln2 is subtracted without rounding error.
    var r = muladd(t, n, V(repeating: -0.693_359_375))
    r = muladd(r, n, V(repeating: 2.121_944_4e-4))
    var p = V(repeating: 8.297_65e-3)
    p = muladd(V(repeating: 4.191_538e-2), p, r)
    p = muladd(V(repeating: 0.166_675_75), p, r)
    p = muladd(V(repeating: 0.499_988_95), p, r)
    p = muladd(V(repeating: 0.999_999_69), p, r)
    p = muladd(V(repeating: 1.000_000_07), p, r)
    // The low mantissa bits of `biased` hold n; move n + 127 into the exponent field.
    let bits = (unsafeBitCast(biased, to: SIMD16<Int32>.self) &- 0x4B40_0000 &+ 127) &<< 23
    return (p * unsafeBitCast(bits, to: V.self)).replacing(with: 0, where: x .< low)
}

/// c + a·b. Fused (one instruction) when the build targets the host CPU; otherwise a multiply and an add,
/// because without a target CPU a fused vector multiply-add compiles to one libm `fmaf` call per lane.
@inline(__always)
func muladd(_ c: V, _ a: V, _ b: V) -> V {
    #if KKORI_NATIVE
    c.addingProduct(a, b)
    #else
    c + a * b
    #endif
}
