/// Turns phrases as rubric authors write them into patterns the matcher searches.
///
/// A phrase is read like an answer (folded, tokenised, stemmed), then:
/// - `a & b` splits into parts that must all appear;
/// - an explicitly negated phrase (`not symmetric`, `대칭이 아니다`) becomes its core, matched
///   only where the answer negates it, so `is not symmetric` and `대칭적이지 않습니다` both count;
/// - a word with a negating prefix (`비대칭`, `nonlinear`) also matches its core negated;
/// - every synonym group member inside it is swapped for the others (과적합 ↔ overfitting);
/// - a Korean predicate ending it is cut to the root all its forms share (줄인다 → 줄);
/// - a piece that only negates (`순서 & 없`) makes the other pieces its context.
public struct PhraseCompiler: Sendable {
    /// Synonym groups in word form, duplicates removed.
    let groups: [[[[UInt32]]]]
    /// Words the rubric uses; an English prefix such as `a-` is only read as negation when the rest
    /// is one of them (`asymmetric` next to `symmetric`), never in `average` or `important`.
    public var knownWords: Set<[UInt32]>
    /// Cap on spellings per part, so a phrase full of synonyms can't explode.
    static let maxVariants = 24

    /// A compiler with synonym groups and the rubric's vocabulary.
    public init(synonyms: [[String]] = [], knownWords: Set<[UInt32]> = []) {
        self.knownWords = knownWords
        groups = synonyms.map { group in
            var seen: Set<[[UInt32]]> = []
            return group.compactMap { member in
                let words = Self.words(of: member)
                guard !words.isEmpty, seen.insert(words).inserted else { return nil }
                return words
            }
        }.filter { $0.count >= 2 }
    }

    /// The stems of a text's words (empty stems left out), as the matcher sees them.
    public static func words(of text: String) -> [[UInt32]] {
        let analysed = AnalyzedText(text)
        return analysed.tokens.indices.compactMap { i in
            let stem = analysed.stem(i)
            return stem.isEmpty ? nil : Array(stem)
        }
    }

    /// Compiles a phrase. `literal` phrases ignore negation in the answer (cue lists such as
    /// "don't know" or "모르겠" are negative by nature).
    ///
    /// When one piece of `a & b` carries the negation (`순서 & 없`, `스택 & 걱정 없`), the other pieces
    /// are its context: in Korean the negation follows them, so they are found whether or not it
    /// reaches them.
    public func compile(_ text: String, literal: Bool = false) -> Phrase {
        let pieces = text.split(separator: "&").map { compilePart(String($0), literal: literal) }
        let negationStated = !literal && pieces.count > 1 && pieces.contains(where: \.statesNegation)
        let parts = pieces.flatMap { piece -> [PhrasePart] in
            guard negationStated, !piece.statesNegation else { return piece.parts }
            return piece.parts.map(Self.ignoringNegation)
        }
        return Phrase(text: text, parts: parts.filter { !$0.patterns.isEmpty })
    }

    /// The parts of one `&` piece, and whether the piece states a negation itself.
    struct Piece {
        var parts: [PhrasePart]
        var statesNegation = false
    }

    /// `part` with its plain spellings matched whatever negation surrounds them.
    static func ignoringNegation(_ part: PhrasePart) -> PhrasePart {
        var seen: Set<PhrasePattern> = []
        return PhrasePart(patterns: part.patterns.compactMap { pattern in
            let plain = pattern.readsNegation && !pattern.negated
                ? PhrasePattern(words: pattern.words, negated: false, readsNegation: false) : pattern
            return seen.insert(plain).inserted ? plain : nil
        })
    }

    func compilePart(_ text: String, literal: Bool) -> Piece {
        let parts: [PhrasePart] = compileParts(text, literal: literal)
        return Piece(parts: parts, statesNegation: !literal && Self.statesNegation(text))
    }

    /// Whether a piece negates: it ends in a Korean negating predicate (`걱정 없`, `없`) or holds an
    /// English cue (`not vanish`).
    static func statesNegation(_ text: String) -> Bool {
        let analysed = AnalyzedText(text)
        guard let last = analysed.tokens.indices.last else { return false }
        if analysed.tokens[last].script == .hangul && Negation.isKoreanCue(analysed.surface(last)) { return true }
        return analysed.tokens.indices.contains { Negation.isEnglishCue(analysed.surface($0)) }
    }

    func compileParts(_ text: String, literal: Bool) -> [PhrasePart] {
        let analysed = AnalyzedText(text)
        var words: [[UInt32]] = []
        var surfaces: [ArraySlice<UInt32>] = []
        var scripts: [TokenScript] = []
        for i in analysed.tokens.indices {
            let stem = analysed.stem(i)
            guard !stem.isEmpty else { continue }
            words.append(Array(stem))
            surfaces.append(analysed.surface(i))
            scripts.append(analysed.tokens[i].script)
        }
        guard !words.isEmpty else { return [] }
        if literal {
            return [PhrasePart(patterns: expand(words).map { PhrasePattern(words: $0, negated: false, readsNegation: false) })]
        }
        if scripts.indices.allSatisfy({ scripts[$0] == .hangul && Negation.isKoreanCue(surfaces[$0]) }) {
            // a negating predicate alone (`없`, `않`): found as written, in any of its forms
            return [PhrasePart(patterns: [PhrasePattern(words: words, negated: false, readsNegation: false)])]
        }
        if let split = splitNegation(words: words, surfaces: surfaces, scripts: scripts) {
            var parts = [part(split.core, negated: true)]
            if !split.context.isEmpty { parts.append(part(split.context, negated: false)) }
            return parts
        }
        var patterns = expand(words).map { PhrasePattern(words: Self.rooted($0), negated: false, readsNegation: true) }
        if let core = prefixCore(words) {
            patterns += expand(core).map { PhrasePattern(words: Self.rooted($0), negated: true, readsNegation: true) }
        }
        return [PhrasePart(patterns: dedupe(patterns))]
    }

    func part(_ words: [[UInt32]], negated: Bool) -> PhrasePart {
        PhrasePart(patterns: dedupe(expand(words).map {
            PhrasePattern(words: Self.rooted($0), negated: negated, readsNegation: true)
        }))
    }

    /// A spelling whose last word, a Korean predicate, is cut to the root all its forms share
    /// (`분산을 줄인다` → `분산 줄`, found in 줄였습니다, 줄여서, 줄이고).
    static func rooted(_ words: [[UInt32]]) -> [[UInt32]] {
        guard let last = words.last, let head = last.first, Hangul.isSyllable(head) else { return words }
        var rooted = words
        rooted[rooted.count - 1] = KoreanEndings.predicateRoot(last, alone: words.count == 1)
        return rooted
    }

    func dedupe(_ patterns: [PhrasePattern]) -> [PhrasePattern] {
        var seen: Set<PhrasePattern> = []
        return patterns.filter { seen.insert($0).inserted }
    }

    /// `not symmetric` → core `symmetric`; `대칭이 아니다` → core `대칭`. Content words before an
    /// English cue stay as a separate, plain part (`gradient & not vanish`).
    func splitNegation(words: [[UInt32]], surfaces: [ArraySlice<UInt32>], scripts: [TokenScript])
        -> (core: [[UInt32]], context: [[UInt32]])? {
        if let cue = surfaces.lastIndex(where: { Negation.isEnglishCue($0) }), cue + 1 < words.count {
            let context = words[..<cue].filter { !Self.auxiliaries.contains($0) }
            return (Array(words[(cue + 1)...]), context)
        }
        var end = words.count
        while end > 1, scripts[end - 1] == .hangul, Negation.isKoreanCue(surfaces[end - 1]) { end -= 1 }
        if end < words.count { return (Array(words[..<end]), []) }
        return nil
    }

    /// Verbs and pronouns that carry nothing next to a negation in a phrase (`it is not`), as the
    /// stemmer leaves them (`does` → `doe`).
    static let auxiliaries: Set<[UInt32]> = Set(["is", "are", "was", "were", "be", "been", "do", "doe", "did",
                                                 "has", "have", "it", "this", "they", "can", "will", "should",
                                                 "must"].map { $0.unicodeScalars.map(\.value) })

    /// The core of a word with a negating prefix: 비대칭 → 대칭, nonlinear → linear.
    func prefixCore(_ words: [[UInt32]]) -> [[UInt32]]? {
        guard let first = words.first, let head = first.first else { return nil }
        if Hangul.isSyllable(head) {
            guard Negation.koreanPrefixes.contains(head), first.count >= 3 else { return nil }
            return [Array(first.dropFirst())] + words.dropFirst()
        }
        for prefix in Negation.englishPrefixes where first.count >= prefix.count + 4 && first.starts(with: prefix) {
            let core = Array(first.dropFirst(prefix.count))
            let isNon = prefix.count == 3 && prefix[0] == 0x6E
            guard isNon || knownWords.contains(core) else { continue }
            return [core] + words.dropFirst()
        }
        return nil
    }
}
