import Foundation

extension Character {
    /// The character in canonical composed form (NFC): decomposed Hangul jamo become one syllable,
    /// `e` + combining acute becomes `é`. Terminals draw decomposed jamo as separate letters, and text
    /// pasted from some systems arrives decomposed, so text is composed before it is drawn or edited.
    /// Single code points are returned as they are (they are already composed as far as drawing goes).
    public var composed: Character {
        let scalars = unicodeScalars
        guard scalars.count > 1 else { return self }
        if let syllable = Self.composedHangul(scalars) { return syllable }
        let normalised = String(self).precomposedStringWithCanonicalMapping
        return normalised.count == 1 ? Character(normalised) : self
    }

    /// A decomposed syllable (leading consonant, vowel, optional final) composed arithmetically,
    /// without Foundation: the common case for Korean pasted in decomposed form.
    private static func composedHangul(_ view: String.UnicodeScalarView) -> Character? {
        let values = view.map(\.value)
        guard values.count == 2 || values.count == 3,
              (0x1100...0x1112).contains(values[0]), (0x1161...0x1175).contains(values[1]) else { return nil }
        var syllable = 0xAC00 + ((values[0] - 0x1100) * 21 + (values[1] - 0x1161)) * 28
        if values.count == 3 {
            guard (0x11A8...0x11C2).contains(values[2]) else { return nil }
            syllable += values[2] - 0x11A7
        }
        return Unicode.Scalar(syllable).map { Character($0) }
    }
}
