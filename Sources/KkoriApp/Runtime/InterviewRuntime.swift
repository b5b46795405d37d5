import Foundation
import KkoriEngine
import KkoriPlatform
import KkoriStore
import KkoriTranscript

/// Carries out a session's effects: records go to the transcript (synced) before anything is shown,
/// the rest is handed back to the front end. The one place where the pure machine meets the disk.
public final class InterviewRuntime {
    /// The machine.
    public private(set) var session: Session
    /// Every entry of this session, written or not.
    public private(set) var entries: [TranscriptEntry] = []
    /// The file being written, if any.
    public private(set) var transcript: TranscriptFile?
    /// Set when saving failed; the session goes on in memory.
    public private(set) var saveProblem: String?
    /// Called with a one-line message when saving fails or moves elsewhere.
    public var onWarning: (String) -> Void = { _ in }
    let clock: () -> Double

    public init(session: Session, transcript: TranscriptFile?, previous: [TranscriptEntry] = [],
                clock: @escaping () -> Double = Platform.now) {
        self.session = session
        self.transcript = transcript
        self.entries = previous
        self.clock = clock
    }

    /// The current time on the runtime's clock.
    public var now: Double { clock() }

    /// Feeds an event; returns the effects for the front end (records already written).
    @discardableResult
    public func send(_ event: SessionEvent) -> [SessionEffect] {
        perform(session.handle(event))
    }

    /// Continues a restored session.
    public func reopen() -> [SessionEffect] {
        perform(session.reopen(at: now))
    }

    /// Records typing for replay (not an input of the machine).
    public func recordKeystrokes(_ batch: KeystrokeBatch) {
        guard !batch.edits.isEmpty else { return }
        write(.keystrokes(batch), at: now)
    }

    func perform(_ effects: [SessionEffect]) -> [SessionEffect] {
        var shown: [SessionEffect] = []
        for effect in effects {
            if case .record(let record, let t) = effect {
                write(record, at: t)
            } else {
                shown.append(effect)
            }
        }
        return shown
    }

    private func write(_ record: SessionRecord, at t: Double) {
        let entry = TranscriptEntry(seq: entries.count + 1, time: t, record: record)
        entries.append(entry)
        guard let file = transcript else { return }
        do {
            try file.append(record, at: t)
        } catch {
            transcript = nil
            moveToFallback(after: error)
        }
    }

    /// After a failed write: save everything so far to a new file in the temporary folder.
    private func moveToFallback(after error: StoreError) {
        let folder = (ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
            + "/kkori-rescue"
        let name = "rescued-\(Int(clock()))-\(getpid()).jsonl"
        do {
            let file = try TranscriptFile.create(in: folder, name: name)
            for entry in entries { try file.append(entry.record, at: entry.time) }
            transcript = file
            saveProblem = "\(error.message); saving to \(file.path) instead"
        } catch {
            saveProblem = "\(error); the session stays in memory only"
        }
        onWarning(saveProblem ?? "")
    }
}
