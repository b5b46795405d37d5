import KkoriEngine
import KkoriScreen

/// Collects the edits of the answer being typed and hands them to the transcript in batches, like an
/// editor's swap file: one synced record every few seconds (and before anything that ends the
/// answer), never one per key.
struct KeystrokeRecorder {
    /// Seconds an edit may wait before its batch is written.
    static let batchSeconds = 2.0

    /// The question being answered, and when it was shown (edit times are kept relative to it).
    private(set) var questionID: String?
    private var shownAt = 0.0
    private var pending: [Keystroke] = []
    private var firstPendingAt: Double?

    /// A new question is on screen; edits of the previous one must have been flushed.
    mutating func questionShown(_ id: String, at time: Double) {
        questionID = id
        shownAt = time
        pending = []
        firstPendingAt = nil
    }

    /// Keeps one edit.
    mutating func add(_ edit: TextEdit) {
        guard questionID != nil else { return }
        pending.append(Keystroke(edit: edit, since: shownAt))
        if firstPendingAt == nil { firstPendingAt = edit.time }
    }

    /// The batch to write now: everything pending if `force`, else only once the oldest edit has
    /// waited long enough.
    mutating func take(at time: Double, force: Bool) -> KeystrokeBatch? {
        guard let questionID, !pending.isEmpty else { return nil }
        guard force || time - (firstPendingAt ?? time) >= Self.batchSeconds else { return nil }
        let batch = KeystrokeBatch(questionID: questionID, edits: pending)
        pending = []
        firstPendingAt = nil
        return batch
    }
}

extension Keystroke {
    /// The transcript form of an editor edit: seconds since the question was shown, and the text.
    /// Removals are written as that many delete-back characters before the inserted text.
    init(edit: TextEdit, since shownAt: Double) {
        let deletes = String(repeating: "\u{8}", count: max(0, edit.removed))
        self.init(at: max(0, edit.time - shownAt), text: deletes + edit.inserted)
    }
}
