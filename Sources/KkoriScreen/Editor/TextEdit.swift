/// One change to the answer text, with the time the caller gave it: the unit of keystroke recording.
///
/// Positions count Unicode code points of the whole answer (paragraphs joined by "\n"), so applying
/// the edits in order to the empty string rebuilds the answer exactly, whatever the grapheme rules.
public struct TextEdit: Sendable, Hashable, Codable {
    /// When it happened, on the caller's clock (the editor reads no clock).
    public var time: Double
    /// Code-point offset where the change starts.
    public var offset: Int
    /// How many code points were removed from `offset`.
    public var removed: Int
    /// The text put in their place.
    public var inserted: String

    public init(time: Double, offset: Int, removed: Int, inserted: String) {
        self.time = time
        self.offset = offset
        self.removed = removed
        self.inserted = inserted
    }

    /// Applies the edit to `text` (out-of-range positions are clamped, so a damaged record can't crash).
    public func apply(to text: inout String) {
        var scalars = Array(text.unicodeScalars)
        let start = min(max(0, offset), scalars.count)
        let end = min(scalars.count, start + max(0, removed))
        scalars.replaceSubrange(start..<end, with: Array(inserted.unicodeScalars))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        text = String(view)
    }
}
