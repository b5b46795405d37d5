import KkoriApp
import KkoriEngine
import KkoriScenario
import KkoriScoring

/// Prints the cost of one engine step: answer → score → follow-up chosen → next question.
func engineBench(_ args: [String]) {
    guard let scenario = try? SessionFactory.loadScenario(nil) else {
        print("engine bench: the bundled scenario did not load")
        return
    }
    let scorer = SessionFactory.scorer(for: scenario)
    let answer = """
    Bias is the error from wrong assumptions, so a high-bias model underfits both training and test data. \
    Variance is the sensitivity to the particular training set: a high-variance model overfits, with low \
    training error and high test error. Regularization, more data and simpler models reduce variance; richer \
    features and bigger models reduce bias. Cross-validation shows which one dominates.
    """
    var steps = 0
    var session = Session(scenario: scenario, config: SessionConfig(rounds: [.technical, .project, .personality],
                                                                    language: .en, mode: .real, seed: 1),
                          scorer: scorer, version: kkoriVersion)
    var t = 0.0
    _ = session.handle(.started(at: t))
    let total = medianSeconds(repeats: 5) {
        var s = session
        var n = 0
        for _ in 0..<2000 {
            if !s.isRunning {
                s = session
            }
            t += 1
            consume(s.handle(.answerSubmitted(answer, at: t)))
            n += 1
        }
        steps = n
    }
    session = Session(scenario: scenario, config: SessionConfig(rounds: [.technical], language: .en, mode: .real, seed: 1),
                      scorer: scorer, version: kkoriVersion)
    print("engine step (answer → score → follow-up → next), \(String(describing: type(of: scorer))), 60-word answer:")
    print("  \(formatDuration(total / Double(steps))) per step (budget 0.2 ms)")
}
