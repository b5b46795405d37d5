import Testing
@testable import KkoriText

/// Folding: the many ways candidates type the same thing come out as one spelling.
struct NormalizationTests {
    @Test(arguments: [
        ("ＫＬ　Ｄｉｖｅｒｇｅｎｃｅ", "kl divergence"),
        ("Hash TABLE", "hash table"),
        ("Σ p log p", "sum p log p"),
        ("∑ p log p", "sum p log p"),
        ("x ≥ 0", "x >= 0"),
        ("don’t", "don't"),
        ("\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}", "한글"),
        ("ﬁt", "fit"),
        ("Cafe\u{301}", "café"),
        ("a\u{7}b\u{1B}[31mc", "a b [31mc"),
        ("zero\u{200B}width", "zerowidth"),
    ])
    func foldsToOneSpelling(input: String, expected: String) {
        #expect(TextNormalizer.foldedString(input) == expected)
    }

    @Test func sigmaNeedingTheSlowPathStillReadsAsSum() {
        // Φ sends the whole text through NFKC; Σ must still become "sum", not σ
        #expect(TextNormalizer.foldedString("Φ Σ") == "φ sum")
    }

    @Test func hostileInputFoldsWithoutTrapping() {
        let inputs = ["", "   ", "!!!???...", "😀🚀👍🏽🇰🇷", "\u{0}\u{1}\u{7F}\u{85}", String(repeating: "가", count: 100_000),
                      "ㅋㅋㅋㅠㅠ", "\u{FFFD}\u{FFFD}", "\u{E000}\u{10FFFF}"]
        for input in inputs {
            let analysed = AnalyzedText(input)
            #expect(analysed.stream.count <= TextNormalizer.fold(input).count)
        }
    }
}
