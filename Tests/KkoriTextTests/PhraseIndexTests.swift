import Testing
@testable import KkoriText

/// The one-pass index finds exactly what matching phrase by phrase finds.
struct PhraseIndexTests {
    static let phrases = ["해시 테이블", "O(1)", "%", "충돌", "not symmetric", "비대칭", "symmetric", "log(p/q)",
                          "p log p", "체이닝 & 개방 주소", "overfitting", "과적합", "a", "1", "대칭이 아니다", "=",
                          "three-way handshake", "엔트로피", "unbiased"]
    static let answers = [
        "해시테이블은 평균 O(1)이고 충돌은 체이닝이나 개방 주소법으로 해결합니다.",
        "KL is not symmetric, and H = -sum p(x) log p(x); 30% 개선",
        "KL은 대칭이 아닙니다. 비대칭이에요. log(P/Q)의 기댓값",
        "the estimator is unbiased but asymmetric; a 3-way handshake... three way handshake",
        "오버피팅이 아니라 과적합도 아니고 엔트로프는 1비트", "", "😀 ㅋㅋ !!!",
    ]

    @Test func scanAgreesWithLinearMatching() {
        let compiler = PhraseCompiler(synonyms: [["과적합", "오버피팅", "overfitting"]],
                                      knownWords: Set(PhraseCompiler.words(of: "symmetric biased")))
        let compiled = Self.phrases.map { compiler.compile($0) }
        let index = PhraseIndex(compiled)
        for answer in Self.answers {
            let text = AnalyzedText(answer)
            let hits = text.scan(index)
            let every = text.scanAll(index)
            for (i, phrase) in compiled.enumerated() {
                let linear = text.match(phrase)
                #expect((hits.match(i) != nil) == (linear != nil), "\(Self.phrases[i]) in \(answer)")
                #expect((every.match(i) != nil) == (linear != nil), "\(Self.phrases[i]) in \(answer)")
            }
        }
    }

    @Test func typosAreOnlyForgivenWhenAsked() {
        let index = PhraseIndex([PhraseCompiler().compile("엔트로피")])
        let text = AnalyzedText("엔트로프는 불확실성입니다")
        let hits = text.scan(index)
        #expect(hits.match(0) == nil)
        #expect(hits.allowsTypos(0))
        #expect(hits.match(0, forgivingTyposIn: text)?.first?.isFuzzy == true)
    }
}
