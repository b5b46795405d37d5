import Foundation
import KkoriPlatform

/// The interpreter solutions run with and how they are isolated; found once per process.
public struct PythonRuntime: Sendable, Hashable {
    /// The real interpreter (never a shell shim such as pyenv's: that costs ~90 ms per start).
    public let python: String
    /// How solutions are isolated.
    public let sandbox: Sandbox

    public init(python: String, sandbox: Sandbox) {
        self.python = python
        self.sandbox = sandbox
    }

    /// Finds the interpreter and probes the sandbox; cached per environment and isolation choice.
    public static func resolve(environment: [String: String], isolation: Isolation) throws(RunnerError) -> PythonRuntime {
        let key = [environment["KKORI_PYTHON"] ?? "", environment["PATH"] ?? "", isolation.rawValue].joined(separator: "\u{1}")
        if let cached = cache.value(key) { return cached }
        let python = try PythonLocator.locate(environment: environment)
        let sandbox = isolation == .limitsOnly
            ? Sandbox.limitsOnly(reason: "namespaces were turned off")
            : Sandbox.probe(python: python, environment: environment)
        let runtime = PythonRuntime(python: python, sandbox: sandbox)
        cache.store(key, runtime)
        return runtime
    }

    private static let cache = RuntimeCache()
}

/// A lock-protected memo of resolved runtimes.
private final class RuntimeCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: PythonRuntime] = [:]

    func value(_ key: String) -> PythonRuntime? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func store(_ key: String, _ runtime: PythonRuntime) {
        lock.lock()
        entries[key] = runtime
        lock.unlock()
    }
}

/// Finds `python3`: `$KKORI_PYTHON`, else the first on PATH; a script (a pyenv or asdf shim) is asked
/// once for the interpreter it runs (`sys.executable`). Symlinks are kept as they are, so a virtual
/// environment's interpreter still finds its packages.
enum PythonLocator {
    static func locate(environment: [String: String]) throws(RunnerError) -> String {
        if let chosen = environment["KKORI_PYTHON"], !chosen.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: chosen) else {
                throw .pythonMissing(detail: "KKORI_PYTHON=\(chosen) is not an executable file")
            }
            return isBinary(chosen) ? chosen : try ask(chosen, environment: environment)
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let found = folders.map({ $0 + "/python3" }).first(where: FileManager.default.isExecutableFile) else {
            throw .pythonMissing(detail: "no python3 on PATH")
        }
        return isBinary(found) ? found : try ask(found, environment: environment)
    }

    /// Whether the file is a native executable (ELF or Mach-O) rather than a script.
    static func isBinary(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
        return head == [0x7F, 0x45, 0x4C, 0x46] || head == [0xCF, 0xFA, 0xED, 0xFE] || head == [0xCA, 0xFE, 0xBA, 0xBE]
    }

    /// The interpreter behind a shim: read from pyenv's settings when possible, else by running the
    /// shim once and asking it.
    static func ask(_ shim: String, environment: [String: String]) throws(RunnerError) -> String {
        if let known = PyenvShim.interpreter(for: shim, environment: environment) { return known }
        let child = try Spawner.spawn(shim, arguments: ["-c", "import sys; print(sys.executable)"],
                                      environment: environment, directory: nil)
        let exit = ChildSupervisor.supervise(child, limits: ChildLimits(wallSeconds: 30, outputBytes: 1 << 16),
                                             namespaced: false, started: Platform.monotonic())
        let text = String(decoding: exit.output, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard exit.termination == .exited(0), let path = lines.last, path.hasPrefix("/"),
              FileManager.default.isExecutableFile(atPath: path) else {
            let said = lines.last.map { ": \($0)" } ?? ""
            throw .pythonMissing(detail: "\(shim) did not start a Python interpreter\(said)")
        }
        return path
    }
}

extension PythonRuntime {
    /// Checks that numpy imports under the environment solutions get (one short run, cached per
    /// interpreter), so a front end can warn before the candidate starts writing.
    public func checkNumpy(environment: [String: String]) throws(RunnerError) {
        let key = ([python] + ChildEnvironment.passed.map { environment[$0] ?? "" }).joined(separator: "\u{1}")
        if let known = Self.numpyChecks.value(key) {
            if let known { throw known }
            return
        }
        var problem: RunnerError?
        do {
            let child = try Spawner.spawn(python, arguments: ["-B", "-c", "import numpy"],
                                          environment: ChildEnvironment.make(environment, folder: "/tmp"), directory: nil)
            let exit = ChildSupervisor.supervise(child, limits: ChildLimits(wallSeconds: 30, outputBytes: 1 << 16),
                                                 namespaced: false, started: Platform.monotonic())
            if exit.termination != .exited(0) {
                let said = String(decoding: exit.output, as: UTF8.self).split(whereSeparator: \.isNewline).last
                problem = .numpyMissing(python: python, detail: said.map(String.init) ?? "import numpy failed")
            }
        } catch {
            problem = error
        }
        Self.numpyChecks.store(key, problem)
        if let problem { throw problem }
    }

    private static let numpyChecks = NumpyChecks()
}

/// A lock-protected memo of numpy checks: nil inside means numpy imported.
private final class NumpyChecks: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: RunnerError?] = [:]

    func value(_ key: String) -> RunnerError?? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func store(_ key: String, _ problem: RunnerError?) {
        lock.lock()
        entries[key] = .some(problem)
        lock.unlock()
    }
}
