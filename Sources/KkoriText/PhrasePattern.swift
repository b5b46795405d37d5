/// One spelling of a phrase in stream form (stems back to back), with what a match must satisfy.
/// A class so that the matcher's loops over thousands of patterns pass references, not copies.
public final class PhrasePattern: Sendable, Hashable {
    /// The stems back to back.
    public let scalars: [UInt32]
    /// Whether it matches negated occurrences (`not symmetric`, `대칭이 아니다`, `비대칭`) instead
    /// of plain ones.
    public let negated: Bool
    /// Whether the context's negation is read at all (cue lists such as "don't know" read none).
    public let readsNegation: Bool
    let firstScript: TokenScript
    let lastScript: TokenScript
    /// Length of the last word: a Latin phrase may run into a longer answer word only when its last
    /// word is long enough to be specific (`symmetric` → `symmetrical`, but `log` ↛ `logistic`).
    let lastWordLength: Int
    /// The single word to compare with answer words for typos (jamo for Hangul), when long enough.
    let typoForm: [UInt32]?
    /// That word's length in characters (syllables for Hangul): answer words more than one away in
    /// length are skipped without being decomposed.
    let typoWordLength: Int
    /// Number of words (tokens) the pattern was built from.
    public let wordCount: Int
    /// The words it was built from.
    let words: [[UInt32]]

    init(words: [[UInt32]], negated: Bool, readsNegation: Bool) {
        self.words = words
        let flat = words.flatMap { $0 }
        scalars = flat
        self.negated = negated
        self.readsNegation = readsNegation
        firstScript = flat.first.map(Self.script) ?? .symbol
        lastScript = flat.last.map(Self.script) ?? .symbol
        lastWordLength = words.last?.count ?? 0
        wordCount = words.count
        typoForm = Self.typoForm(words)
        typoWordLength = words.count == 1 ? words[0].count : 0
    }

    public static func == (a: PhrasePattern, b: PhrasePattern) -> Bool {
        a.scalars == b.scalars && a.negated == b.negated && a.readsNegation == b.readsNegation
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(scalars)
        hasher.combine(negated)
        hasher.combine(readsNegation)
    }

    static func script(_ value: UInt32) -> TokenScript {
        switch Tokenizer.charClass(value) {
        case .hangul: return .hangul
        case .jamo: return .jamo
        case .letter: return .letter
        case .digit: return .digit
        default: return .symbol
        }
    }

    /// Typos are only forgiven in one long word: three syllables of Hangul or six Latin letters.
    /// Shorter words sit one edit away from too many other words (bias/base, 분산/분석).
    static func typoForm(_ words: [[UInt32]]) -> [UInt32]? {
        guard words.count == 1, let word = words.first, let first = word.first else { return nil }
        switch script(first) {
        case .hangul:
            guard word.count >= 3, word.allSatisfy(Hangul.isSyllable) else { return nil }
            return Hangul.jamo(word)
        case .letter:
            guard word.count >= 6, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
            return word
        default:
            return nil
        }
    }
}

/// A piece of a phrase: any one of its patterns shows it (spellings, synonyms, negated forms).
public struct PhrasePart: Sendable, Hashable {
    /// The alternatives.
    public let patterns: [PhrasePattern]
}

/// A compiled rubric phrase: every part must appear (`a & b`).
public struct Phrase: Sendable, Hashable {
    /// The phrase as written.
    public let text: String
    /// The parts, all needed.
    public let parts: [PhrasePart]
}

/// Where a phrase part was found.
public struct PhraseMatch: Sendable, Hashable {
    /// The answer tokens the match covers.
    public let tokens: ClosedRange<Int>
    /// Found only with a typo forgiven.
    public let isFuzzy: Bool
}
