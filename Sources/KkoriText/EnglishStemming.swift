/// A light English stemmer: plural and -ed/-ing only, so `models`, `trained`, `overfitting` meet
/// `model`, `train`, `overfit`. Heavier stemming (Porter) merges words that an interviewer keeps
/// apart (variance/variant, general/generate), and phrase matching already lets an answer word run
/// past the end of a phrase (`symmetric` finds `symmetrical`).
public enum EnglishStemming {
    /// The length of the stem of a lowercase ASCII word; 0 for an article (a, an, the), which
    /// carries nothing for matching (`a hash function` = `hash function`).
    public static func stemLength(_ word: UnsafeBufferPointer<UInt32>) -> Int {
        let count = word.count
        if isArticle(word) { return 0 }
        guard count >= 4, word.allSatisfy({ $0 < 0x80 }) else { return count }
        @inline(__always) func at(_ back: Int) -> UInt32 { word[count - back] }
        let s: UInt32 = 0x73, e: UInt32 = 0x65, d: UInt32 = 0x64, i: UInt32 = 0x69, n: UInt32 = 0x6E,
            g: UInt32 = 0x67, u: UInt32 = 0x75
        if count >= 5 && at(3) == i && at(2) == e && at(1) == s { return count - 2 }      // -ies → -i
        if at(1) == s {
            if at(2) == s || at(2) == u || at(2) == i { return count }                       // class, bus, basis
            return count - 1
        }
        if count >= 6 && at(3) == i && at(2) == n && at(1) == g { return undouble(word, count - 3) }
        if count >= 5 && at(2) == e && at(1) == d { return undouble(word, count - 2) }
        return count
    }

    /// fitting → fit, planned → plan: drop a doubled final consonant left by the suffix.
    static func undouble(_ word: UnsafeBufferPointer<UInt32>, _ length: Int) -> Int {
        guard length >= 3 else { return length }
        let last = word[length - 1]
        guard last == word[length - 2] else { return length }
        switch last {
        case 0x6C, 0x73, 0x7A, 0x65, 0x6F, 0x61, 0x69, 0x75: return length   // l s z and vowels stay
        default: return length - 1
        }
    }

    static func isArticle(_ word: UnsafeBufferPointer<UInt32>) -> Bool {
        switch word.count {
        case 1: return word[0] == 0x61
        case 2: return word[0] == 0x61 && word[1] == 0x6E
        case 3: return word[0] == 0x74 && word[1] == 0x68 && word[2] == 0x65
        default: return false
        }
    }
}
