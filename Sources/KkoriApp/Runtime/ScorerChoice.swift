import KkoriScenario
import KkoriScoring

/// Which scorer judges answers: the rubric scorer, with the scenario's synonym groups.
enum ScorerChoice {
    static func make(_ scenario: Scenario) -> any AnswerScorer {
        RubricScorer(scenario: scenario)
    }
}
