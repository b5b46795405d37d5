/// A set of word hashes (`ContentWords.hash`) with open addressing. The keys are already well
/// mixed, so they index the table directly; a `Set<UInt64>` would hash them again on every lookup.
public struct WordSet: Sendable, Hashable {
    private var slots: [UInt64]
    private let mask: Int
    /// Number of distinct words.
    public private(set) var count = 0

    /// An empty set sized for about `capacity` words.
    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// A set holding `words`.
    public init<S: Sequence>(_ words: S) where S.Element == UInt64 {
        let array = Array(words)
        self.init(capacity: array.count)
        for word in array { insert(word) }
    }

    /// Adds a word; returns whether it was new.
    @discardableResult
    public mutating func insert(_ word: UInt64) -> Bool {
        let key = word == 0 ? 1 : word          // 0 marks an empty slot
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while slots[slot] != 0 {
            if slots[slot] == key { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
        count += 1
        return true
    }

    /// Whether `word` is in the set.
    @inline(__always)
    public func contains(_ word: UInt64) -> Bool {
        let key = word == 0 ? 1 : word
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let stored = slots[slot]
            if stored == key { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
