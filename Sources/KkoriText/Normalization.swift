import Foundation

/// Folds text into the form every comparison in kkori uses.
///
/// Candidates type the same term many ways: full-width `ＫＬ`, decomposed jamo from some input
/// methods, `Σ` or `∑` or `sum`, curly or straight apostrophes. Folding applies Unicode NFKC with case
/// folding, maps look-alike symbols to one spelling, and turns control characters into spaces so
/// hostile input can't change how the rest of the text is read. The common scripts (ASCII and
/// precomposed Hangul) take a fast path; anything that needs real normalisation goes through
/// Foundation once and comes back through the fast path.
public enum TextNormalizer {
    /// The folded scalars of `text` (NFKC, case-folded, symbols unified, controls as spaces).
    public static func fold(_ text: String) -> [UInt32] {
        if let folded = foldFast(text, allowSlow: true) { return folded }
        // Σ would fold to σ (a standard deviation) before the fast path could read it as a sum.
        let sums = text.replacingOccurrences(of: "\u{3A3}", with: "sum").replacingOccurrences(of: "\u{2211}", with: "sum")
        let normalised = sums.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
        return foldFast(normalised, allowSlow: false) ?? []
    }

    /// The folded form as a `String`, for display and tests.
    public static func foldedString(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for value in fold(text) {
            if let scalar = Unicode.Scalar(value) { result.append(scalar) }
        }
        return String(result)
    }

    /// Folds scalar by scalar; nil when a scalar needs NFKC or case folding that only the slow path
    /// does. No scalar folds to more than three, and none of those is under two UTF-8 bytes, so
    /// twice the UTF-8 length always has room.
    private static func foldFast(_ text: String, allowSlow: Bool) -> [UInt32]? {
        var needsSlow = false
        let folded = [UInt32](unsafeUninitializedCapacity: text.utf8.count * 2 + 4) { buffer, count in
            var n = 0
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[n] = foldASCII(value)
                    n += 1
                } else if Hangul.isSyllable(value) {
                    buffer[n] = value
                    n += 1
                } else if !appendMapped(value, to: buffer, at: &n) {
                    switch classify(scalar) {
                    case .keep: buffer[n] = value; n += 1
                    case .space: buffer[n] = 0x20; n += 1
                    case .drop: break
                    case .slow:
                        if allowSlow {
                            needsSlow = true
                            count = 0
                            return
                        }
                        buffer[n] = value
                        n += 1
                    }
                }
            }
            count = n
        }
        return needsSlow ? nil : folded
    }

    @inline(__always)
    private static func foldASCII(_ value: UInt32) -> UInt32 {
        if value >= 0x41 && value <= 0x5A { return value + 0x20 }
        if value == 0x0A { return value }                 // line breaks end clauses; keep them
        if value < 0x20 || value == 0x7F { return 0x20 }
        return value
    }

    /// Scalars with a fixed spelling in kkori's folded form, written at `n`; true when handled.
    private static func appendMapped(_ value: UInt32, to buffer: UnsafeMutableBufferPointer<UInt32>,
                                     at n: inout Int) -> Bool {
        var out = Spelling()
        switch value {
        case 0xFF01...0xFF5E:                       // full-width ASCII
            out.append(foldASCII(value - 0xFEE0))
        case 0x80...0x9F, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFFFD:
            out.append(0x20)                        // C1 controls, odd spaces, replacement character
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD: // zero-width and soft hyphen: invisible
            break
        case 0x2018, 0x2019, 0x201B, 0x2032, 0xB4, 0x60:
            out.append(0x27)                        // apostrophes and primes
        case 0x201C, 0x201D, 0x201E, 0x2033:
            out.append(0x22)
        case 0x2010...0x2015, 0x2212, 0xFE63:
            out.append(0x2D)                        // dashes and the minus sign
        case 0xD7, 0x2217:
            out.append(0x2A)                        // ×, ∗ as *
        case 0xB7, 0x2219, 0x22C5, 0x30FB:
            out.append(0xB7)                        // middle dots, one spelling (dropped by the tokenizer)
        case 0x2211, 0x3A3:
            out.append(contentsOf: [0x73, 0x75, 0x6D])   // ∑ and Σ read as "sum"
        case 0x2264: out.append(contentsOf: [0x3C, 0x3D])
        case 0x2265: out.append(contentsOf: [0x3E, 0x3D])
        case 0x2260: out.append(contentsOf: [0x21, 0x3D])
        case 0x2192, 0x21D2, 0x27F6: out.append(contentsOf: [0x2D, 0x3E])
        case 0x2026: out.append(contentsOf: [0x2E, 0x2E, 0x2E])
        case 0x3002, 0xFF61: out.append(0x2E)        // ideographic full stops
        case 0x3001, 0xFF64: out.append(0x2C)        // ideographic commas
        default:
            return false
        }
        for i in 0..<out.count {
            buffer[n] = out[i]
            n += 1
        }
        return true
    }

    /// Up to three scalars, without an allocation.
    private struct Spelling {
        var scalars: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var count = 0

        mutating func append(_ value: UInt32) {
            switch count {
            case 0: scalars.0 = value
            case 1: scalars.1 = value
            default: scalars.2 = value
            }
            count += 1
        }

        subscript(_ i: Int) -> UInt32 {
            switch i {
            case 0: scalars.0
            case 1: scalars.1
            default: scalars.2
            }
        }

        mutating func append(contentsOf values: [UInt32]) {
            for value in values { append(value) }
        }
    }

    private enum Treatment { case keep, space, drop, slow }

    /// What the fast path does with a scalar it has no fixed spelling for: slow when it changes
    /// under NFKC with case folding or composes with its neighbours.
    private static func classify(_ scalar: Unicode.Scalar) -> Treatment {
        let value = scalar.value
        if value >= 0x3131 && value <= 0x318E { return .keep }   // ㅋㅋ: compatibility jamo as typed
        if (value >= 0x1100 && value <= 0x11FF) || (value >= 0xA960 && value <= 0xA97F)
            || (value >= 0xD7B0 && value <= 0xD7FF) { return .slow }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .spaceSeparator: return .space
        case .format, .surrogate, .unassigned, .privateUse: return .drop
        case .nonspacingMark, .spacingMark, .enclosingMark: return .slow
        default: return properties.changesWhenNFKCCaseFolded ? .slow : .keep
        }
    }
}
