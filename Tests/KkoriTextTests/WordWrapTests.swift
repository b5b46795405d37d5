import Testing
@testable import KkoriText

/// Soft wrap by display width: hand-picked cases, then every property checked over many generated
/// paragraphs mixing Korean, CJK, emoji, combining marks and spaces.
struct WordWrapTests {
    @Test func englishBreaksAtSpaces() {
        #expect(WordWrap.lines("the quick brown fox jumps", limit: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func koreanBreaksBetweenWordsWhenItCan() {
        #expect(WordWrap.lines("과적합을 막는 방법을 설명해 주세요", limit: 13)
                == ["과적합을 막는", "방법을 설명해", "주세요"])
    }

    @Test func aLongKoreanRunBreaksBetweenSyllables() {
        #expect(WordWrap.lines("가나다라마바사아자차", limit: 7) == ["가나다", "라마바", "사아자", "차"])
    }

    @Test func aWideCharacterNeverStraddlesTheEdge() {
        #expect(WordWrap.lines("ab가나", limit: 5) == ["ab가", "나"])
        #expect(WordWrap.lines("中文字", limit: 1) == ["中", "文", "字"])
    }

    @Test func spacesAtABreakHangAndTheNextRowStartsWithAWord() {
        let characters = Array("a hello world")
        let rows = WordWrap.rows(characters, limit: 7)
        #expect(rows.map(\.range) == [0..<8, 8..<13])
        #expect(rows.map(\.width) == [7, 5])
    }

    @Test func newlinesStartNewParagraphsAndEmptyOnesSurvive() {
        #expect(WordWrap.lines("첫 줄\n\nsecond", limit: 20) == ["첫 줄", "", "second"])
        #expect(WordWrap.lines("", limit: 5) == [""])
        #expect(WordWrap.lines("a\r\nb", limit: 5) == ["a", "b"])
    }

    @Test func emojiAndCombiningMarksWrapAsWholeCharacters() {
        #expect(WordWrap.lines("😀😀😀", limit: 4) == ["😀😀", "😀"])
        #expect(WordWrap.lines("cafe\u{301} cafe\u{301}", limit: 4) == ["cafe\u{301}", "cafe\u{301}"])
    }

    @Test func generatedParagraphsKeepEveryProperty() {
        var random = SplitMix(seed: 7)
        let alphabet: [Character] = ["a", "b", " ", "가", "힣", "中", "😀", "e\u{301}", " ", "x", "\u{11A8}", "\u{200B}"]
        for _ in 0..<3000 {
            let characters = (0..<random.next(below: 24)).map { _ in alphabet[random.next(below: alphabet.count)] }
            for limit in 1...9 { checkProperties(characters, limit: limit) }
        }
    }

    private func checkProperties(_ characters: [Character], limit: Int) {
        let widths = characters.map { DisplayWidth.of($0) }
        let rows = WordWrap.rows(characters, limit: limit)
        // Rows cover every character once, in order.
        #expect(rows.first?.range.lowerBound == 0 && rows.last?.range.upperBound == characters.count)
        for (a, b) in zip(rows, rows.dropFirst()) { #expect(a.range.upperBound == b.range.lowerBound) }
        for (number, row) in rows.enumerated() {
            let drawn = drawnWidth(row.range, characters, widths, limit: limit)
            #expect(row.width == drawn)
            // Fits, unless the row is one character wider than the limit.
            let content = row.range.filter { characters[$0] != " " }
            #expect(drawn <= limit || (content.count == 1 && widths[content[0]] > limit))
            if number > 0 { #expect(characters[row.range.lowerBound] != " ") }
            guard number + 1 < rows.count else { continue }
            // Greedy: what starts the next row would not have fitted on this one.
            let next = rows[number + 1].range
            if characters[row.range.upperBound - 1] == " " {
                let word = (next.lowerBound..<characters.count).prefix { characters[$0] != " " }
                    .map { widths[$0] }.reduce(0, +)
                let hung = drawn < row.range.map { widths[$0] }.reduce(0, +)
                #expect(drawn + word > limit || hung)
            } else {
                #expect(!row.range.contains { characters[$0] == " " })
                #expect(drawn + widths[next.lowerBound] > limit)
            }
        }
    }

    /// Reference for a row's drawn width: spaces count only while they fit.
    private func drawnWidth(_ range: Range<Int>, _ characters: [Character], _ widths: [Int], limit: Int) -> Int {
        var column = 0
        for index in range where characters[index] != " " || column + widths[index] <= limit {
            column += widths[index]
        }
        return column
    }
}

/// A small deterministic generator, so failures reproduce.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
