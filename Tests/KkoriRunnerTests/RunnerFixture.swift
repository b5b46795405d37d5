import Foundation
import KkoriCoding
import KkoriKernel
import KkoriScenario
import Testing
@testable import KkoriRunner

/// Shared set-up of the runner tests: whether python3 and numpy exist, a small task, a private
/// temporary root per test, and the checks that nothing is left behind.
enum RunnerFixture {
    /// Why the runner tests cannot run here, or nil when python3 with numpy is available.
    static let unavailableReason: String? = {
        do {
            let runtime = try PythonRuntime.resolve(environment: ProcessInfo.processInfo.environment, isolation: .automatic)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: runtime.python)
            process.arguments = ["-c", "import numpy"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0 ? nil
                : "numpy is missing for \(runtime.python): install it (apt-get install python3-numpy) to run the runner tests"
        } catch {
            return "python3 not found: install python3 and numpy (apt-get install python3-numpy) to run the runner tests; \(error)"
        }
    }()

    static var available: Bool { unavailableReason == nil }
    static var skipNote: Comment { Comment(rawValue: unavailableReason ?? "") }

    /// Whether this system gives solutions private namespaces.
    static var isolated: Bool {
        (try? PythonRuntime.resolve(environment: ProcessInfo.processInfo.environment, isolation: .automatic))?
            .sandbox.isolated ?? false
    }

    /// A softmax task with one small visible and one small hidden case.
    static let softmax = CodingTask(
        id: "softmax-test", title: Localized(ko: "소프트맥스", en: "Softmax"), statement: Localized(ko: "-", en: "-"),
        reference: .softmax, signature: Reference.softmax.signature, starter: "",
        visibleCases: [CaseSpec(name: "rows", visible: true, seed: 1, shapes: ["x": [2, 5]])],
        hiddenCases: [CaseSpec(name: "columns", visible: false, seed: 2, shapes: ["x": [3, 4]], integers: ["axis": 0])])

    static let correctSoftmax = """
        import numpy as np

        def softmax(x, axis=-1):
            e = np.exp(x - x.max(axis=axis, keepdims=True))
            return e / e.sum(axis=axis, keepdims=True)
        """
}

/// One graded solution in its own temporary root, with the checks that it left nothing behind.
struct GradedRun {
    let result: TaskResult
    let root: URL
    let marker: String

    /// The only case's result (the tests mostly run one case).
    var first: CaseResult { result.cases.first ?? CaseResult(name: "-", visible: true, verdict: .accepted, seconds: 0) }

    /// Grades `source` for `task` with short limits, in a fresh temporary root.
    static func grade(_ source: String, task: CodingTask = RunnerFixture.softmax, visibleOnly: Bool = true,
                      seconds: Double = 30, options: (inout RunnerOptions) -> Void = { _ in }) throws -> GradedRun {
        let marker = "kkori-test-" + UUID().uuidString.lowercased()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(marker)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let file = root.appendingPathComponent("solution.py")
        try Data(source.utf8).write(to: file)
        var settings = RunnerOptions(caseSeconds: seconds, temporaryRoot: root.path)
        options(&settings)
        do {
            let result = try TaskGrader(options: settings).grade(task, solution: file.path, visibleOnly: visibleOnly)
            return GradedRun(result: result, root: root, marker: marker)
        } catch {
            try? FileManager.default.removeItem(at: root)
            throw error
        }
    }

    /// No case folder remains and no process mentions this run; then the root is removed.
    func expectClean(sourceLocation: SourceLocation = #_sourceLocation) {
        let cases = root.appendingPathComponent("kkori-cases").path
        let left = (try? FileManager.default.contentsOfDirectory(atPath: cases)) ?? []
        #expect(left.isEmpty, "case folders left behind: \(left)", sourceLocation: sourceLocation)
        let survivors = Self.processes(mentioning: marker)
        #expect(survivors.isEmpty, "processes left behind: \(survivors)", sourceLocation: sourceLocation)
        try? FileManager.default.removeItem(at: root)
    }

    /// Pids whose command line contains `text`.
    static func processes(mentioning text: String) -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap(Int32.init).filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: data, as: UTF8.self).contains(text)
        }
    }
}
