import Foundation

/// The past sessions of a data folder. The transcripts are the source of truth; beside them an index
/// (`transcripts/history.index`) keeps each one's summary with the size and modification time it was
/// made from. Opening the history re-reads only the transcripts that are new or changed, drops the
/// ones that are gone, and rewrites the index when anything moved, so a missing, stale, cut-off or
/// corrupt index costs one rebuild and never a wrong list.
public struct HistoryStore: Sendable {
    /// The transcripts folder.
    public let folder: String

    /// The history of the data folder `dataFolder`.
    public init(dataFolder: String) {
        folder = DataFolder.transcripts(dataFolder)
    }

    /// The index file's name inside the transcripts folder.
    public static let indexName = "history.index"

    /// The index file.
    public var indexPath: String { folder + "/" + Self.indexName }

    /// What opening the history found.
    public struct Snapshot: Sendable {
        /// Every session, newest first.
        public var sessions: [SessionSummary]
        /// Transcripts read because the index did not know them (or they changed).
        public var reread: Int
        /// Whether the index was (re)written.
        public var indexWritten: Bool
    }

    /// Lists every session, bringing the index up to date. Without `details` the summaries leave out
    /// their rounds, competencies, questions and trees (the list does not show them, and reading them
    /// is most of the cost of a large history); an index that needs rewriting is always read whole.
    public func open(details: Bool = true) -> Snapshot {
        let names = transcriptNames()
        let known = loadIndex(details: details)
        var sessions: [SessionSummary?] = Array(repeating: nil, count: names.count)
        var stale: [Int] = []
        for (index, name) in names.enumerated() {
            let stamp = FileBytes.stamp(path(of: name))
            if let stamp, let summary = known[name], summary.size == stamp.size, summary.modified == stamp.modified {
                sessions[index] = summary
            } else {
                stale.append(index)
            }
        }
        if !details, !stale.isEmpty || known.count != names.count { return open(details: true) }
        for (index, summary) in zip(stale, summarize(stale.map { names[$0] })) { sessions[index] = summary }
        let all = sessions.compactMap { $0 }
        let changed = !stale.isEmpty || known.count != names.count
        let written = changed && writeIndex(all)
        return Snapshot(sessions: Self.newestFirst(all), reread: stale.count, indexWritten: written)
    }

    /// Sessions newest first (by start time, then file name, which starts with the date).
    static func newestFirst(_ sessions: [SessionSummary]) -> [SessionSummary] {
        sessions.sorted { ($0.startedAt, $0.name) > ($1.startedAt, $1.name) }
    }

    /// The path of the transcript named `name`.
    public func path(of name: String) -> String {
        folder + "/" + name
    }

    /// Transcript file names in the folder (`*.jsonl`).
    func transcriptNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.sorted()
    }

    /// Reads the transcripts `names`, both cores at once (a cold rebuild reads every file).
    private func summarize(_ names: [String]) -> [SessionSummary] {
        let slots = SummarySlots(count: names.count)
        let folder = folder
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            slots.put(SessionSummary.read(path: folder + "/" + names[index], name: names[index]), at: index)
        }
        return slots.values
    }
}

/// Results written by concurrent workers, each to its own slot.
private final class SummarySlots: @unchecked Sendable {
    private var slots: [SessionSummary?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func put(_ summary: SessionSummary, at index: Int) {
        lock.withLock { slots[index] = summary }
    }

    var values: [SessionSummary] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
