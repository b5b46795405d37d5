/// The root a Korean predicate keeps in all its forms, for phrases written as one of them.
///
/// A verb's last stem syllable changes with tense and ending: 줄이다 is written 줄인다, 줄입니다,
/// 줄였다, 줄여서 and 줄이고 (which the particle rules read as 줄 + 이고). A rubric phrase that ends in
/// such a form is searched by the part every form shares (줄), since a Hangul phrase may end inside
/// an answer's word. Nouns are left alone: a syllable is only dropped on evidence that it is a
/// verb's (a tense or polite ending, a past or infinitive syllable before a connective).
extension KoreanEndings {
    static let da: UInt32 = 0xB2E4, ni: UInt32 = 0xB2C8, seup: UInt32 = 0xC2B5, neun: UInt32 = 0xB294,
               seo: UInt32 = 0xC11C, yo: UInt32 = 0xC694, yi: UInt32 = 0xC774
    /// Trailing-consonant indexes: ㄴ (present 인다), ㅂ (polite 입니다), ㅆ (past 였다).
    static let nieunTrail: UInt32 = 4, bieupTrail: UInt32 = 17, ssangSiotTrail: UInt32 = 20
    /// Connective endings whose syllable before may be a contracted verb form (줄였고, 줄여서).
    static let connectives: Set<UInt32> = Set("고며면게기지서요".unicodeScalars.map(\.value))
    /// Vowel indexes of the infinitive (-아/-어/-여 and their contractions 봐, 꿔, 돼, 해).
    static let infinitiveVowels: Set<UInt32> = [0, 1, 4, 6, 9, 10, 14]

    @inline(__always)
    static func vowelIndex(_ syllable: UInt32) -> UInt32 {
        ((syllable - Hangul.firstSyllable) % (Hangul.vowelCount * Hangul.trailCount)) / Hangul.trailCount
    }

    /// The root shared by every form of the predicate `stem` ends in (the stem itself when it shows
    /// no verb ending). A root of one open syllable (바 from 바꾼다) is too vague and is not used; nor
    /// is one syllable cut from a bare 이-stem when the word is the whole phrase (명이, 값이 may be a
    /// noun and its particle, so only 분산을 줄이 is read as 분산 줄).
    public static func predicateRoot(_ stem: [UInt32], alone: Bool = false) -> [UInt32] {
        guard stem.count >= 2, stem.allSatisfy(Hangul.isSyllable) else { return stem }
        var end = stem.count
        var tense = false      // 다 or 니다 ended it: the syllable before carries tense or politeness
        var connective = false
        if stem[end - 1] == da {
            end -= 1
            tense = true
            if stem[end - 1] == neun && end >= 2 { return finish(stem, end - 1) }   // 막는다
            if stem[end - 1] == ni && end >= 2 && isPolite(stem[end - 2]) { end -= 1 }
        } else if stem[end - 1] == ni && isPolite(stem[end - 2]) {
            end -= 1            // 줄였습니다 after its 다 came off
            tense = true
        } else if connectives.contains(stem[end - 1]) {
            end -= 1
            connective = true
        }
        if tense && stem[end - 1] == seup {
            end -= 1            // 먹습니다, 줄였습니다
            guard end >= 1 else { return stem }
        }
        guard end >= 1 else { return stem }
        let last = stem[end - 1]
        let trail = Hangul.trailIndex(last)
        if trail == ssangSiotTrail { return finish(stem, end - 1) }                 // 줄였, 막았, 바꿨
        if tense && (trail == nieunTrail || trail == bieupTrail) { return finish(stem, end - 1) }   // 줄인, 줄입
        let closing = stem[stem.count - 1]
        if connective && (closing == seo || closing == yo) && trail == 0 && infinitiveVowels.contains(vowelIndex(last)) {
            return finish(stem, end - 1)                                           // 줄여서, 막아서
        }
        if last == yi && end == stem.count && Hangul.hasTrail(stem[end - 2]) && !(alone && end == 2) {
            return finish(stem, end - 1)                                           // 줄이, 높이
        }
        return tense ? finish(stem, end) : stem
    }

    /// A syllable that takes the polite 니다: 습 or one closed by ㅂ (줄입니다, 바꿉니다).
    @inline(__always)
    static func isPolite(_ syllable: UInt32) -> Bool {
        syllable == seup || Hangul.trailIndex(syllable) == bieupTrail
    }

    /// The first `count` syllables, unless that leaves nothing specific enough.
    static func finish(_ stem: [UInt32], _ count: Int) -> [UInt32] {
        guard count >= 1 else { return stem }
        if count == 1 && !Hangul.hasTrail(stem[0]) { return stem }
        return Array(stem.prefix(count))
    }
}
