/// Negation cues in English and Korean.
///
/// English negates before the term (`not symmetric`, `isn't convex`, `without replacement`); Korean
/// negates after the predicate (`대칭이 아닙니다`, `대칭적이지 않다`, `수렴하지 못한다`) or with a
/// prefix on the word itself (`비대칭`, `불확실`). The phrase matcher asks these questions about the
/// tokens around a match.
public enum Negation {
    /// English words that negate what follows in their clause.
    static let englishCues = WordSet([
        "not", "no", "never", "neither", "nor", "without", "cannot", "cant", "isnt", "arent", "wasnt",
        "werent", "doesnt", "dont", "didnt", "wont", "wouldnt", "shouldnt", "couldnt", "hasnt", "havent",
        "hadnt", "aint", "lacks", "lack", "none", "nothing", "neednt", "mustnt",
    ].map { ContentWords.hash(Self.scalars($0)) })

    /// English words that end a negation's reach (a new clause or a contrast).
    static let englishBarriers = WordSet([
        "but", "however", "although", "though", "whereas", "while", "yet", "instead", "rather", "unlike",
        "and", "so", "because", "which", "that",
    ].map { ContentWords.hash(Self.scalars($0)) })

    /// Prefixes that negate a Latin word they are glued to (asymmetric, nonlinear, unbiased).
    public static let englishPrefixes: [[UInt32]] = ["non", "un", "in", "im", "ir", "il", "dis", "a"].map(Self.scalars)

    /// Syllables that negate a Sino-Korean word they start: 비(非) 불(不) 무(無) 미(未).
    public static let koreanPrefixes: Set<UInt32> = Set("비불무미".unicodeScalars.map(\.value))

    /// Whether a token (its folded characters) is an English negation cue.
    public static func isEnglishCue(_ word: ArraySlice<UInt32>) -> Bool {
        word.count <= 8 && englishCues.contains(ContentWords.hash(word))
    }

    /// Whether a token ends the reach of an English negation.
    public static func isEnglishBarrier(_ word: ArraySlice<UInt32>) -> Bool {
        word.count <= 8 && englishBarriers.contains(ContentWords.hash(word))
    }

    /// Korean words that negate by starting with these: 아니다/아닌/아닙니다, 않다, 없다, 못하다, 안되다.
    static let koreanCuePrefixes: [[UInt32]] = ["않", "없", "아니", "아닌", "아님", "아닙", "아냐", "못하", "못한",
                                                "못함", "못해", "안되", "안돼", "안함", "안한"].map(Self.scalars)
    /// Korean adverbs that negate the verb after them when written alone: 못 (한다), 안 (된다); 없 and
    /// 않 alone are the predicates' stems (a phrase may be written `순서 & 없`).
    static let koreanCueWords: Set<[UInt32]> = Set(["못", "안"].map(Self.scalars))

    /// Whether a negating predicate's syllable may be glued to the word before it (필요없다, 하지않는다).
    @inline(__always)
    public static func isGluedKoreanCue(_ syllable: UInt32) -> Bool {
        syllable == 0xC5C6 || syllable == 0xC54A   // 없, 않
    }

    static let koreanCueFirsts: Set<UInt32> = Set("않없아못안".unicodeScalars.map(\.value))

    /// Whether a Korean token is (or starts with) a negating predicate.
    public static func isKoreanCue(_ word: ArraySlice<UInt32>) -> Bool {
        guard let first = word.first, koreanCueFirsts.contains(first) else { return false }
        if word.count <= 1 { return koreanCueWords.contains(Array(word)) || isGluedKoreanCue(first) }
        return koreanCuePrefixes.contains { word.starts(with: $0) }
    }

    /// Whether a Korean word closes its clause, so negation further on belongs to another predicate:
    /// 대칭이고 (…), 대칭이다, 비대칭이라 (…), 비대칭이므로 (…), 비대칭이기 때문에 (…). A word ending
    /// in -지 (대칭적이지 않다) keeps the clause open.
    public static func koreanClosesClause(_ word: ArraySlice<UInt32>) -> Bool {
        guard let last = word.last else { return false }
        if koreanClauseEnds.contains(last) { return true }
        guard word.count >= 2 else { return false }
        let before = word[word.endIndex - 2]
        // connectives told by their last two syllables
        switch last {
        case 0xB9CC: return before == 0xC9C0                     // -지만
        case 0xB77C: return before == 0xC774                     // -이라
        case 0xB85C: return before == 0xBBC0                     // -므로
        case 0xAE4C: return before == 0xB2C8                     // -니까
        case 0xB2C8: return before == 0xC73C || before == 0xC774 // -으니, -이니
        case 0xBB38: return before == 0xB54C                     // 때문
        case 0xC5D0: return before == 0xBB38                     // (때)문에
        default: return false
        }
    }

    /// Last syllables of connective and final endings: 고 며 다 요 서 면 데 죠.
    static let koreanClauseEnds: Set<UInt32> = Set("고며다요서면데죠".unicodeScalars.map(\.value))

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
}
