/// Content words: the words that carry meaning, for measuring how much an answer says and how
/// much of it is on topic. Function words (the, is, 것, 수, 그리고) are left out.
extension AnalyzedText {
    /// Whether token `i` is a content word.
    public func isContentWord(_ i: Int) -> Bool {
        contentHash(i) != nil
    }

    /// The hash of token `i`'s stem when it is a content word.
    @inline(__always)
    func contentHash(_ i: Int) -> UInt64? {
        let token = tokens[i]
        switch token.script {
        case .hangul:
            // one-syllable stems (것, 수, 등, 더, 잘) are almost all function words
            guard token.stemLength >= 2 else { return nil }
            let hash = ContentWords.hash(stem(i))
            return ContentWords.koreanStop.contains(hash) ? nil : hash
        case .letter:
            guard token.stemLength >= 3 else { return nil }
            let hash = ContentWords.hash(stem(i))
            return ContentWords.englishStop.contains(hash) ? nil : hash
        case .digit:
            return ContentWords.hash(stem(i))
        case .jamo, .symbol:
            return nil
        }
    }

    /// The hashes of the content words' stems, in order.
    public func contentHashes() -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count)
        for i in tokens.indices {
            if let hash = contentHash(i) { hashes.append(hash) }
        }
        return hashes
    }
}

/// Stop lists and the stem hash.
public enum ContentWords {
    /// FNV-1a over the scalars: a cheap, stable key for a word.
    @inline(__always)
    public static func hash<C: Collection>(_ word: C) -> UInt64 where C.Element == UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in word {
            hash ^= UInt64(value)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The content-word hashes of a text (for rubric vocabularies).
    public static func hashes(of text: String) -> [UInt64] {
        AnalyzedText(text).contentHashes()
    }

    static func set(_ words: String) -> WordSet {
        WordSet(words.split(separator: " ").flatMap { word -> [UInt64] in
            let analysed = AnalyzedText(String(word))
            return analysed.tokens.indices.map { hash(analysed.stem($0)) }
        })
    }

    static let englishStop: WordSet = set("""
        and are but for not you your with this that these those they them their there then than from into onto \
        was were been being have has had having does did doing done will would should could can may might must \
        shall about above after again against all also any because before below between both each few more most \
        other some such only own same very just too out over under until while what which who whom when where why \
        how its it's itself our ours ourselves yours him his her hers she he i'm i've i'd i'll we're we've let \
        lets make makes made get gets got use used using like thing things something anything way ways lot lots \
        really actually basically kind sort well yes yeah okay one two also even still much many here now think \
        know said say says see seen going gone come came take took give gave put set
        """)

    static let koreanStop: WordSet = set("""
        그리고 그래서 하지만 그러나 따라서 또한 또는 그런데 그러면 그러므로 즉 있습니다 있는 있고 있다 있어서 없습니다 \
        합니다 하는 하고 됩니다 되는 같은 같습니다 같아요 대해 대한 대해서 통해 통해서 위해 위해서 경우 정도 부분 생각 \
        말씀 제가 저는 저희 우리 네 음 어 좀 잘 더 매우 아주 정말 너무 많이 가장 그것 이것 저것 이런 그런 어떤 \
        무엇 그냥 사실 일단 아마 거의 모든 여러 다른 각각 이렇게 그렇게 어떻게 때문에 때문 이라고 라고 것입니다 \
        것이 것은 것을 겁니다 거죠 있죠 하죠 해서 하면 되면 된다 한다 있을 없는 없이 이상 이하 뭔가
        """)
}
