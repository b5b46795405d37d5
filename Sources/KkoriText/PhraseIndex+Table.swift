/// Patterns filed by their first two characters (or their only one), with a bit filter in front.
struct BigramTable: Sendable {
    /// Every pattern's characters back to back, and where each starts and ends: candidates are
    /// checked here without touching the pattern objects.
    private let flat: [UInt32]
    private let bounds: [(start: Int32, end: Int32)]
    /// Open-addressed table from a key to a run of `entries` (pattern ids).
    private let keys: [UInt64]
    private let runs: [(start: Int32, count: Int32)]
    private let entries: [Int32]
    private let mask: Int
    /// Whether some pattern is a single character (then every position is also looked up alone).
    let hasSingles: Bool
    /// One bit per 16-bit hash of every key: most positions of an answer start no pattern, and a
    /// bit test rejects them before the table is probed.
    private let filter: [UInt64]

    init(_ patterns: [[UInt32]]) {
        var flat: [UInt32] = []
        bounds = patterns.map { scalars in
            let start = Int32(flat.count)
            flat += scalars
            return (start, Int32(flat.count))
        }
        self.flat = flat
        var grouped: [UInt64: [Int32]] = [:]
        for (id, scalars) in patterns.enumerated() where !scalars.isEmpty {
            grouped[Self.key(of: scalars), default: []].append(Int32(id))
        }
        var size = 16
        while size < grouped.count * 2 { size <<= 1 }
        mask = size - 1
        var keys = [UInt64](repeating: 0, count: size)
        var runs = [(start: Int32, count: Int32)](repeating: (0, 0), count: size)
        var entries: [Int32] = []
        var filter = [UInt64](repeating: 0, count: 1024)
        for key in grouped.keys.sorted() {
            guard let list = grouped[key] else { continue }
            var slot = Self.slot(key, mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            runs[slot] = (Int32(entries.count), Int32(list.count))
            entries += list.sorted()
            let bit = Self.filterBit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.keys = keys
        self.runs = runs
        self.entries = entries
        self.filter = filter
        hasSingles = patterns.contains { $0.count == 1 }
    }

    @inline(__always)
    static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> 48)
    }

    /// The table key: the first two characters, or one with a marker bit. Never 0.
    @inline(__always)
    static func key(of scalars: [UInt32]) -> UInt64 {
        scalars.count >= 2 ? key(scalars[0], scalars[1]) : single(scalars.first ?? 0)
    }

    @inline(__always)
    static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { (UInt64(a) << 32 | UInt64(b)) &+ 1 }

    @inline(__always)
    static func single(_ a: UInt32) -> UInt64 { UInt64(a) | 1 << 63 }

    @inline(__always)
    static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The table as raw buffers, for the scan's inner loop (no reference counting per lookup).
    struct Tables {
        let keys: UnsafeBufferPointer<UInt64>
        let runs: UnsafeBufferPointer<(start: Int32, count: Int32)>
        let entries: UnsafeBufferPointer<Int32>
        let filter: UnsafeBufferPointer<UInt64>
        let flat: UnsafeBufferPointer<UInt32>
        let bounds: UnsafeBufferPointer<(start: Int32, end: Int32)>
        let mask: Int

        /// Whether pattern `id`, whose first two characters are known to match, occurs at `position`.
        @inline(__always)
        func occurs(_ id: Int, at position: Int, in text: UnsafeBufferPointer<UInt32>) -> Bool {
            let (start, end) = bounds[id]
            let length = Int(end - start)
            guard position + length <= text.count else { return false }
            var offset = 2
            while offset < length {
                if text[position + offset] != flat[Int(start) + offset] { return false }
                offset += 1
            }
            return true
        }

        /// The ids of patterns filed under `key`.
        @inline(__always)
        func candidates(_ key: UInt64) -> UnsafeBufferPointer<Int32> {
            let bit = BigramTable.filterBit(key)
            guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
            var slot = BigramTable.slot(key, mask: mask)
            while true {
                let stored = keys[slot]
                if stored == key {
                    let run = runs[slot]
                    return UnsafeBufferPointer(rebasing: entries[Int(run.start)..<Int(run.start + run.count)])
                }
                if stored == 0 { return UnsafeBufferPointer(start: nil, count: 0) }
                slot = (slot + 1) & mask
            }
        }
    }

    func withTables<R>(_ body: (Tables) -> R) -> R {
        keys.withUnsafeBufferPointer { keys in
            runs.withUnsafeBufferPointer { runs in
                entries.withUnsafeBufferPointer { entries in
                    filter.withUnsafeBufferPointer { filter in
                        flat.withUnsafeBufferPointer { flat in
                            bounds.withUnsafeBufferPointer { bounds in
                                body(Tables(keys: keys, runs: runs, entries: entries, filter: filter, flat: flat,
                                            bounds: bounds, mask: mask))
                            }
                        }
                    }
                }
            }
        }
    }
}

