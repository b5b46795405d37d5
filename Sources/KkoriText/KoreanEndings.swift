/// Strips Korean particles (조사) and common endings so a word matches however it is used:
/// 엔트로피는, 엔트로피를, 엔트로피의 → 엔트로피; 대칭적이지, 대칭입니다 → 대칭.
///
/// There is no morphological analyser here, so the rules are conservative: a one-syllable particle
/// only comes off when it agrees with the syllable before it (은/을/이/과 after a final consonant,
/// 는/를/가/와 after a vowel) and leaves at least two syllables, so 평가, 차이, 결과 and 정의 stay whole.
/// Both the answers and the rubric phrases go through the same rules, so an occasional over-strip
/// still matches consistently.
public enum KoreanEndings {
    /// Which final sound the syllable before an ending must have.
    enum Attach { case any, consonant, vowel, vowelOrRieul, consonantNotRieul }

    /// One strippable ending.
    struct Ending: Sendable {
        var scalars: [UInt32]
        var attach: Attach
        /// Syllables that must remain in front of it.
        var minStem: Int
    }

    /// How many leading syllables of `syllables` form the stem.
    ///
    /// `attached` marks a Hangul run glued to a Latin term or number (`KL은`, `O(1)이다`, `3명`):
    /// when the whole run is a particle or ending it is dropped entirely.
    public static func stemLength(_ syllables: UnsafeBufferPointer<UInt32>, attached: Bool) -> Int {
        let count = syllables.count
        guard let last = syllables.last else { return 0 }
        if attached, isWholeEnding(syllables) { return 0 }
        var stem = count
        if let group = group(endingWith: last) {
            stem = groups[group].withUnsafeBufferPointer { candidates in
                for index in candidates.indices where candidates[index].scalars.count < count {
                    let keep = count - candidates[index].scalars.count
                    if keep >= candidates[index].minStem && matches(candidates[index], in: syllables, keep: keep)
                        && !splitsNoun(syllables[keep - 1], candidates[index].scalars[0]) {
                        return keep
                    }
                }
                return count
            }
        }
        // plural 들 under a particle: 모델들이 → 모델
        if stem >= 3 && syllables[stem - 1] == 0xB4E4 { stem -= 1 }
        return stem
    }

    /// Whether an ending starting with `head` right after `before` would cut a noun in two: the
    /// two-syllable nouns whose second syllable starts a particle or ending (결과는 is 결과 + 는, not
    /// 결 + 과는; 회로는 is 회로 + 는). A switch over the syllables, as it runs for most Korean words.
    @inline(__always)
    static func splitsNoun(_ before: UInt32, _ head: UInt32) -> Bool {
        switch head {
        case 0xACFC:   // 과: 결과 효과 성과 통과 초과 경과 부과 학과 교과 인과 사과 일과 외과
            switch before {
            case 0xACB0, 0xD6A8, 0xC131, 0xD1B5, 0xCD08, 0xACBD, 0xBD80, 0xD559, 0xAD50, 0xC778, 0xC0AC, 0xC77C, 0xC678:
                return true
            default: return false
            }
        case 0xB85C:   // 로: 회로 도로 미로 과로 기로 활로 경로 통로 진로 항로 선로 수로
            switch before {
            case 0xD68C, 0xB3C4, 0xBBF8, 0xACFC, 0xAE30, 0xD65C, 0xACBD, 0xD1B5, 0xC9C4, 0xD56D, 0xC120, 0xC218:
                return true
            default: return false
            }
        case 0xC774:   // 이: 길이 깊이 높이 넓이 놀이 먹이
            switch before {
            case 0xAE38, 0xAE4A, 0xB192, 0xB113, 0xB180, 0xBA39: return true
            default: return false
            }
        default:
            return false
        }
    }

    /// Convenience over an array.
    public static func stem(_ word: [UInt32]) -> [UInt32] {
        word.withUnsafeBufferPointer { Array($0.prefix(stemLength($0, attached: false))) }
    }

    static func isWholeEnding(_ syllables: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let last = syllables.last, let group = group(endingWith: last) else { return false }
        return groups[group].contains { ending in
            ending.scalars.count == syllables.count && ending.scalars.elementsEqual(syllables)
        }
    }

    @inline(__always)
    static func matches(_ ending: Ending, in syllables: UnsafeBufferPointer<UInt32>, keep: Int) -> Bool {
        var offset = ending.scalars.count - 1        // the last syllable is known to match
        while offset > 0 {
            offset -= 1
            if syllables[keep + offset] != ending.scalars[offset] { return false }
        }
        let before = syllables[keep - 1]
        let trail = Hangul.trailIndex(before)
        switch ending.attach {
        case .any: return true
        case .consonant: return trail != 0
        case .vowel: return trail == 0
        case .vowelOrRieul: return trail == 0 || trail == Hangul.rieulTrail
        case .consonantNotRieul: return trail != 0 && trail != Hangul.rieulTrail
        }
    }

    /// The position in `groups` of the endings whose last syllable is `last` (longest first); a
    /// binary search over few keys is cheaper than hashing for every word.
    @inline(__always)
    static func group(endingWith last: UInt32) -> Int? {
        var low = 0, high = lastSyllables.count
        while low < high {
            let middle = (low + high) / 2
            if lastSyllables[middle] < last { low = middle + 1 } else { high = middle }
        }
        return low < lastSyllables.count && lastSyllables[low] == last ? low : nil
    }

    /// Endings grouped by their last syllable (`lastSyllables` sorted, `groups` alongside).
    static let (lastSyllables, groups): ([UInt32], [[Ending]]) = {
        var table: [UInt32: [Ending]] = [:]
        for ending in endings {
            guard let last = ending.scalars.last else { continue }
            table[last, default: []].append(ending)
        }
        let keys = table.keys.sorted()
        return (keys, keys.map { key in (table[key] ?? []).sorted { $0.scalars.count > $1.scalars.count } })
    }()

    static func group(_ words: String, _ attach: Attach, minStem: Int) -> [Ending] {
        words.split(separator: " ").map { Ending(scalars: $0.unicodeScalars.map(\.value), attach: attach, minStem: minStem) }
    }

    static let endings: [Ending] =
        // particles of several syllables
        group("에서는 에서도 에서의 에게서 에게는 까지는 까지도 부터는 에서 에게 한테 께서 까지 부터 보다 처럼 마다 만큼 에는 에도 에의 에서부터 에게도",
              .any, minStem: 1)
        + group("과는 과의 과도", .consonant, minStem: 1)
        + group("와는 와의 와도", .vowel, minStem: 1)
        + group("으로는 으로도 으로서 으로써 으로의 으로", .consonantNotRieul, minStem: 1)
        + group("로는 로도 로서 로써 로의", .vowelOrRieul, minStem: 1)
        + group("이라고 이라는 이라서 이라면 이지만 이라도 이란 이나 이라 이랑 이며 이고 이다 이면 이지 이자 이죠 이야 이기 이기에 이기도 이므로 이어서 이었다 이었고 이었습니다 이에요 인데 인지 입니다 입니다만",
                .consonant, minStem: 1)
        + group("라고 라는 라서 라면 라도 였다 였고 였습니다 예요 다", .vowel, minStem: 2)
        + group("적이지 적인 적으로 적이다 적입니다 적이고 적이며 적이라 적임 적이라서 적이기 적이므로 적",
                .any, minStem: 2)
        + group("하다 합니다 했다 했습니다 했고 하는 하고 하며 해서 하여 하면 하게 하지 하기 한다 해요 했어요 하였다 하였습니다 하는데 하지만 하므로 해야 했던 하던 함으로써 하려면 할 한 함",
                .any, minStem: 2)
        + group("되다 됩니다 된다 되는 되고 되며 되어 되면 되지 되기 돼서 됐다 되었다 되었습니다 되었고 되는데 되어서 됐고 된 될 됨",
                .any, minStem: 2)
        + group("시킨다 시키는 시켜 시키고 시킵니다 시켰다 시켜서", .any, minStem: 2)
        // one-syllable particles: only where they agree with the syllable before
        + group("은 이 을 과", .consonant, minStem: 2)
        + group("는 가 를 와 란 랑 며", .vowel, minStem: 2)
        + group("로", .vowelOrRieul, minStem: 2)
        + group("의 에 인", .any, minStem: 2)
}
