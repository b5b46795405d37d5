import Foundation
import KkoriCoding

/// Grades a solution file against a task's cases, one fresh process and folder per case.
public struct TaskGrader: Sendable {
    /// The run's settings.
    public let options: RunnerOptions

    public init(options: RunnerOptions = RunnerOptions()) {
        self.options = options
    }

    /// Most bytes of solution source accepted.
    public static let maxSourceBytes = 1 << 20

    /// Grades `solution` on the visible cases, or on every case unless `visibleOnly`.
    ///
    /// `progress` is called after each case with its index, the number of cases and its result.
    /// Throws only when grading itself is impossible (no python3 or numpy, unreadable file).
    public func grade(_ task: CodingTask, solution: String, visibleOnly: Bool,
                      progress: (Int, Int, CaseResult) -> Void = { _, _, _ in }) throws(RunnerError) -> TaskResult {
        let source = try Self.readSource(solution)
        let runtime = try PythonRuntime.resolve(environment: options.environment, isolation: options.isolation)
        CaseFolder.sweepStale(in: options.casesRoot)
        let display = URL(fileURLWithPath: solution).standardizedFileURL.path
        let runner = CaseRunner(context: RunContext(task: task, source: source, display: display, runtime: runtime,
                                                    options: options))
        let specs = task.cases(visibleOnly: visibleOnly)
        var results: [CaseResult] = []
        var warnings = runtime.sandbox.warning.map { [$0] } ?? []
        for (index, spec) in specs.enumerated() {
            let (result, sandbox) = try runner.run(spec)
            results.append(result)
            if let note = Self.sandboxWarning(sandbox, runtime: runtime, filtering: options.filterSystemCalls),
               !warnings.contains(note) {
                warnings.append(note)
            }
            progress(index, specs.count, result)
        }
        return TaskResult(taskID: task.id, visibleOnly: visibleOnly, cases: results, warnings: warnings)
    }

    /// The solution's bytes, refusing folders, missing files and anything over the cap.
    static func readSource(_ path: String) throws(RunnerError) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .solutionUnreadable(path: path, reason: "no such file")
        }
        guard !isFolder.boolValue else { throw .solutionUnreadable(path: path, reason: "it is a folder, not a .py file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .solutionUnreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maxSourceBytes + 1)) ?? Data()
        guard data.count <= maxSourceBytes else {
            throw .solutionUnreadable(path: path, reason: "it is larger than \(maxSourceBytes >> 20) MiB")
        }
        return [UInt8](data)
    }

    /// A warning when a measure the harness was asked for did not take effect.
    static func sandboxWarning(_ state: HarnessReport.SandboxState?, runtime: PythonRuntime, filtering: Bool) -> String? {
        guard let state else { return nil }
        if filtering, !state.filtered {
            return "the system-call filter could not be installed: the solution may start processes and open sockets"
        }
        if runtime.sandbox.isolated, !state.hidden {
            return "kkori's folders could not be hidden from the solution"
        }
        return nil
    }
}

extension TaskGrader {
    /// Whether solutions can be graded here at all (python3 found, numpy importable); throws the
    /// reason with the command that fixes it. Costs one short Python run the first time.
    public func checkEnvironment() throws(RunnerError) {
        let runtime = try PythonRuntime.resolve(environment: options.environment, isolation: options.isolation)
        try runtime.checkNumpy(environment: options.environment)
    }

    /// The warning to show about isolation on this system, if any (resolving the runtime if needed).
    public func isolationWarning() -> String? {
        (try? PythonRuntime.resolve(environment: options.environment, isolation: options.isolation))?.sandbox.warning
    }
}
