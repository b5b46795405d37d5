/// Synonym expansion: a phrase that contains a member of a synonym group gets one spelling per
/// member (`오버피팅 방지` → `과적합 방지`, `overfitting prevention`).
extension PhraseCompiler {
    /// The spellings of `words`, itself first.
    func expand(_ words: [[UInt32]]) -> [[[UInt32]]] {
        var variants = [words]
        var layouts = [Layout(words)]
        var seen: Set<[[UInt32]]> = [words]
        for group in groups {
            for (variant, layout) in zip(variants, layouts) {
                for member in group {
                    guard let range = layout.locate(member) else { continue }
                    for other in group where other != member {
                        let swapped = Self.replace(range, in: variant, with: other)
                        guard variants.count < Self.maxVariants, seen.insert(swapped).inserted else { continue }
                        variants.append(swapped)
                        layouts.append(Layout(swapped))
                    }
                    break
                }
            }
        }
        return variants
    }

    /// A phrase's words flattened, with the offsets where words begin and end.
    struct Layout {
        let flat: [UInt32]
        let edges: [Bool]

        init(_ words: [[UInt32]]) {
            flat = words.flatMap { $0 }
            var edges = [Bool](repeating: false, count: flat.count + 1)
            var offset = 0
            edges[0] = true
            for word in words {
                offset += word.count
                edges[offset] = true
            }
            self.edges = edges
        }

        /// Where `member` occurs. A Latin or numeric edge of the member must fall on a word edge
        /// (`bias` is not inside `unbiased`), while Hangul may sit inside a compound (`오버피팅`
        /// in `오버피팅방지`).
        func locate(_ member: [[UInt32]]) -> Range<Int>? {
            guard let head = member.first?.first, flat.contains(head) else { return nil }
            let needle = member.flatMap { $0 }
            guard needle.count <= flat.count, let last = needle.last else { return nil }
            let needsStartEdge = !Hangul.isSyllable(head)
            let needsEndEdge = !Hangul.isSyllable(last)
            for start in 0...(flat.count - needle.count) where flat[start] == head {
                let end = start + needle.count
                guard flat[start..<end].elementsEqual(needle) else { continue }
                if needsStartEdge && !edges[start] { continue }
                if needsEndEdge && !edges[end] { continue }
                return start..<end
            }
            return nil
        }
    }

    /// `words` with the flattened `range` replaced by `replacement`'s words.
    static func replace(_ range: Range<Int>, in words: [[UInt32]], with replacement: [[UInt32]]) -> [[UInt32]] {
        var before: [[UInt32]] = []
        var after: [[UInt32]] = []
        var offset = 0
        for word in words {
            let start = offset, end = offset + word.count
            offset = end
            if end <= range.lowerBound { before.append(word); continue }
            if start >= range.upperBound { after.append(word); continue }
            if start < range.lowerBound { before.append(Array(word[..<(range.lowerBound - start)])) }
            if end > range.upperBound { after.append(Array(word[(range.upperBound - start)...])) }
        }
        return before + replacement + after
    }
}
