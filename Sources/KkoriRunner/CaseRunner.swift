import Foundation
import KkoriCoding
import KkoriKernel
import KkoriPlatform

/// Everything fixed for the cases of one grading run.
struct RunContext {
    let task: CodingTask
    let source: [UInt8]
    let display: String
    let runtime: PythonRuntime
    let options: RunnerOptions

    func limits(for spec: CaseSpec) -> CaseLimits {
        var limits = task.limits
        limits.seconds = options.caseSeconds ?? spec.seconds ?? limits.seconds
        limits.memoryBytes = options.memoryBytes ?? limits.memoryBytes
        limits.outputBytes = options.outputBytes ?? limits.outputBytes
        limits.fileBytes = options.fileBytes ?? limits.fileBytes
        return limits
    }
}

/// Runs one case in its own folder and process, then judges what came back.
struct CaseRunner {
    let context: RunContext

    /// The case's result and the sandbox state the harness reported.
    func run(_ spec: CaseSpec) throws(RunnerError) -> (CaseResult, HarnessReport.SandboxState?) {
        let reference = context.task.reference
        do {
            try reference.check(spec)
        } catch {
            throw .invalidCase(task: context.task.id, name: spec.name, reason: error.message)
        }
        let inputs = reference.generate(spec)
        let limits = context.limits(for: spec)
        let folder = try CaseFolder.create(in: context.options.casesRoot)
        defer { folder.remove() }
        try folder.write("solution.py", context.source)
        for file in inputs.files() { try folder.write(file.name, file.bytes) }
        let exit = try launch(folder: folder, inputs: inputs, limits: limits)
        var result = CaseResult(name: spec.name, visible: spec.visible, weight: spec.weight, verdict: .exception,
                                seconds: exit.wallSeconds, inputs: reference.inputShapes(spec))
        let report = HarnessReport.decode(exit.report)
        try CaseVerdicts.classify(exit, report: report, limits: limits, function: context.task.functionName,
                                  python: context.runtime.python, into: &result)
        if report?.status == "ok", !exit.timedOut, !exit.outputExceeded {
            judge(inputs, folder: folder, limits: limits, into: &result)
        }
        return (result, report?.sandbox)
    }

    /// Starts the harness (through `unshare` when namespaces are available) and supervises it.
    private func launch(folder: CaseFolder, inputs: CaseInputs, limits: CaseLimits) throws(RunnerError) -> ChildExit {
        let command = command(folder: folder, inputs: inputs, limits: limits)
        let started = Platform.monotonic()
        let child = try Spawner.spawn(command.executable, arguments: command.arguments,
                                      environment: command.environment, directory: folder.path)
        return ChildSupervisor.supervise(child, limits: ChildLimits(wallSeconds: limits.seconds,
                                                                    outputBytes: limits.outputBytes),
                                         namespaced: context.runtime.sandbox.isolated, started: started)
    }

    /// The program, arguments and environment that run one case in `folder`.
    func command(folder: CaseFolder, inputs: CaseInputs, limits: CaseLimits)
        -> (executable: String, arguments: [String], environment: [String: String]) {
        let config = harnessConfig(folder: folder, inputs: inputs, limits: limits)
        let python = [context.runtime.python, "-B", "-c", Harness.source, config]
        let environment = ChildEnvironment.make(context.options.environment, folder: folder.path)
        switch context.runtime.sandbox {
        case .namespaces(let unshare, let flags): return (unshare, flags + ["--"] + python, environment)
        case .limitsOnly: return (context.runtime.python, Array(python.dropFirst()), environment)
        }
    }

    private func harnessConfig(folder: CaseFolder, inputs: CaseInputs, limits: CaseLimits) -> String {
        let positional = inputs.items.filter { !$0.byKeyword }
        let keywords = inputs.items.filter(\.byKeyword)
        let hide = context.runtime.sandbox.isolated
            ? [context.options.casesRoot] + context.options.hiddenPaths.filter { FileManager.default.fileExists(atPath: $0) }
            : []
        let config: [String: Any] = [
            "dir": folder.path, "function": context.task.functionName, "display": context.display,
            "outputs": context.task.reference.outputNames.count,
            "args": positional.map(CaseInputs.argument), "kwargs": keywords.map { [$0.name, CaseInputs.argument($0)] },
            "memory_bytes": limits.memoryBytes, "file_bytes": limits.fileBytes,
            "cpu_seconds": Int(limits.seconds.rounded(.up)) + 1,
            "filter": context.options.filterSystemCalls, "hide": hide,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: config, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads the returned arrays, computes the expected ones (only now, after the process is gone)
    /// and compares them.
    private func judge(_ inputs: CaseInputs, folder: CaseFolder, limits: CaseLimits, into result: inout CaseResult) {
        var outputs: [NPYArray] = []
        for index in context.task.reference.outputNames.indices {
            guard let bytes = folder.read("out_\(index).npy", limit: limits.fileBytes) else {
                result.verdict = .invalidOutput
                result.detail = "the returned array could not be collected (out_\(index).npy is missing or too large)"
                return
            }
            do {
                outputs.append(try NPY.decode(bytes))
            } catch {
                result.verdict = .invalidOutput
                result.detail = "the returned array could not be read: \(error)"
                return
            }
        }
        let reference = context.task.reference
        let started = Platform.monotonic()
        let expected = Kernel.$threadLimit.withValue(1) { reference.expected(inputs) }
        result.referenceSeconds = Platform.monotonic() - started
        CaseJudge.judge(outputs: outputs, expected: expected, reference: reference,
                        tolerance: context.task.tolerance, into: &result)
    }
}

/// The environment the harness starts with: only what Python needs to find its packages, one BLAS
/// thread, and the case folder as the temporary folder.
enum ChildEnvironment {
    static let passed = ["HOME", "PYTHONPATH", "PYTHONHOME", "PYTHONUSERBASE", "VIRTUAL_ENV", "CONDA_PREFIX",
                         "LD_LIBRARY_PATH"]

    static func make(_ environment: [String: String], folder: String) -> [String: String] {
        var result: [String: String] = [
            "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TMPDIR": folder,
            "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "NUMEXPR_NUM_THREADS": "1",
            "VECLIB_MAXIMUM_THREADS": "1", "BLIS_NUM_THREADS": "1",
            "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "PYTHONUNBUFFERED": "1",
        ]
        for key in passed { if let value = environment[key], !value.isEmpty { result[key] = value } }
        return result
    }
}
