/// The one-pass scan of an answer with a `PhraseIndex`.
extension AnalyzedText {
    /// Finds the first acceptable occurrence of every pattern of `index` in one pass.
    public func scan(_ index: PhraseIndex) -> PhraseHits {
        var first = [PhraseMatch?](repeating: nil, count: index.patterns.count)
        var touched = [Bool](repeating: false, count: index.phrases.count)
        visit(index) { id, hit in
            if first[id] == nil {
                first[id] = hit
                for phrase in index.patternPhrases[id] { touched[Int(phrase)] = true }
            }
            return false
        }
        return PhraseHits(first: first, touched: touched, every: [], index: index)
    }

    /// Scans with two indexes in the same pass (a rubric's phrases and the generic cue lists): the
    /// walk over the answer, most of a scan's cost, is paid once.
    public func scan(_ first: PhraseIndex, _ second: PhraseIndex) -> (PhraseHits, PhraseHits) {
        var a = FirstHits(first), b = FirstHits(second)
        let count = stream.count
        first.table.withTables { one in
            second.table.withTables { two in
                stream.withUnsafeBufferPointer { text in
                    for position in 0..<count where startable[position] {
                        let key = position + 1 < count ? BigramTable.key(text[position], text[position + 1]) : 0
                        let single = BigramTable.single(text[position])
                        look(one, key: key, single: single, at: position, text: text, into: &a)
                        look(two, key: key, single: single, at: position, text: text, into: &b)
                    }
                }
            }
        }
        return (a.hits, b.hits)
    }

    /// First acceptable occurrences being collected for one index.
    struct FirstHits {
        let index: PhraseIndex
        var first: [PhraseMatch?]
        var touched: [Bool]

        init(_ index: PhraseIndex) {
            self.index = index
            first = [PhraseMatch?](repeating: nil, count: index.patterns.count)
            touched = [Bool](repeating: false, count: index.phrases.count)
        }

        var hits: PhraseHits { PhraseHits(first: first, touched: touched, every: [], index: index) }
    }

    @inline(__always)
    private func look(_ tables: BigramTable.Tables, key: UInt64, single: UInt64, at position: Int,
                      text: UnsafeBufferPointer<UInt32>, into hits: inout FirstHits) {
        if key != 0 {
            for id in tables.candidates(key) {
                let id = Int(id)
                guard hits.first[id] == nil, tables.occurs(id, at: position, in: text) else { continue }
                record(id, at: position, into: &hits)
            }
        }
        guard hits.index.table.hasSingles else { return }
        for id in tables.candidates(single) where hits.first[Int(id)] == nil {
            record(Int(id), at: position, into: &hits)
        }
    }

    private func record(_ id: Int, at position: Int, into hits: inout FirstHits) {
        guard let hit = accept(hits.index.patterns[id], at: position) else { return }
        hits.first[id] = hit
        for phrase in hits.index.patternPhrases[id] { hits.touched[Int(phrase)] = true }
    }

    /// Finds up to `limit` acceptable occurrences of every pattern of `index`.
    public func scanAll(_ index: PhraseIndex, limit: Int = 16) -> PhraseHits {
        var every = [[PhraseMatch]](repeating: [], count: index.patterns.count)
        var touched = [Bool](repeating: false, count: index.phrases.count)
        visit(index) { id, hit in
            if every[id].isEmpty {
                for phrase in index.patternPhrases[id] { touched[Int(phrase)] = true }
            }
            every[id].append(hit)
            return every[id].count < limit
        }
        return PhraseHits(first: every.map(\.first), touched: touched, every: every, index: index)
    }

    /// Calls `found` with each acceptable occurrence, left to right; once `found` answers false for
    /// a pattern, its later occurrences are skipped.
    private func visit(_ index: PhraseIndex, _ found: (Int, PhraseMatch) -> Bool) {
        var done = [Bool](repeating: false, count: index.patterns.count)
        let count = stream.count
        let singles = index.table.hasSingles
        index.table.withTables { tables in
            stream.withUnsafeBufferPointer { text in
                for position in 0..<count where startable[position] {
                    if position + 1 < count {
                        for id in tables.candidates(BigramTable.key(text[position], text[position + 1])) {
                            let id = Int(id)
                            guard !done[id], tables.occurs(id, at: position, in: text) else { continue }
                            report(id, at: position, in: index, done: &done, found)
                        }
                    }
                    guard singles else { continue }
                    for id in tables.candidates(BigramTable.single(text[position])) where !done[Int(id)] {
                        report(Int(id), at: position, in: index, done: &done, found)
                    }
                }
            }
        }
    }

    /// Checks an occurrence's edges and negation, and hands it on.
    private func report(_ id: Int, at position: Int, in index: PhraseIndex, done: inout [Bool],
                        _ found: (Int, PhraseMatch) -> Bool) {
        guard let hit = accept(index.patterns[id], at: position) else { return }
        if !found(id, hit) { done[id] = true }
    }
}

