import Testing
@testable import KkoriText

/// Particle and ending stripping: the same noun matches whatever follows it, and nouns that merely
/// end in a particle-like syllable stay whole.
struct KoreanEndingsTests {
    func stem(_ word: String) -> String {
        let scalars = KoreanEndings.stem(word.unicodeScalars.map(\.value))
        return String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }

    @Test(arguments: [
        ("엔트로피는", "엔트로피"), ("엔트로피를", "엔트로피"), ("엔트로피의", "엔트로피"), ("엔트로피에서는", "엔트로피"),
        ("분산이", "분산"), ("분산과", "분산"), ("편향과", "편향"), ("모델로", "모델"), ("알고리즘으로", "알고리즘"),
        ("대칭적이지", "대칭"), ("대칭입니다", "대칭"), ("대칭이다", "대칭"), ("대칭적인", "대칭"),
        ("일반화하는", "일반화"), ("일반화된다", "일반화"), ("과적합되는", "과적합"), ("모델들이", "모델"),
        ("데이터가", "데이터"), ("해시테이블은", "해시테이블"),
    ])
    func stripsParticlesAndEndings(word: String, expected: String) {
        #expect(stem(word) == expected)
    }

    @Test(arguments: ["차이", "평가", "정의", "결과", "효과", "경로", "전문가", "정확도", "목적", "원인"])
    func keepsNounsThatOnlyLookInflected(word: String) {
        #expect(stem(word) == word)
    }

    @Test(arguments: [
        ("결과는", "결과"), ("효과는", "효과"), ("학습결과는", "학습결과"), ("실험결과", "실험결과"), ("회로는", "회로"),
        ("길이라는", "길이"), ("과적합과는", "과적합"), ("편향과의", "편향"), ("모델로서", "모델"), ("데이터와는", "데이터"),
    ])
    func neverCutsIntoTheNoun(word: String, expected: String) {
        #expect(stem(word) == expected)
    }

    func root(_ word: String) -> String {
        let scalars = KoreanEndings.predicateRoot(word.unicodeScalars.map(\.value))
        return String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }

    @Test(arguments: [
        ("줄인다", "줄"), ("줄이", "줄"), ("줄였다", "줄"), ("줄여서", "줄"), ("줄였습니", "줄"), ("막는다", "막"),
        ("막았다", "막"), ("몰린다", "몰"), ("같습니", "같"), ("높아진다", "높아"),
    ])
    func predicatesAreCutToTheRootAllTheirFormsShare(word: String, expected: String) {
        #expect(root(word) == expected)
    }

    @Test(arguments: ["필요", "순서", "화면", "재고", "차이", "바다", "엔트로피", "정의", "바꾼다", "있다", "명이서"])
    func nounsAndVagueRootsStayWhole(word: String) {
        #expect(root(word) == word)
    }

    @Test func aBareStemIsOnlyCutInsideALongerPhrase() {
        #expect(KoreanEndings.predicateRoot("명이".unicodeScalars.map(\.value), alone: true).count == 2)
        #expect(KoreanEndings.predicateRoot("줄이".unicodeScalars.map(\.value), alone: false).count == 1)
    }

    @Test func dropsAParticleGluedToALatinTerm() {
        let analysed = AnalyzedText("KL은 O(1)이다")
        let stream = String(String.UnicodeScalarView(analysed.stream.compactMap(Unicode.Scalar.init)))
        #expect(stream == "klo(1)")
    }
}
