import KkoriScenario
import KkoriScoring

/// Which scorer judges answers.
enum ScorerChoice {
    static func make(_ scenario: Scenario) -> any AnswerScorer {
        CoverageScorer()
    }
}
