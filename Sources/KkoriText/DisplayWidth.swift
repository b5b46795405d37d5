/// How many terminal columns text occupies.
///
/// Terminals lay text out in a grid of cells: Hangul, CJK ideographs and emoji take two, combining
/// marks and format characters none, everything else one. Every cursor, wrap and clip computation in
/// kkori goes through this type, so the screen model and the terminal agree on where things are.
/// The tables are built in (Unicode 14 East Asian Width) rather than read from the C library, whose
/// answer depends on the process locale; the results are the same on every machine.
public enum DisplayWidth {
    /// Columns taken by one code point: 0, 1 or 2. Control characters count as 0: they are never drawn
    /// (the screen replaces them), so they must not push the layout.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }          // printable ASCII, the common case
        if v >= 0xAC00 && v <= 0xD7A3 { return 2 }     // precomposed Hangul syllables
        if isZeroWidth(scalar) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Columns taken by one user-perceived character (a grapheme cluster).
    ///
    /// A cluster takes the width of its widest code point (a base letter with combining marks takes
    /// the base's width; decomposed Hangul jamo take the leading consonant's two columns). Emoji
    /// sequences — a base forced to emoji presentation, a skin tone, a joined family, a flag — are two.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(first) }
        if isControl(first) { return 0 }
        var widest = 0
        for scalar in scalars {
            if isEmojiSequencePart(scalar) && first.properties.isEmoji { return 2 }
            widest = max(widest, of(scalar))
        }
        return widest
    }

    /// Columns taken by a whole run of text on one line.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Whether a code point is a control character (C0, DEL, C1, or a line/paragraph separator):
    /// text from files can carry escape sequences, so these are never sent to the terminal as is.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029
    }

    /// Whether a code point takes no column: controls, combining and enclosing marks, format characters
    /// (zero-width space and joiners, bidi marks) and the vowel and final jamo that attach to a
    /// preceding Hangul consonant.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if isControl(scalar) { return true }
        if v < 0x300 { return false }                  // Latin-1: even the soft hyphen is drawn
        if (v >= 0x1160 && v <= 0x11FF) || (v >= 0xD7B0 && v <= 0xD7FF) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// Whether a code point is drawn two columns wide (binary search over the sorted range table).
    public static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.0 { high = mid - 1 } else if value > range.1 { low = mid + 1 } else { return true }
        }
        return false
    }

    /// Code points that turn a cluster into one emoji glyph: the emoji variation selector, the zero-width
    /// joiner, skin-tone modifiers, and regional indicators (two of them make a flag).
    static func isEmojiSequencePart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF, 0x1F1E6...0x1F1FF: true
        default: false
        }
    }
}

extension Character {
    /// Terminal columns this character occupies (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// Terminal columns this text occupies on one line (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
