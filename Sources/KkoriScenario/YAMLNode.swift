
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
/// with string keys. Anchors, aliases and custom tags never get this far. Not `indirect`: children
/// live in arrays already, and a box per scalar made reading a large scenario allocate ~100k times.
public enum YAMLNode: Sendable, Hashable {
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
    /// Parses `file`; returns nil (with a diagnostic appended) when the file can't be used.
    public static func parse(_ file: SourceFile, limits: YAMLLimits = YAMLLimits(),
                             into diagnostics: inout [Diagnostic]) -> YAMLNode? {
        if file.bytes.count > limits.maxBytes {
            diagnostics.append(Diagnostic(file: file.path,
                "file is \(file.bytes.count) bytes, over the \(limits.maxBytes)-byte limit; split it into smaller files"))
            return nil
        }
        var bytes = file.bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // The fast reader (which checks the encoding itself) gives the same tree as libyaml for what
        // it supports; libyaml reads the rest and words every error.
        if case .parsed(let node) = FastYAML.parse(bytes, limits: limits) {
            return node ?? .mapping([], SourceMark(line: 1, column: 1))
        }
        guard validateUTF8(file, into: &diagnostics) else { return nil }
        switch EventComposer.compose(bytes, limits: limits) {
        case .success(let node):
            return node ?? .mapping([], SourceMark(line: 1, column: 1))
        case .failure(let problem):
            diagnostics.append(Diagnostic(file: file.path, line: problem.mark.line, column: problem.mark.column,
                                          problem.message))
            return nil
        }
    }

    /// Reports the first invalid UTF-8 byte with its line and column.
    static func validateUTF8(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> Bool {
        if String(validating: file.bytes, as: UTF8.self) != nil { return true }
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
        return false
    }

    /// Length of the valid UTF-8 sequence at `i`, or 0 if it is invalid.
    static func utf8SequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let length: Int
        switch b[i] {
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
}
