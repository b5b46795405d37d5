import Foundation

/// A lock-protected map from question id to its compiled form, shared by copies of a scorer.
/// Compiling is deterministic, so a race between two compilations of the same question only
/// costs time, never changes a score.
final class CompiledQuestionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String: CompiledQuestion] = [:]

    subscript(id: String) -> CompiledQuestion? {
        get { lock.withLock { items[id] } }
        set { lock.withLock { items[id] = newValue } }
    }
}
