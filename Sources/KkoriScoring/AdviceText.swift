import KkoriScenario

/// Every sentence of advice the scorer writes, in both languages, in one place.
enum AdviceText {
    /// What a piece of advice is about.
    enum Key {
        case add(String)
        case correct(String)
        case honestDontKnow(String)
        case bluff
        case tooShort
        case giveExample
        case explainWhy
        case giveNumbers
        case ownRole
        case problemActionResult
        case noBlame
        case noAbsolute
        case noSelfBlame
        case concreteSituation
    }

    static func text(_ key: Key, _ language: Language) -> String {
        switch language {
        case .ko: korean(key)
        case .en: english(key)
        }
    }

    static func korean(_ key: Key) -> String {
        switch key {
        case .add(let conveys): "다음에는 이것도 말해 보세요: \(conveys)"
        case .correct(let says): "바로잡을 점: \(says)"
        case .honestDontKnow(let core): "모르는 것을 솔직히 말한 것은 좋습니다. 핵심만 기억해 두세요: \(core)"
        case .bluff: "길게 말하기보다 질문의 핵심 개념을 정의부터 직접 설명하세요."
        case .tooShort: "한 줄로 끝내지 말고 정의, 직관, 예시, 장단점까지 이어서 설명하세요."
        case .giveExample: "구체적인 예를 하나 들어 설명하면 더 설득력이 있습니다."
        case .explainWhy: "왜 그런지 직관이나 원리를 한 문장 덧붙이세요."
        case .giveNumbers: "성과를 지표와 단위가 있는 숫자로, 기존 대비 얼마나 달라졌는지 말하세요."
        case .ownRole: "'저희'가 한 일보다 '제가' 맡고 한 일을 분명히 말하세요."
        case .problemActionResult: "문제 → 내가 한 일 → 결과의 순서로 정리해 말하세요."
        case .noBlame: "전 회사나 동료의 탓 대신 배운 점과 앞으로의 성장에 초점을 맞추세요."
        case .noAbsolute: "'한 번도 없다' 같은 단정 대신 실제 경험과 대처 방법을 말하세요."
        case .noSelfBlame: "자신을 깎아내리기보다 무엇을 배웠고 어떻게 보완했는지 말하세요."
        case .concreteSituation: "실제 있었던 상황 하나를 골라 구체적으로 말하세요."
        }
    }

    static func english(_ key: Key) -> String {
        switch key {
        case .add(let conveys): "Next time, also say: \(conveys)"
        case .correct(let says): "To correct: \(says)"
        case .honestDontKnow(let core): "Saying honestly that you don't know is right. Remember the core: \(core)"
        case .bluff: "Rather than talking at length, explain the key concept directly, starting from its definition."
        case .tooShort: "Don't stop at one line: go on to the definition, intuition, an example and trade-offs."
        case .giveExample: "A concrete example would make the explanation more convincing."
        case .explainWhy: "Add a sentence on why it works: the intuition or the mechanism."
        case .giveNumbers: "Give the result as numbers with a metric and unit, against the previous baseline."
        case .ownRole: "Say what you yourself owned and did, not only what \"we\" did."
        case .problemActionResult: "Tell it as problem → what you did → result."
        case .noBlame: "Instead of faulting a former company or colleagues, focus on what you learned and how you grow."
        case .noAbsolute: "Instead of absolutes like \"never\", describe a real experience and how you handled it."
        case .noSelfBlame: "Rather than running yourself down, say what you learned and how you improved."
        case .concreteSituation: "Pick one real situation and describe it concretely."
        }
    }
}
