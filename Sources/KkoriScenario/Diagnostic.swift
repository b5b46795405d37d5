/// One problem found in a scenario file, located for the author.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible, Comparable {
    /// The file, as the author would name it (relative to the scenario folder when possible).
    public var file: String
    /// 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    /// A plain sentence saying what is wrong and how to fix it.
    public var message: String

    public init(file: String, line: Int = 0, column: Int = 0, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and compilers use.
    public var description: String {
        if line > 0 { return "\(file):\(line):\(column): \(message)" }
        return "\(file): \(message)"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}

/// Every problem found while loading a scenario; loading fails if there is at least one.
public struct ScenarioErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by file and position.
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// A file handed to the loader: the loader does no I/O, the caller reads files (with size caps).
public struct SourceFile: Sendable, Hashable {
    /// The path shown in diagnostics, relative to the scenario folder (e.g. `questions/ml.yaml`).
    public var path: String
    /// The file's bytes; they need not be valid UTF-8 (that is reported, not trusted).
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
