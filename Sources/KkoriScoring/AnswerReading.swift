import KkoriScenario
import KkoriText

/// What an answer says regardless of the rubric: its words, how much it says, how it is built, and
/// the generic signals of its round.
struct AnswerReading {
    let text: AnalyzedText
    /// Content words (function words left out).
    let contentCount: Int
    /// Their hashes, in order.
    let contentHashes: [UInt64]
    /// Distinct content words.
    let contentSet: WordSet
    /// The language the text is mostly written in; nil for text without letters.
    let detectedLanguage: Language?
    /// The cue of an honest "don't know", if any.
    let dontKnowCue: String?
    /// Generic signals found.
    let signals: [AnswerSignal]
    /// Where the question's rubric phrases were found.
    let rubricHits: PhraseHits

    /// Reads an answer; `rubric` is the question's phrase index, scanned in the same pass as the cue
    /// lists (its hits are kept in `rubricHits`).
    init(_ answer: String, round: RoundKind, rubric: PhraseIndex, lexicon: CueLexicon = .shared) {
        let text = AnalyzedText(answer)
        self.text = text
        let hashes = text.contentHashes()
        contentHashes = hashes
        contentCount = hashes.count
        contentSet = WordSet(hashes)
        detectedLanguage = Self.language(of: text)
        let cues = lexicon.cues(for: round)
        let (rubricHits, hits) = text.scan(rubric, cues.index)
        self.rubricHits = rubricHits
        dontKnowCue = Self.dontKnowCue(in: text, hits: hits, cues: cues, lexicon: lexicon)
        var detector = SignalDetector(text: text, lexicon: lexicon, cues: cues, hits: hits)
        detector.detect(for: round)
        signals = detector.found
        kinds = signals.reduce(0) { $0 | Self.bit($1.kind) }
    }

    /// The first "don't know" cue that speaks of the candidate's own knowledge. Any cue at all is
    /// rare, so the answer is searched again for every occurrence only when one was found.
    static func dontKnowCue(in text: AnalyzedText, hits: PhraseHits, cues: CueLexicon.Cues,
                            lexicon: CueLexicon) -> String? {
        guard cues.dontKnow.contains(where: { hits.match($0) != nil }) else { return nil }
        let every = text.scanAll(lexicon.dontKnow, limit: 8)
        for phrase in lexicon.dontKnow.phrases.indices {
            let found = every.occurrences(phrase).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            if let own = found.first(where: text.admitsIgnorance) { return text.words(own.tokens) }
        }
        return nil
    }

    /// One bit per signal kind found: the formula asks often, so the answer is a mask test.
    private let kinds: UInt64

    private static func bit(_ kind: SignalKind) -> UInt64 {
        1 << UInt64(SignalKind.allCases.firstIndex(of: kind) ?? 63)
    }

    /// Whether a signal of `kind` was found.
    func has(_ kind: SignalKind) -> Bool {
        kinds & Self.bit(kind) != 0
    }

    /// How many signals of `kind` were found.
    func count(_ kind: SignalKind) -> Int {
        signals.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) }
    }

    /// Korean when Hangul carries a fair share of the letters (a syllable is worth about three
    /// Latin letters, and Korean answers are full of English terms).
    static func language(of text: AnalyzedText) -> Language? {
        let counts = text.letterCounts
        if counts.hangul == 0 && counts.other == 0 { return nil }
        return counts.hangul * 4 >= counts.other ? .ko : .en
    }

    /// Fraction of the content words that belong to the question's topic vocabulary.
    func topicality(in vocabulary: WordSet) -> Double {
        guard !contentHashes.isEmpty else { return 0 }
        let inside = contentHashes.reduce(0) { $0 + (vocabulary.contains($1) ? 1 : 0) }
        return Double(inside) / Double(contentHashes.count)
    }
}
