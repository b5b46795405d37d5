/// Many phrases searched in one pass over an answer.
///
/// Every pattern of every phrase is filed under its first two characters. Scanning an answer's
/// stream once, position by position, finds every pattern's first acceptable occurrence; the cost
/// grows with the answer's length, hardly with the number of phrases (a rubric with its synonyms
/// has hundreds of spellings, the cue lists more).
public final class PhraseIndex: Sendable {
    /// The phrases, in the order given.
    public let phrases: [Phrase]
    /// For each phrase and part, the ids of its patterns.
    let partPatterns: [[[Int32]]]
    /// Distinct patterns by id.
    let patterns: [PhrasePattern]
    /// For each pattern, the phrases that use it.
    let patternPhrases: [[Int32]]
    /// The patterns filed by their first characters.
    let table: BigramTable

    /// Indexes `phrases`; identical patterns are shared.
    public init(_ phrases: [Phrase]) {
        self.phrases = phrases
        var ids: [PhrasePattern: Int32] = [:]
        var patterns: [PhrasePattern] = []
        partPatterns = phrases.map { phrase in
            phrase.parts.map { part in
                part.patterns.map { pattern in
                    if let id = ids[pattern] { return id }
                    let id = Int32(patterns.count)
                    ids[pattern] = id
                    patterns.append(pattern)
                    return id
                }
            }
        }
        self.patterns = patterns
        var patternPhrases = [[Int32]](repeating: [], count: patterns.count)
        for (phrase, parts) in partPatterns.enumerated() {
            for id in Set(parts.joined()) { patternPhrases[Int(id)].append(Int32(phrase)) }
        }
        self.patternPhrases = patternPhrases.map { $0.sorted() }
        table = BigramTable(patterns.map(\.scalars))
    }
}

/// The result of scanning an answer with a `PhraseIndex`.
public struct PhraseHits: Sendable {
    /// Each pattern's first acceptable occurrence.
    let first: [PhraseMatch?]
    /// Phrases with at least one pattern found: the others need no look.
    let touched: [Bool]
    /// Every acceptable occurrence of each pattern (filled only by `scanAll`).
    let every: [[PhraseMatch]]
    let index: PhraseIndex

    /// One match per part when every part of phrase `i` was found.
    public func match(_ i: Int) -> [PhraseMatch]? {
        guard touched[i] else { return nil }
        var found: [PhraseMatch] = []
        for ids in index.partPatterns[i] {
            guard let hit = ids.lazy.compactMap({ first[Int($0)] }).min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound })
            else { return nil }
            found.append(hit)
        }
        return found.isEmpty ? nil : found
    }

    /// Every occurrence of any pattern of phrase `i`'s parts (after `scanAll`).
    public func occurrences(_ i: Int) -> [PhraseMatch] {
        index.partPatterns[i].flatMap { ids in ids.flatMap { every[Int($0)] } }
    }
}

extension PhraseHits {
    /// Like `match(_:)`, but a part with no exact hit may be found with one typo in `text` (the
    /// text that was scanned).
    public func match(_ i: Int, forgivingTyposIn text: AnalyzedText) -> [PhraseMatch]? {
        var found: [PhraseMatch] = []
        found.reserveCapacity(index.partPatterns[i].count)
        for ids in index.partPatterns[i] {
            if let hit = ids.lazy.compactMap({ first[Int($0)] }).first {
                found.append(hit)
                continue
            }
            guard let typo = ids.lazy.compactMap({ text.typoMatch(index.patterns[Int($0)]) }).first else { return nil }
            found.append(typo)
        }
        return found.isEmpty ? nil : found
    }

    /// Whether phrase `i` can possibly be found with typos (some part has a long single word).
    public func allowsTypos(_ i: Int) -> Bool {
        index.partPatterns[i].contains { ids in ids.contains { index.patterns[Int($0)].typoForm != nil } }
    }
}
