/// Turns phrases as rubric authors write them into patterns the matcher searches.
///
/// A phrase is read like an answer (folded, tokenised, stemmed), then:
/// - `a & b` splits into parts that must all appear;
/// - an explicitly negated phrase (`not symmetric`, `대칭이 아니다`) becomes its core, matched
///   only where the answer negates it, so `is not symmetric` and `대칭적이지 않습니다` both count;
/// - a word with a negating prefix (`비대칭`, `nonlinear`) also matches its core negated;
/// - every synonym group member inside it is swapped for the others (과적합 ↔ overfitting).
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
    public func compile(_ text: String, literal: Bool = false) -> Phrase {
        let parts = text.split(separator: "&").flatMap { piece -> [PhrasePart] in
            compilePart(String(piece), literal: literal)
        }
        return Phrase(text: text, parts: parts.filter { !$0.patterns.isEmpty })
    }

    func compilePart(_ text: String, literal: Bool) -> [PhrasePart] {
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
        if let split = splitNegation(words: words, surfaces: surfaces, scripts: scripts) {
            var parts = [part(split.core, negated: true)]
            if !split.context.isEmpty { parts.append(part(split.context, negated: false)) }
            return parts
        }
        var patterns = expand(words).map { PhrasePattern(words: $0, negated: false, readsNegation: true) }
        if let core = prefixCore(words) {
            patterns += expand(core).map { PhrasePattern(words: $0, negated: true, readsNegation: true) }
        }
        return [PhrasePart(patterns: dedupe(patterns))]
    }

    func part(_ words: [[UInt32]], negated: Bool) -> PhrasePart {
        PhrasePart(patterns: dedupe(expand(words).map { PhrasePattern(words: $0, negated: negated, readsNegation: true) }))
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
