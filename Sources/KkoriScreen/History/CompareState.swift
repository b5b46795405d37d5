/// One session in a comparison.
public struct CompareSide: Sendable {
    /// How it is labelled (its date).
    public var label: String
    /// Its transcript's path.
    public var path: String
    /// Its answers.
    public var digest: SessionDigest

    public init(label: String, path: String, digest: SessionDigest) {
        self.label = label
        self.path = path
        self.digest = digest
    }
}

/// Two attempts at the same questions side by side: the older session on the left, the newer on the
/// right, so "gained" and "lost" read as progress.
public struct CompareState: Sendable {
    /// The earlier session.
    public var older: CompareSide
    /// The later session.
    public var newer: CompareSide
    /// Questions answered in both, in the newer session's order.
    public let questions: [String]
    /// Words for ids.
    public var texts: QuestionTexts
    /// The question shown.
    public var selected = 0
    /// First line of the attempts shown.
    public var scroll = 0

    /// Compares `a` and `b` (in either order), showing `focus` first when both answered it.
    public init(_ a: CompareSide, _ b: CompareSide, texts: QuestionTexts, focus: String? = nil) {
        let (older, newer) = a.digest.startedAt <= b.digest.startedAt ? (a, b) : (b, a)
        self.older = older
        self.newer = newer
        self.texts = texts
        let answeredBefore = Set(older.digest.attempts.filter { $0.answer != nil }.map(\.asked.questionID))
        var seen = Set<String>()
        questions = newer.digest.attempts.compactMap { attempt in
            let id = attempt.asked.questionID
            guard attempt.answer != nil, answeredBefore.contains(id), seen.insert(id).inserted else { return nil }
            return id
        }
        if let focus, let index = questions.firstIndex(of: focus) { selected = index }
    }

    /// The question shown, if there is one.
    public var question: String? {
        questions.indices.contains(selected) ? questions[selected] : nil
    }

    /// Key points covered now but not before, and covered before but not now.
    public func change(for id: String) -> (gained: [String], lost: [String]) {
        let before = Set(older.digest.attempt(for: id)?.assessment?.covered ?? [])
        let nowPoints = newer.digest.attempt(for: id)?.assessment?.covered ?? []
        let now = Set(nowPoints)
        let beforeOrder = older.digest.attempt(for: id)?.assessment?.covered ?? []
        return (nowPoints.filter { !before.contains($0) }, beforeOrder.filter { !now.contains($0) })
    }

    /// Moves to another question (clamped).
    public mutating func move(_ delta: Int) {
        guard !questions.isEmpty else { return }
        selected = max(0, min(questions.count - 1, selected + delta))
        scroll = 0
    }
}
