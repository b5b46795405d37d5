import Testing
@testable import KkoriText

/// Phrase matching: spaces, particles, synonyms, typos, formulas and negation in both languages.
struct PhraseMatchingTests {
    let compiler = PhraseCompiler(
        synonyms: [["과적합", "오버피팅", "overfitting", "over-fitting"], ["대칭", "symmetric"]],
        knownWords: Set(PhraseCompiler.words(of: "symmetric 대칭 linear")))

    func finds(_ phrase: String, in answer: String, fuzzy: Bool = false) -> Bool {
        AnalyzedText(answer).match(compiler.compile(phrase), fuzzy: fuzzy) != nil
    }

    @Test func spacesAndParticlesAreIgnored() {
        #expect(finds("해시 테이블", in: "해시테이블은 키를 버킷에 매핑합니다"))
        #expect(finds("해시테이블", in: "해시 테이블을 쓰면"))
        #expect(finds("평균 정보량", in: "평균의 정보량이라고 할 수 있습니다"))
        #expect(finds("hash table", in: "A hashtable maps keys"))
    }

    @Test func latinPhrasesStartOnAWordAndRunOnOnlyWhenLong() {
        #expect(finds("symmetric", in: "it is symmetrical"))
        #expect(!finds("log", in: "logistic regression"))
        #expect(finds("log", in: "take the log of the ratio"))
        #expect(!finds("bias", in: "a debiasing step"))
        #expect(!finds("1", in: "O(10) time"))
    }

    @Test func synonymsAndCodeMixedTermsMatch() {
        #expect(finds("과적합 방지", in: "오버피팅 방지를 위해"))
        #expect(finds("overfitting", in: "과적합이 생깁니다"))
        #expect(finds("과적합", in: "the model is over-fitting"))
    }

    @Test func typosAreForgivenOnlyInLongWordsAndOnlyWhenAsked() {
        #expect(finds("엔트로피", in: "엔트로프는 불확실성", fuzzy: true))
        #expect(!finds("엔트로피", in: "엔트로프는 불확실성", fuzzy: false))
        #expect(finds("variance", in: "high varience", fuzzy: true))
        #expect(!finds("분산", in: "분석을 했다", fuzzy: true))
        #expect(!finds("symmetric", in: "asymmetric", fuzzy: true))
    }

    @Test func formulasMatchAcrossNotations() {
        #expect(finds("-Σ p log p", in: "H = -sum p(x) log p(x)"))
        #expect(finds("p log p", in: "−∑ p(x)·log p(x)"))
        #expect(finds("log(p/q)", in: "the expectation of log(P/Q)"))
        #expect(finds("O(1)", in: "평균 O(1)이다"))
        #expect(!finds("O(1)", in: "최악은 O(n)"))
    }

    @Test func hyphensAndSpacedFormulasMatchEitherWay() {
        #expect(finds("3-way handshake", in: "TCP does a 3 way handshake"))
        #expect(finds("three-way handshake", in: "a three way handshake first"))
        #expect(finds("1/(1-p)", in: "scale by 1/(1 - p) during training"))
        #expect(finds("t-SNE", in: "tsne로 시각화"))
        #expect(AnalyzedText("over-fitting").tokens.count == 1)
    }

    @Test(arguments: [
        "KL is not symmetric", "KL divergence isn't symmetric", "KL은 대칭이 아닙니다", "KL은 대칭적이지 않다",
        "KL은 비대칭입니다", "it is asymmetric", "대칭 구조를 가지지 않습니다",
    ])
    func negatedStatementsMatchTheNegatedPhrase(answer: String) {
        #expect(finds("not symmetric", in: answer))
        #expect(finds("대칭이 아니다", in: answer))
        #expect(!finds("KL & symmetric", in: answer))
        #expect(!finds("대칭", in: answer))
    }

    @Test(arguments: ["KL is symmetric", "KL은 대칭입니다", "KL은 대칭이고 항상 양수가 아니다", "not only symmetric but"])
    func plainStatementsMatchThePlainPhrase(answer: String) {
        #expect(finds("symmetric", in: answer) || finds("대칭", in: answer))
        #expect(!finds("not symmetric", in: answer))
    }

    @Test func prefixNegatedPhrasesMatchTheSpelledOutNegation() {
        #expect(finds("비대칭", in: "KL은 대칭이 아니다"))
        #expect(finds("asymmetric", in: "KL is not symmetric"))
        #expect(finds("nonlinear", in: "the map is not linear"))
        #expect(!finds("asymmetric", in: "KL is symmetric"))
    }

    @Test func conditionalsDoNotNegate() {
        #expect(finds("비선형성", in: "비선형성이 없으면 선형 변환 하나와 같습니다"))
        #expect(finds("선형", in: "활성화가 없으면 전체가 선형 변환입니다"))
        #expect(finds("nonlinearity", in: "if there is no nonlinearity, the layers collapse"))
    }

    @Test(arguments: ["분산을 줄인다", "분산을 줄이", "분산을 줄였다", "분산 & 줄인다"])
    func aVerbMatchesInAnyOfItsForms(phrase: String) {
        for answer in ["분산을 줄였습니다", "분산을 줄여서 일반화가", "분산을 줄이고 편향은", "분산을 줄입니다", "분산을 줄인다"] {
            #expect(finds(phrase, in: answer), "\(phrase) in \(answer)")
        }
        #expect(!finds(phrase, in: "분산이 늘어납니다"))
        #expect(!finds(phrase, in: "분산을 줄이지 않습니다"))
    }

    @Test func consonantStemVerbsMatchInAnyForm() {
        for answer in ["과적합을 막았습니다", "과적합을 막아서", "과적합을 막고", "과적합을 막습니다"] {
            #expect(finds("과적합을 막는다", in: answer), "\(answer)")
        }
    }

    @Test func nounsEndingInAParticleSyllableMatchWithTheirParticles() {
        #expect(finds("결과", in: "실험 결과는 좋았습니다"))
        #expect(finds("효과", in: "규제의 효과는 큽니다"))
        #expect(finds("학습 결과", in: "학습결과는 검증 오차로 봅니다"))
        #expect(finds("회로", in: "회로는 단순합니다"))
    }

    @Test(arguments: [
        "KL은 비대칭이라 거리가 아닙니다", "KL은 비대칭이므로 거리가 아닙니다", "KL은 비대칭이기 때문에 거리가 아닙니다",
        "KL은 비대칭이니까 거리의 조건을 만족하지 않습니다", "KL은 비대칭이고, 거리의 조건을 만족하지 않습니다",
    ])
    func aKoreanNegationStaysInItsClause(answer: String) {
        #expect(finds("비대칭", in: answer))
        #expect(!finds("KL & symmetric", in: answer))
        let plain = answer.replacingOccurrences(of: "비대칭", with: "대칭")
        #expect(finds("대칭", in: plain))
        #expect(!finds("대칭이 아니다", in: plain))
    }

    @Test(arguments: ["해시 테이블은 순서가 없습니다", "순서가 없고 범위 검색이 어렵습니다", "순서가 없어서 정렬이 필요합니다",
                      "키의 순서는 보장되지 않고 정렬된 순서도 없다"])
    func aTermAndAStandaloneNegationMatchTogether(answer: String) {
        #expect(finds("순서 & 없", in: answer))
    }

    @Test func theNegationPieceOfAPhraseMayBeGluedOrCarryItsOwnNoun() {
        #expect(finds("락 & 없", in: "GIL이 있어 락이 필요없다"))
        #expect(finds("스택 & 걱정 없", in: "꼬리 재귀라 스택 걱정이 없습니다"))
        #expect(!finds("순서 & 없", in: "삽입 순서가 유지됩니다"))
        #expect(!finds("스택 & 걱정 없", in: "스택이 넘칠까 걱정입니다"))
    }

    @Test func literalCuesIgnoreNegation() {
        let cue = compiler.compile("don't know", literal: true)
        #expect(AnalyzedText("Honestly I dont know this one").match(cue) != nil)
        #expect(AnalyzedText("I do know it").match(cue) == nil)
    }
}
