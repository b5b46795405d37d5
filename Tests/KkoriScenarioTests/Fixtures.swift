import KkoriScenario

/// Small scenarios written inline, so each test shows exactly the YAML it checks.
enum Fixture {
    static let manifest = """
    id: tiny
    title: {ko: 작은 시나리오, en: Tiny scenario}
    rounds:
      - kind: technical
        draw: 2
        answer_seconds: 60
    topics:
      - {id: basics, competency: ml-fundamentals, title: {ko: 기초, en: Basics}}
    """

    static func question(id: String = "q-one", extra: String = "", followUps: String = "") -> String {
        """
        questions:
          - id: \(id)
            round: technical
            topic: basics
            text: {ko: 질문입니다, en: A question}
            rubric:
              points:
                - id: p1
                  weight: 2
                  conveys: {ko: 첫째, en: first}
                  phrases: {ko: [첫째], en: [first]}
                - id: p2
                  weight: 1
                  conveys: {ko: 둘째, en: second}
                  phrases: {ko: [둘째], en: [second]}
            model_answer: {ko: 모범 답안, en: Model answer}
        \(extra)\(followUps)
        """
    }

    static func files(_ questions: String, manifest: String = manifest) -> [SourceFile] {
        [SourceFile(path: "scenario.yaml", text: manifest), SourceFile(path: "questions/q.yaml", text: questions)]
    }

    /// The diagnostics of loading `files`, or [] if it loads.
    static func problems(_ files: [SourceFile]) -> [Diagnostic] {
        do {
            _ = try ScenarioLoader.load(files: files)
            return []
        } catch {
            return error.diagnostics
        }
    }
}
