/// Collects diagnostics while a file is read.
public final class DiagnosticSink {
    /// The problems collected so far.
    public var items: [Diagnostic] = []

    public init() {}

    /// Records a problem at `mark` of `file`.
    public func add(_ file: String, _ mark: SourceMark, _ message: String) {
        items.append(Diagnostic(file: file, line: mark.line, column: mark.column, message))
    }
}

/// Reads the fields of one YAML mapping strictly: wrong types, missing fields and unknown keys
/// (with a "did you mean" suggestion) all become diagnostics.
public struct Fields {
    public let file: String
    public let node: YAMLNode
    /// What is being read, as diagnostics name it.
    public var context: String { contextParts.text }
    let contextParts: FieldsContext
    public let sink: DiagnosticSink
    /// The mapping's entries in file order. Mappings are small, so a scan beats building a dictionary
    /// for every one of them.
    private let list: [YAMLEntry]

    /// The entries by key (the last one wins if a key repeats).
    public var entries: [String: YAMLEntry] {
        Dictionary(list.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Returns nil (and reports) if `node` is not a mapping.
    public init?(_ node: YAMLNode, file: String, context: String, sink: DiagnosticSink) {
        self.init(node, file: file, in: FieldsContext(context), sink: sink)
    }

    init?(_ node: YAMLNode, file: String, in context: FieldsContext, sink: DiagnosticSink) {
        guard case .mapping(let list, _) = node else {
            sink.add(file, node.mark, "\(context.text) must be a mapping of 'key: value' lines, not \(node.kindName)")
            return nil
        }
        self.file = file
        self.node = node
        self.contextParts = context
        self.sink = sink
        self.list = list
    }

    /// The entry for `key` (the last one if the key repeats), without building `entries`.
    public func entry(_ key: String) -> YAMLEntry? {
        list.last { $0.key == key }
    }

    static let languageKeys: Set<String> = ["ko", "en"]

    /// Reports keys not in `allowed`.
    public func rejectUnknown(_ allowed: Set<String>) {
        // A handful of short keys: comparing them is cheaper than hashing each key.
        let small = allowed.count <= 8
        for entry in list where !(small ? allowed.contains { $0 == entry.key } : allowed.contains(entry.key)) {
            let hint = Self.closest(to: entry.key, in: allowed).map { "; did you mean '\($0)'?" }
                ?? "; allowed keys: \(allowed.sorted().joined(separator: ", "))"
            sink.add(file, entry.keyMark, "unknown key '\(entry.key)' in \(context)\(hint)")
        }
    }

    public func has(_ key: String) -> Bool { entry(key) != nil }

    public func value(_ key: String, required: Bool = true) -> YAMLNode? {
        if let entry = entry(key) {
            if case .scalar(_, true, _) = entry.value, required {
                sink.add(file, entry.value.mark, "'\(key)' in \(context) is empty; give it a value")
                return nil
            }
            return entry.value
        }
        if required { sink.add(file, node.mark, "\(context) is missing '\(key)'; add it") }
        return nil
    }

    public func string(_ key: String, required: Bool = true) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard case .scalar(let text, let isNull, let mark) = value else {
            sink.add(file, value.mark, "'\(key)' in \(context) must be a single value, not \(value.kindName)")
            return nil
        }
        if isNull && !required { return nil }
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            sink.add(file, mark, "'\(key)' in \(context) is empty; give it a value")
            return nil
        }
        return trimmed
    }

    public func id(_ key: String = "id") -> String? {
        guard let text = string(key), let entry = entry(key) else { return nil }
        guard Self.isValidID(text) else {
            sink.add(file, entry.value.mark,
                     "'\(text)' is not a valid id; use lowercase letters, digits, '-' and '.' (e.g. ml-entropy.formula)")
            return nil
        }
        return text
    }

    public func number(_ key: String, range: ClosedRange<Double>, required: Bool = true) -> Double? {
        guard let text = string(key, required: required), let entry = entry(key) else { return nil }
        guard let number = Double(text), number.isFinite else {
            sink.add(file, entry.value.mark, "'\(key)' in \(context) must be a number, not '\(text)'")
            return nil
        }
        guard range.contains(number) else {
            sink.add(file, entry.value.mark,
                     "'\(key)' is \(text), out of range; use a value from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))")
            return nil
        }
        return number
    }

    public func integer(_ key: String, range: ClosedRange<Int>, required: Bool = true) -> Int? {
        guard let number = number(key, range: Double(range.lowerBound)...Double(range.upperBound), required: required),
              let entry = entry(key) else { return nil }
        guard number.rounded() == number else {
            sink.add(file, entry.value.mark, "'\(key)' in \(context) must be a whole number")
            return nil
        }
        return Int(number)
    }

    public func list(_ key: String, required: Bool = true) -> [YAMLNode]? {
        guard let value = value(key, required: required) else { return nil }
        if case .scalar(_, true, _) = value { return [] }
        guard case .sequence(let items, _) = value else {
            sink.add(file, value.mark, "'\(key)' in \(context) must be a list ('- item' lines or [a, b]), not \(value.kindName)")
            return nil
        }
        return items
    }

    public func strings(_ key: String, required: Bool = true) -> [String]? {
        guard let items = list(key, required: required) else { return nil }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard case .scalar(let text, false, _) = item, case let trimmed = text.trimmingWhitespace, !trimmed.isEmpty else {
                sink.add(file, item.mark, "each entry of '\(key)' in \(context) must be a non-empty text")
                continue
            }
            result.append(trimmed)
        }
        return result
    }

    /// A `{ko: ..., en: ...}` text; both languages are required.
    public func localized(_ key: String, required: Bool = true) -> Localized? {
        guard let value = value(key, required: required) else { return nil }
        guard let inner = Fields(value, file: file, in: contextParts.nested(key), sink: sink) else { return nil }
        inner.rejectUnknown(Self.languageKeys)
        let ko = inner.string("ko")
        let en = inner.string("en")
        guard let ko, let en else { return nil }
        return Localized(ko: ko, en: en)
    }

    /// A `{ko: [...], en: [...]}` phrase set; both languages need at least one phrase.
    public func phrases(_ key: String) -> PhraseSet? {
        guard let value = value(key) else { return nil }
        guard let inner = Fields(value, file: file, in: contextParts.nested(key), sink: sink) else { return nil }
        inner.rejectUnknown(Self.languageKeys)
        let ko = inner.strings("ko")
        let en = inner.strings("en")
        guard let ko, let en else { return nil }
        if ko.isEmpty { sink.add(file, value.mark, "'\(key)' of \(context) has no Korean phrases; add at least one under ko:") }
        if en.isEmpty { sink.add(file, value.mark, "'\(key)' of \(context) has no English phrases; add at least one under en:") }
        return PhraseSet(ko: ko, en: en)
    }

    /// Lowercase ASCII letters, digits, `-`, `.` and `_`, starting with a letter or digit, at most
    /// 120 characters.
    public static func isValidID(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.count <= 120 else { return false }
            for (index, byte) in bytes.enumerated() {
                let letterOrDigit = (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                guard letterOrDigit || index > 0 && (byte == 0x2D || byte == 0x2E || byte == 0x5F) else { return false }
            }
            return true
        }
    }

    static func format(_ number: Double) -> String {
        number.rounded() == number ? String(Int(number)) : String(number)
    }

    /// The allowed key within edit distance 2 of `key`, if one is that close.
    public static func closest(to key: String, in allowed: Set<String>) -> String? {
        let scored = allowed.map { ($0, editDistance(Array(key), Array($0))) }.filter { $0.1 <= 2 }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension String {
    var trimmingWhitespace: String {
        // Most texts start and end with a visible character: nothing to trim, nothing to copy.
        if Self.startsAndEndsVisibly(utf8) { return self }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }

    /// Whether the first and last characters are surely not whitespace, judging by their UTF-8 lead
    /// bytes: visible ASCII, or a character in U+00C0...U+0FFF or from U+4000 up (Hangul among them),
    /// where Unicode has no whitespace. Anything else gets the full check.
    private static func startsAndEndsVisibly(_ utf8: UTF8View) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, isVisibleLead(first) else { return false }
            var index = bytes.count - 1
            while index > 0 && bytes[index] & 0xC0 == 0x80 { index -= 1 }
            return isVisibleLead(bytes[index])
        } ?? false
    }

    @inline(__always) private static func isVisibleLead(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F || byte >= 0xC3 && byte <= 0xE0 || byte >= 0xE4 && byte <= 0xF4
    }
}
