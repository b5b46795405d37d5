/// Finding compiled phrases in an analysed answer.
extension AnalyzedText {
    /// One match per part when every part of `phrase` is found (typos forgiven when `fuzzy`).
    public func match(_ phrase: Phrase, fuzzy: Bool = false) -> [PhraseMatch]? {
        guard !phrase.parts.isEmpty else { return nil }
        var found: [PhraseMatch] = []
        found.reserveCapacity(phrase.parts.count)
        for part in phrase.parts {
            guard let hit = firstMatch(part, fuzzy: fuzzy) else { return nil }
            found.append(hit)
        }
        return found
    }

    /// The first place any pattern of `part` is found; exact spellings are tried before typos.
    public func firstMatch(_ part: PhrasePart, fuzzy: Bool = false) -> PhraseMatch? {
        for pattern in part.patterns {
            if let hit = firstMatch(pattern) { return hit }
        }
        guard fuzzy else { return nil }
        for pattern in part.patterns {
            if let hit = typoMatch(pattern) { return hit }
        }
        return nil
    }

    /// The first occurrence of `pattern` whose edges and negation fit (a linear scan: for a few
    /// phrases; use `PhraseIndex` for many).
    public func firstMatch(_ pattern: PhrasePattern) -> PhraseMatch? {
        let needle = pattern.scalars
        guard let head = needle.first, needle.count <= stream.count else { return nil }
        for position in 0...(stream.count - needle.count) where stream[position] == head {
            if occurs(needle, at: position), let hit = accept(pattern, at: position) { return hit }
        }
        return nil
    }

    @inline(__always)
    func occurs(_ needle: [UInt32], at position: Int) -> Bool {
        stream.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                for offset in 0..<needle.count where haystack[position + offset] != needle[offset] { return false }
                return true
            }
        }
    }

    /// Checks an occurrence's edges, then its negation against the pattern's.
    func accept(_ pattern: PhrasePattern, at position: Int) -> PhraseMatch? {
        let first = Int(streamToken[position])
        let end = position + pattern.scalars.count
        let last = Int(streamToken[end - 1])
        guard let prefixNegated = startEdge(pattern, at: position, token: first),
              endEdgeFits(pattern, end: end, token: last) else { return nil }
        guard pattern.readsNegation else { return PhraseMatch(tokens: first...last, isFuzzy: false) }
        let negated = prefixNegated != (negatedBefore(first) || negatedAfter(last, streamEnd: end))
        return negated == pattern.negated ? PhraseMatch(tokens: first...last, isFuzzy: false) : nil
    }

    /// nil when the occurrence can't start here; otherwise whether a negating prefix glued to it
    /// precedes it (`비`대칭, `a`symmetric).
    func startEdge(_ pattern: PhrasePattern, at position: Int, token: Int) -> Bool? {
        let tokenStart = Int(tokens[token].streamStart)
        if position == tokenStart { return false }
        switch pattern.firstScript {
        case .hangul:
            // one syllable inside a word matches too much, except a negating predicate (필요없다)
            guard pattern.scalars.count >= 2 || Negation.isGluedKoreanCue(pattern.scalars[0]) else { return nil }
            return Negation.koreanPrefixes.contains(stream[position - 1])
        case .letter:
            let glued = stream[tokenStart..<position]
            return Negation.englishPrefixes.contains { glued.elementsEqual($0) } ? true : nil
        default:
            return nil
        }
    }

    /// Whether the occurrence may end here: Hangul may end inside a word (endings the stemmer
    /// left), a long Latin word may run on (`symmetric` in `symmetrical`), a number may not.
    func endEdgeFits(_ pattern: PhrasePattern, end: Int, token: Int) -> Bool {
        let tokenEnd = Int(tokens[token].streamEnd)
        if end == tokenEnd { return true }
        switch pattern.lastScript {
        case .hangul, .jamo, .symbol:
            return true
        case .letter:
            if pattern.lastWordLength >= 4 { return true }
            let rest = tokenEnd - end
            return rest == 1 && stream[end] == 0x73 || rest == 2 && stream[end] == 0x65 && stream[end + 1] == 0x73
        case .digit:
            return false
        }
    }
}

