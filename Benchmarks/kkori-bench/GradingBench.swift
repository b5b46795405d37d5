import Foundation
import KkoriApp
import KkoriCoding
import KkoriKernel
import KkoriPlatform
import KkoriRunner

/// Prints what grading costs beyond the candidate's own Python time, per process.
///
///   kkori-bench grading [--repeats N]
///
/// The candidate's own time is a bare run of the real interpreter on the same case (start-up,
/// `import numpy`, loading the inputs, the solution, saving the result), spawned directly. kkori's
/// cost per case is grading the bundled softmax task divided by its cases; the difference is what
/// kkori adds: drawing the inputs, the folder, the sandbox, the harness, reading the outputs, the
/// reference and the comparison. Runs are interleaved and the median taken, in wall time and in CPU
/// time (kkori's and its children's), which a busy machine disturbs less.
func gradingBench(_ args: [String]) {
    let repeats = args.firstIndex(of: "--repeats").flatMap { Int(args.dropFirst($0 + 1).first ?? "") } ?? 7
    let environment = ProcessInfo.processInfo.environment
    let resolveStart = Platform.monotonic()
    guard let runtime = try? PythonRuntime.resolve(environment: environment, isolation: .automatic) else {
        print("python3 with numpy is needed for the grading figures")
        return
    }
    print("resolving the interpreter (once per kkori process): \(formatDuration(Platform.monotonic() - resolveStart))")
    guard let scenario = try? SessionFactory.loadScenario(nil),
          let task = CodingTasks.catalog(for: scenario).task("softmax") else {
        print("the bundled softmax task could not be loaded")
        return
    }
    let bench = GradingWorkbench(task: task, runtime: runtime, environment: environment)
    defer { bench.cleanUp() }
    let cases = task.cases(visibleOnly: false)
    let modes: [(String, Isolation)] = [("namespaces + filter", .automatic), ("limits + filter", .limitsOnly)]
    var bare: [Cost] = [], graded: [[Cost]] = modes.map { _ in [] }
    for _ in 0..<repeats {
        bare.append(Cost.measure { bench.runBare(cases) } / Double(cases.count))
        for (index, mode) in modes.enumerated() {
            let options = RunnerOptions(isolation: mode.1, temporaryRoot: bench.root, environment: environment)
            graded[index].append(Cost.measure {
                let result = try? TaskGrader(options: options).grade(task, solution: bench.solution, visibleOnly: false)
                if result?.verdict != .accepted { print("  unexpected verdict: \(result?.verdict.rawValue ?? "error")") }
            } / Double(cases.count))
        }
    }
    let base = Cost.median(bare)
    print("\(task.id), \(cases.count) cases, median of \(repeats) interleaved runs, per process (wall / CPU)")
    print("  candidate's own Python (bare run):  \(base)")
    for (index, mode) in modes.enumerated() {
        let cost = Cost.median(graded[index])
        print("  kkori, \(mode.0.padding(toLength: 20, withPad: " ", startingAt: 0)):  \(cost)  → overhead "
              + "\(formatDuration(cost.wall - base.wall)) wall, \(formatDuration(cost.cpu - base.cpu)) CPU")
    }
}

/// Wall and CPU seconds (this process and its reaped children, user + system) of some work.
struct Cost: CustomStringConvertible {
    var wall: Double
    var cpu: Double

    static func measure(_ body: () -> Void) -> Cost {
        let (wall0, cpu0) = (Platform.monotonic(), cpuSeconds())
        body()
        return Cost(wall: Platform.monotonic() - wall0, cpu: cpuSeconds() - cpu0)
    }

    static func / (cost: Cost, n: Double) -> Cost { Cost(wall: cost.wall / n, cpu: cost.cpu / n) }

    /// The median wall time and the median CPU time, each over the samples.
    static func median(_ samples: [Cost]) -> Cost {
        func mid(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        return Cost(wall: mid(samples.map(\.wall)), cpu: mid(samples.map(\.cpu)))
    }

    private static func cpuSeconds() -> Double {
        var own = rusage(), children = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &own)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &children)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(own.ru_utime) + seconds(own.ru_stime) + seconds(children.ru_utime) + seconds(children.ru_stime)
    }

    var description: String { "\(formatDuration(wall)) / \(formatDuration(cpu))" }
}

/// A solution file and the bare-run inputs for the grading benchmark, in a private temporary folder.
struct GradingWorkbench {
    let task: CodingTask
    let runtime: PythonRuntime
    let environment: [String: String]
    let root: String
    let solution: String

    static let source = """
        import numpy as np

        def softmax(x, axis=-1):
            e = np.exp(x - x.max(axis=axis, keepdims=True))
            return e / e.sum(axis=axis, keepdims=True)
        """

    init(task: CodingTask, runtime: PythonRuntime, environment: [String: String]) {
        self.task = task
        self.runtime = runtime
        self.environment = environment
        root = NSTemporaryDirectory() + "kkori-grading-bench-\(getpid())"
        solution = root + "/solution.py"
        try? FileManager.default.createDirectory(atPath: root + "/bare", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: solution, contents: Data(Self.source.utf8))
    }

    /// Runs each case the plain way: the real interpreter, its inputs, the function, `np.save`.
    func runBare(_ cases: [CaseSpec]) {
        for spec in cases {
            let inputs = task.reference.generate(spec)
            guard case .tensor(let x)? = inputs.value("x") else { continue }
            FileManager.default.createFile(atPath: root + "/bare/x.npy", contents: Data(NPY.encode(NPYArray(x))))
            let axis = spec.integers["axis"].map { ", axis=\($0)" } ?? ""
            let script = Self.source + "\nimport os\nos.chdir(\(pythonString(root + "/bare")))\n"
                + "np.save('out_0.npy', np.ascontiguousarray(softmax(np.load('x.npy')\(axis)), dtype=np.float64))\n"
            spawnAndWait(runtime.python, ["-B", "-c", script])
        }
    }

    private func spawnAndWait(_ executable: String, _ arguments: [String]) {
        // The same settings the runner gives solutions, so only kkori's own work differs.
        var env = ["PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                   "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                   "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0", "PYTHONUNBUFFERED": "1"]
        for key in ["HOME", "PYTHONPATH", "PYTHONHOME", "PYTHONUSERBASE", "VIRTUAL_ENV"] { env[key] = environment[key] }
        var pid: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        guard posix_spawn(&pid, executable, nil, nil, argv, envp) == 0 else { return }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    private func pythonString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
