import Testing
@testable import KkoriText

/// Column widths as terminals draw them; the cases are the scripts candidates type and paste.
struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("Z", 1), (" ", 1), ("~", 1), ("é", 1), ("ß", 1), ("Ω", 1), ("Ж", 1),
        ("가", 2), ("힣", 2), ("ㄱ", 2), ("ㅏ", 2), ("中", 2), ("あ", 2), ("カ", 2), ("。", 2),
        ("Ａ", 2), ("😀", 2), ("🚀", 2), ("⌚", 2), ("\u{AD}", 1), ("…", 1), ("→", 1), ("Σ", 1),
    ] as [(Character, Int)])
    func singleCharacterWidths(character: Character, expected: Int) {
        #expect(character.displayWidth == expected)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0)
        #expect(("e\u{301}" as Character).displayWidth == 1)
        #expect(("a\u{308}\u{323}" as Character).displayWidth == 1)
        #expect("cafe\u{301}".displayWidth == 4)
    }

    @Test func decomposedHangulTakesTheSyllablesWidth() {
        let decomposed: Character = "\u{1100}\u{1161}\u{11A8}"   // 각 as three jamo
        #expect(decomposed.displayWidth == 2)
        #expect("\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}".displayWidth == "한글".displayWidth)
    }

    @Test func emojiSequencesAreOneWideGlyph() {
        #expect(("👍🏽" as Character).displayWidth == 2)
        #expect(("👨‍👩‍👧" as Character).displayWidth == 2)
        #expect(("🇰🇷" as Character).displayWidth == 2)
        #expect(("❤️" as Character).displayWidth == 2)
        #expect(("1️⃣" as Character).displayWidth == 2)
        #expect(("❤" as Character).displayWidth == 1)
    }

    @Test func controlsAndFormatCharactersTakeNoColumn() {
        for scalar in ["\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{200B}", "\u{200D}", "\u{FEFF}"] {
            #expect(scalar.displayWidth == 0, "\(scalar.unicodeScalars.first?.value ?? 0)")
        }
        #expect(DisplayWidth.isControl("\u{1B}"))
        #expect(!DisplayWidth.isControl("a"))
    }

    @Test func mixedTextAddsUp() {
        #expect("Adam 옵티마이저 최적화".displayWidth == 4 + 1 + 10 + 1 + 6)
        #expect("배치 size=32 😀".displayWidth == 4 + 1 + 7 + 1 + 2)
        #expect("".displayWidth == 0)
    }

    /// Every code point of the ideograph and Hangul blocks is wide; the table must not have gaps there.
    @Test func everyHangulSyllableAndCommonIdeographIsWide() {
        for value in Array(UInt32(0xAC00)...0xD7A3) + Array(UInt32(0x4E00)...0x9FFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DisplayWidth.of(scalar) == 2)
        }
        for value in UInt32(0x20)...0x7E {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DisplayWidth.of(scalar) == 1)
        }
    }

    @Test func wideTableIsSortedAndDisjoint() {
        let ranges = DisplayWidth.wideRanges
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.1 < b.0) }
        for range in ranges { #expect(range.0 <= range.1) }
    }

    @Test func clippingNeverSplitsAWideCharacter() {
        #expect("한국어".prefix(fittingColumns: 3).text == "한")
        #expect("한국어".prefix(fittingColumns: 3).width == 2)
        #expect("ab한".prefix(fittingColumns: 3).text == "ab")
        #expect("한국어 텍스트".truncated(toColumns: 6) == "한국…")
        #expect("short".truncated(toColumns: 9) == "short")
        #expect("한".padded(toColumns: 3) == "한 ")
        #expect("한국".padded(toColumns: 3) == "한 ")
        #expect("x".truncated(toColumns: 0) == "")
    }
}
