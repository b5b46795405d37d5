/// What a `Fields` reads, for its diagnostics ("a key point of 'ml-entropy'", "'text' of question
/// 'q1'"). Kept in parts and put into words only when a problem is reported: composing the phrase
/// for every mapping of a large scenario cost more than reading the mappings.
struct FieldsContext: Sendable {
    var phrase: String
    /// An id named after the phrase, in quotes.
    var subject: String?
    /// The key this mapping sits under, when it is a part of another mapping.
    var key: String?

    init(_ phrase: String, _ subject: String? = nil) {
        self.phrase = phrase
        self.subject = subject
    }

    /// The context of the mapping under `key` of this one: "'key' of <this>".
    func nested(_ key: String) -> FieldsContext {
        guard self.key == nil else { return FieldsContext("'\(key)' of \(text)") }
        var inner = self
        inner.key = key
        return inner
    }

    var text: String {
        let base = subject.map { "\(phrase) '\($0)'" } ?? phrase
        return key.map { "'\($0)' of \(base)" } ?? base
    }
}
