import KkoriScenario
import KkoriText

/// A question's rubric compiled for matching. Compiling costs far more than scoring one answer, so a
/// scorer built for a scenario compiles every question once.
public final class CompiledQuestion: Sendable {
    /// The question it was compiled from (a changed question is recompiled).
    public let question: Question
    let points: [CompiledPoint]
    let misconceptions: [CompiledMisconception]
    /// Every phrase of the points, then of the misconceptions, for one-pass search.
    let index: PhraseIndex
    /// Content words of the question, its rubric and its model answer: the answer's topic.
    let vocabulary: WordSet

    init(_ question: Question, compiler base: PhraseCompiler) {
        self.question = question
        var compiler = base
        compiler.knownWords = Self.knownWords(of: question.rubric)
        let questionWords = Set(question.text.ko.contentHashes + question.text.en.contentHashes)
        var phrases: [Phrase] = []
        func add(_ texts: [String]) -> Range<Int> {
            let start = phrases.count
            phrases += texts.map { compiler.compile($0) }
            return start..<phrases.count
        }
        points = question.rubric.points.map { point in
            CompiledPoint(point: point, phrases: add(point.phrases.all),
                          conveys: [point.conveys.ko, point.conveys.en].map { text in
                              Array(Set(text.contentHashes).subtracting(questionWords)).sorted()
                          })
        }
        misconceptions = question.rubric.misconceptions.map { misconception in
            CompiledMisconception(misconception: misconception, phrases: add(misconception.phrases.all))
        }
        index = PhraseIndex(phrases)
        var vocabulary = questionWords
        for text in [question.modelAnswer.ko, question.modelAnswer.en] { vocabulary.formUnion(text.contentHashes) }
        for point in question.rubric.points {
            for text in [point.conveys.ko, point.conveys.en] + point.phrases.all { vocabulary.formUnion(text.contentHashes) }
        }
        self.vocabulary = WordSet(vocabulary)
    }

    /// Every word stem the rubric's phrases use (lets `asymmetric` be read as `not symmetric` when
    /// the rubric also speaks of `symmetric`).
    static func knownWords(of rubric: Rubric) -> Set<[UInt32]> {
        var words: Set<[UInt32]> = []
        let phrases = rubric.points.flatMap(\.phrases.all) + rubric.misconceptions.flatMap(\.phrases.all)
        for phrase in phrases {
            for part in phrase.split(separator: "&") { words.formUnion(PhraseCompiler.words(of: String(part))) }
        }
        return words
    }
}

/// A key point with its phrases compiled.
struct CompiledPoint: Sendable {
    let point: KeyPoint
    /// Its phrases' positions in the question's `index`.
    let phrases: Range<Int>
    /// Content words of what the point conveys (Korean, English), minus the question's own words:
    /// an answer that says much of it in other words earns partial credit.
    let conveys: [[UInt64]]
}

/// A misconception with its phrases compiled.
struct CompiledMisconception: Sendable {
    let misconception: Misconception
    /// Its phrases' positions in the question's `index`.
    let phrases: Range<Int>
}

extension String {
    /// Content-word hashes of the text.
    var contentHashes: [UInt64] { ContentWords.hashes(of: self) }
}
