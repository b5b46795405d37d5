import KkoriScenario
import KkoriText

/// The real scorer: reads an answer the way an interviewer marks it against a rubric, with no
/// network and no model.
///
/// For each key point it looks for the rubric's phrases (spaces, particles and small typos
/// forgiven, synonyms swapped in, negation read in both languages), falling back to partial credit
/// when the answer says much of what the point conveys in other words. Misconceptions cost their
/// penalty. On top of the rubric it reads how the answer is built — length, definition, intuition,
/// formula, example, trade-off — and the signals of its round (numbers and own role in a project,
/// growth and blame in a personality answer); honest "don't know" and long answers that say nothing
/// are recognised. `ScoreFormula` documents how these combine. Same input, same result.
public struct RubricScorer: AnswerScorer {
    let compiler: PhraseCompiler
    /// Compiled questions by id, filled on first use: compiling costs far more than scoring, and a
    /// session only asks a few of a scenario's hundreds of questions.
    let cache = CompiledQuestionCache()

    /// A scorer with the scenario's synonym groups.
    public init(synonyms: [[String]] = []) {
        compiler = PhraseCompiler(synonyms: synonyms)
    }

    /// A scorer for `scenario` (its synonym groups).
    public init(scenario: Scenario) {
        self.init(synonyms: scenario.synonyms)
    }

    /// The compiled form of `question`, from the cache when it is unchanged.
    public func compile(_ question: Question) -> CompiledQuestion {
        if let ready = cache[question.id], ready.question == question { return ready }
        let compiled = CompiledQuestion(question, compiler: compiler)
        cache[question.id] = compiled
        return compiled
    }

    public func assess(_ answer: String, to question: Question, language: Language) -> Assessment {
        assess(answer, to: compile(question), language: language)
    }

    /// Scores an answer against an already compiled question.
    public func assess(_ answer: String, to question: CompiledQuestion, language: Language) -> Assessment {
        let reading = AnswerReading(answer, round: question.question.round, rubric: question.index)
        let judged = RubricJudgement(question: question, reading: reading)
        let outcome = ScoreFormula(compiled: question, reading: reading, judged: judged).outcome()
        let advice = AdviceWriter(question: question.question, reading: reading, judged: judged,
                                  flags: outcome.flags, language: language).advice()
        return Assessment(score: outcome.score, points: judged.points, misconceptions: judged.misconceptions.map(\.id),
                          flags: outcome.flags, aspects: outcome.aspects, language: language, advice: advice,
                          detail: outcome.detail, signals: reading.signals)
    }

    /// The language an answer is written in (Hangul against other letters); nil when it has no letters.
    public static func detectLanguage(of answer: String) -> Language? {
        AnswerReading.language(of: AnalyzedText(answer))
    }
}
