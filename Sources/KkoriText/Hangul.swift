/// Hangul syllable arithmetic: decomposition into jamo, final consonants, composition.
///
/// Precomposed syllables (가…힣) are laid out algorithmically in Unicode: 19 leading consonants ×
/// 21 vowels × 28 trailing slots. Typo tolerance works on jamo (엔트로프 vs 엔트로피 differ by one
/// vowel), and particle stripping needs to know whether a syllable ends in a consonant (은/는, 을/를).
public enum Hangul {
    /// First precomposed syllable, 가.
    public static let firstSyllable: UInt32 = 0xAC00
    /// Last precomposed syllable, 힣.
    public static let lastSyllable: UInt32 = 0xD7A3
    static let vowelCount: UInt32 = 21
    static let trailCount: UInt32 = 28
    static let leadBase: UInt32 = 0x1100
    static let vowelBase: UInt32 = 0x1161
    static let trailBase: UInt32 = 0x11A7
    /// The trailing-consonant index of ㄹ (its own particle rules: 로 rather than 으로).
    static let rieulTrail: UInt32 = 8

    /// Whether `value` is a precomposed syllable.
    @inline(__always)
    public static func isSyllable(_ value: UInt32) -> Bool {
        value >= firstSyllable && value <= lastSyllable
    }

    /// Whether `value` is a jamo (conjoining or compatibility), as in ㅋㅋ or a half-typed syllable.
    @inline(__always)
    public static func isJamo(_ value: UInt32) -> Bool {
        (value >= 0x1100 && value <= 0x11FF) || (value >= 0x3131 && value <= 0x318E)
    }

    /// The trailing consonant's index (0 = none) of a syllable; 0 for anything else.
    @inline(__always)
    public static func trailIndex(_ value: UInt32) -> UInt32 {
        guard isSyllable(value) else { return 0 }
        return (value - firstSyllable) % trailCount
    }

    /// Whether a syllable ends in a consonant (받침), which selects 은/을/이/과/으로 over 는/를/가/와/로.
    @inline(__always)
    public static func hasTrail(_ value: UInt32) -> Bool {
        trailIndex(value) != 0
    }

    /// The leading consonant (conjoining jamo) of a syllable; `value` itself for anything else.
    @inline(__always)
    public static func lead(of value: UInt32) -> UInt32 {
        guard isSyllable(value) else { return value }
        return leadBase + (value - firstSyllable) / (vowelCount * trailCount)
    }

    /// Appends the conjoining jamo of `value` (or `value` itself when it is not a syllable).
    @inline(__always)
    public static func appendJamo(of value: UInt32, to out: inout [UInt32]) {
        guard isSyllable(value) else {
            out.append(value)
            return
        }
        let index = value - firstSyllable
        out.append(leadBase + index / (vowelCount * trailCount))
        out.append(vowelBase + (index % (vowelCount * trailCount)) / trailCount)
        let trail = index % trailCount
        if trail != 0 { out.append(trailBase + trail) }
    }

    /// The jamo of every scalar in `values`, in order.
    public static func jamo<C: Collection>(_ values: C) -> [UInt32] where C.Element == UInt32 {
        var out: [UInt32] = []
        out.reserveCapacity(values.count * 3)
        for value in values { appendJamo(of: value, to: &out) }
        return out
    }

    /// Composes a leading consonant, a vowel and an optional trailing consonant (conjoining jamo)
    /// into a syllable; nil when they are not a valid combination.
    public static func compose(lead: UInt32, vowel: UInt32, trail: UInt32? = nil) -> UInt32? {
        guard lead >= leadBase, lead < leadBase + 19, vowel >= vowelBase, vowel < vowelBase + vowelCount else {
            return nil
        }
        var trailIndex: UInt32 = 0
        if let trail {
            guard trail > trailBase, trail < trailBase + trailCount else { return nil }
            trailIndex = trail - trailBase
        }
        return firstSyllable + ((lead - leadBase) * vowelCount + (vowel - vowelBase)) * trailCount + trailIndex
    }
}
