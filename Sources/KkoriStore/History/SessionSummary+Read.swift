import KkoriEngine
import KkoriTranscript

extension SessionSummary {
    /// Summarises the transcript at `path` (listed as `name`). Never throws: a file that cannot be
    /// read becomes an `unreadable` summary that says why, so the list can still show it.
    public static func read(path: String, name: String) -> SessionSummary {
        let bytes: [UInt8]
        let stamp: FileStamp
        do {
            (bytes, stamp) = try FileBytes.read(path, cap: TranscriptLoader.maxBytes)
        } catch {
            let found = FileBytes.stamp(path) ?? FileStamp(size: 0, modified: 0)
            return SessionSummary(name: name, size: found.size, modified: found.modified, state: .unreadable,
                                  problem: error.message)
        }
        return summarize(bytes, name: name, stamp: stamp)
    }

    /// Summarises transcript bytes (pure; `read` adds the file).
    public static func summarize(_ bytes: [UInt8], name: String, stamp: FileStamp) -> SessionSummary {
        var summary = SessionSummary(name: name, size: stamp.size, modified: stamp.modified, state: .interrupted)
        var builder = SummaryBuilder()
        var first: SessionRecord?
        var lines = 0
        let outcome: ScanOutcome
        do {
            outcome = try bytes.withUnsafeBufferPointer { (buffer) throws(TranscriptError) -> ScanOutcome in
                try TranscriptScanner.scan(buffer, keystrokes: false) { line in
                    lines += 1
                    if lines == 1 { first = line.record }
                    builder.add(line)
                }
            }
        } catch {
            summary.state = .futureVersion
            summary.problem = "\(error)"
            return summary
        }
        builder.finish(into: &summary)
        summary.problem = outcome.damage.map { damage in
            damage.description + (outcome.ignoredLines > 0 ? "; \(outcome.ignoredLines) later lines not read" : "")
        }
        if case .corruptLine = outcome.damage { summary.corrupt = true }
        guard case .started? = first else {
            summary.state = .unreadable
            summary.problem = lines == 0 && outcome.damage == nil ? "the file is empty"
                : (summary.problem ?? "it does not start with a session start")
            return summary
        }
        return summary
    }
}

extension SummaryBuilder {
    /// Takes a scanned line: its record, or only its time when the record was skipped.
    mutating func add(_ line: ScannedLine) {
        if let record = line.record {
            add(TranscriptEntry(seq: line.seq, time: line.time, record: record))
        } else {
            note(time: line.time)
        }
    }
}
