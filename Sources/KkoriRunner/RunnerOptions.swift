import Foundation

/// How solutions are isolated from the system.
public enum Isolation: String, Sendable, Hashable {
    /// Private process, network and mount namespaces (`unshare`) when the system allows them, else
    /// limits only, with a warning.
    case automatic
    /// Never use namespaces: a new session, resource limits, a parent-death watch and the
    /// system-call filter only.
    case limitsOnly = "limits-only"
}

/// Settings of a grading run; every limit left nil comes from the task file.
public struct RunnerOptions: Sendable {
    /// Wall-clock seconds per case, overriding the task's and the case's.
    public var caseSeconds: Double?
    /// Address-space limit in bytes.
    public var memoryBytes: Int?
    /// Captured-output cap in bytes.
    public var outputBytes: Int?
    /// File-size limit in bytes.
    public var fileBytes: Int?
    /// Namespaces or limits only.
    public var isolation: Isolation
    /// Installs the system-call filter (no new processes, no network sockets, no signals to others).
    /// Only diagnostics turn it off.
    public var filterSystemCalls: Bool
    /// Where case folders are made (default `$TMPDIR`, else `/tmp`); a `kkori-cases` folder is made inside.
    public var temporaryRoot: String?
    /// Folders the solution must not see (the scenario, kkori's data); hidden when namespaces are available.
    public var hiddenPaths: [String]
    /// The environment to take PATH, HOME, KKORI_PYTHON and Python's search settings from.
    public var environment: [String: String]

    public init(caseSeconds: Double? = nil, memoryBytes: Int? = nil, outputBytes: Int? = nil, fileBytes: Int? = nil,
                isolation: Isolation = .automatic, filterSystemCalls: Bool = true, temporaryRoot: String? = nil,
                hiddenPaths: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.caseSeconds = caseSeconds
        self.memoryBytes = memoryBytes
        self.outputBytes = outputBytes
        self.fileBytes = fileBytes
        self.isolation = isolation
        self.filterSystemCalls = filterSystemCalls
        self.temporaryRoot = temporaryRoot
        self.hiddenPaths = hiddenPaths
        self.environment = environment
    }

    /// The folder that holds the case folders.
    var casesRoot: String {
        let base = temporaryRoot ?? environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/kkori-cases"
    }
}
