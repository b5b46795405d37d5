import Yams

/// A position in a source file (1-based).
public struct SourceMark: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A parsed YAML value with positions, reduced to what scenarios use: scalars, lists and mappings
/// with string keys. Anchors, aliases and custom tags never get this far.
public indirect enum YAMLNode: Sendable, Hashable {
    /// A scalar; `isNull` for plain `~`, `null` or an empty value.
    case scalar(String, isNull: Bool, SourceMark)
    /// A list.
    case sequence([YAMLNode], SourceMark)
    /// A mapping with its entries in file order.
    case mapping([YAMLEntry], SourceMark)

    /// Where the node starts.
    public var mark: SourceMark {
        switch self {
        case .scalar(_, _, let m), .sequence(_, let m), .mapping(_, let m): m
        }
    }

    /// A short name of the node's kind for error messages.
    public var kindName: String {
        switch self {
        case .scalar(_, let isNull, _): isNull ? "nothing" : "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// One `key: value` pair of a mapping.
public struct YAMLEntry: Sendable, Hashable {
    public var key: String
    public var keyMark: SourceMark
    public var value: YAMLNode
}

/// Limits that keep hostile files from exhausting memory or time.
public struct YAMLLimits: Sendable {
    /// Largest accepted file.
    public var maxBytes = 1 << 20
    /// Deepest accepted nesting of lists and mappings.
    public var maxDepth = 24
    /// Most nodes accepted in one file.
    public var maxNodes = 200_000

    public init() {}
}

/// Parses untrusted YAML text safely into `YAMLNode`s, reporting problems as diagnostics.
public enum SafeYAML {
    /// Parses `file`; returns nil (with diagnostics appended) when the file can't be used.
    public static func parse(_ file: SourceFile, limits: YAMLLimits = YAMLLimits(),
                             into diagnostics: inout [Diagnostic]) -> YAMLNode? {
        if file.bytes.count > limits.maxBytes {
            diagnostics.append(Diagnostic(file: file.path,
                "file is \(file.bytes.count) bytes, over the \(limits.maxBytes)-byte limit; split it into smaller files"))
            return nil
        }
        guard let text = decodeUTF8(file, into: &diagnostics) else { return nil }
        if let problem = TextScreen.firstProblem(in: text) {
            diagnostics.append(Diagnostic(file: file.path, line: problem.mark.line, column: problem.mark.column,
                                          problem.message))
            return nil
        }
        // The parser owns the anchors (nodes refer to them weakly): keep it alive while converting,
        // so an anchored node is recognised and refused.
        let parser: Parser
        let root: Node?
        do {
            parser = try Parser(yaml: text)
            root = try parser.singleRoot()
        } catch {
            diagnostics.append(yamlDiagnostic(error, file: file.path))
            return nil
        }
        guard let root else {
            return .mapping([], SourceMark(line: 1, column: 1))
        }
        var converter = NodeConverter(file: file.path, limits: limits)
        let node = converter.convert(root, depth: 0)
        withExtendedLifetime(parser) {}
        if let failure = converter.failure {
            diagnostics.append(failure)
            return nil
        }
        return node
    }

    static func decodeUTF8(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> String? {
        if let text = String(validating: file.bytes, as: UTF8.self) {
            if text.hasPrefix("\u{FEFF}") { return String(text.dropFirst()) }
            return text
        }
        // Locate the first invalid byte for the author.
        var line = 1, column = 1, index = 0
        let bytes = file.bytes
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            if length == 0 { break }
            if bytes[index] == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        diagnostics.append(Diagnostic(file: file.path, line: line, column: column,
                                      "the file is not valid UTF-8 text (byte \(index)); save it as UTF-8"))
        return nil
    }

    /// Length of the valid UTF-8 sequence at `i`, or 0 if it is invalid.
    static func utf8SequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard i + length <= b.count else { return 0 }
        for k in 1..<length where b[i + k] & 0xC0 != 0x80 { return 0 }
        return String(validating: b[i..<(i + length)], as: UTF8.self) == nil ? 0 : length
    }

    static func yamlDiagnostic(_ error: any Error, file: String) -> Diagnostic {
        guard let yaml = error as? YamlError else {
            return Diagnostic(file: file, "could not read YAML: \(error)")
        }
        switch yaml {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Diagnostic(file: file, line: mark.line, column: mark.column,
                              "YAML syntax error: \(problem); check indentation and quoting here")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(file: file, line: context.mark.line, column: context.mark.column,
                              "duplicate key \(duplicates.joined(separator: ", ")); keep one")
        case let .reader(problem, _, _, _):
            return Diagnostic(file: file, "YAML reader error: \(problem)")
        default:
            return Diagnostic(file: file, "YAML error: \(yaml)")
        }
    }
}

/// Converts Yams nodes, refusing anchors, aliases and tags, and enforcing depth and size caps.
/// The walk stops at the first anchored node, which always comes before any alias to it, so an
/// alias bomb is refused before it can be expanded.
struct NodeConverter {
    let file: String
    let limits: YAMLLimits
    var count = 0
    var failure: Diagnostic?

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    mutating func convert(_ node: Node, depth: Int) -> YAMLNode? {
        guard failure == nil else { return nil }
        let mark = node.mark.map { SourceMark(line: $0.line, column: $0.column) } ?? SourceMark(line: 0, column: 0)
        count += 1
        if count > limits.maxNodes {
            return fail(mark, "more than \(limits.maxNodes) values in one file; split it into smaller files")
        }
        if node.anchor != nil {
            return fail(mark, "YAML anchors and aliases (&name, *name) are not allowed; write the value out")
        }
        if !node.tag.rawValue.isEmpty, !isPlainTag(node.tag.rawValue) {
            return fail(mark, "YAML tag '\(node.tag.rawValue)' is not allowed; remove it")
        }
        if depth > limits.maxDepth {
            return fail(mark, "nesting deeper than \(limits.maxDepth) levels; flatten the structure")
        }
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            let isNull = plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return .scalar(scalar.string, isNull: isNull, mark)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for child in sequence {
                guard let converted = convert(child, depth: depth + 1) else { return nil }
                items.append(converted)
            }
            return .sequence(items, mark)
        case .mapping(let mapping):
            return convertMapping(mapping, mark: mark, depth: depth)
        case .alias:
            return fail(mark, "YAML aliases (*name) are not allowed; write the value out")
        }
    }

    private mutating func convertMapping(_ mapping: Node.Mapping, mark: SourceMark, depth: Int) -> YAMLNode? {
        var entries: [YAMLEntry] = []
        for (key, value) in mapping {
            let keyMark = key.mark.map { SourceMark(line: $0.line, column: $0.column) } ?? mark
            guard case .scalar(let keyScalar) = key, key.anchor == nil else {
                return fail(keyMark, "a mapping key must be a plain name; use a simple word before ':'")
            }
            guard let converted = convert(value, depth: depth + 1) else { return nil }
            entries.append(YAMLEntry(key: keyScalar.string, keyMark: keyMark, value: converted))
        }
        return .mapping(entries, mark)
    }

    private func isPlainTag(_ name: String) -> Bool {
        let core = ["str", "int", "float", "bool", "null", "map", "seq"]
        return core.contains { name == "tag:yaml.org,2002:" + $0 } || name == "!" || name == "?"
    }

    private mutating func fail(_ mark: SourceMark, _ message: String) -> YAMLNode? {
        if failure == nil {
            failure = Diagnostic(file: file, line: mark.line, column: mark.column, message)
        }
        return nil
    }
}

/// A quick look at the raw text for constructs that are dangerous to hand to a YAML composer:
/// an alias or a complex value used as a mapping key would be hashed (expanded) while composing.
enum TextScreen {
    struct Problem {
        var mark: SourceMark
        var message: String
    }

    static func firstProblem(in text: String) -> Problem? {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var rest = line.drop { $0 == " " }
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
            let column = line.count - rest.count + 1
            if rest.hasPrefix("? ") || rest == "?" {
                return Problem(mark: SourceMark(line: lineNumber, column: column),
                               message: "complex mapping keys ('? ') are not allowed; use a plain name as the key")
            }
            if let offset = aliasKeyOffset(in: line) {
                return Problem(mark: SourceMark(line: lineNumber, column: offset + 1),
                               message: "YAML anchors and aliases (&name, *name) are not allowed; write the value out")
            }
        }
        return nil
    }

    /// The character offset of an alias or anchor used as a key (`*a: x`, `{*a: x}`), if any.
    static func aliasKeyOffset(in line: Substring) -> Int? {
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            var before = i - 1
            while before >= 0, chars[before] == " " { before -= 1 }
            let atKeyStart = before < 0 || "{,-?".contains(chars[before])
            if atKeyStart, chars[i] == "*" || chars[i] == "&" {
                var j = i + 1
                while j < chars.count, !" ,:{}[]".contains(chars[j]) { j += 1 }
                while j < chars.count, chars[j] == " " { j += 1 }
                if j > i + 1, j < chars.count, chars[j] == ":" { return i }
            }
            i += 1
        }
        return nil
    }
}
