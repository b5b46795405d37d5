import Foundation
import KkoriCoding
import Testing
@testable import KkoriRunner

/// Solutions that try to hang, exhaust or escape: each gets its verdict within its limit and leaves
/// no process and no temporary file behind. Limits are short so the suite stays quick.
@Suite("Hostile solutions are contained", .enabled(if: RunnerFixture.available, RunnerFixture.skipNote))
struct HostileTests {
    /// Generous slack over the limit for a loaded machine: the point is that the case stops, not how fast.
    static let slack = 5.0

    @Test("an infinite loop times out at the limit", arguments: [Isolation.automatic, .limitsOnly])
    func infiniteLoop(isolation: Isolation) throws {
        let run = try GradedRun.grade("def softmax(x, axis=-1):\n    while True:\n        pass\n", seconds: 2) {
            $0.isolation = isolation
        }
        #expect(run.first.verdict == .timeout)
        #expect(run.first.seconds >= 2 && run.first.seconds < 2 + Self.slack)
        run.expectClean()
    }

    @Test("a 100-second sleep times out at the limit")
    func longSleep() throws {
        let run = try GradedRun.grade("import time\ndef softmax(x, axis=-1):\n    time.sleep(100)\n", seconds: 2)
        #expect(run.first.verdict == .timeout)
        #expect(run.first.seconds < 2 + Self.slack)
        run.expectClean()
    }

    @Test("a 20 GB allocation hits the memory limit", arguments: [Isolation.automatic, .limitsOnly])
    func hugeAllocation(isolation: Isolation) throws {
        let source = "import numpy as np\ndef softmax(x, axis=-1):\n    big = np.ones(20 * 2**30 // 8)\n    return big\n"
        let run = try GradedRun.grade(source, seconds: 10) { $0.isolation = isolation }
        #expect(run.first.verdict == .memoryLimit, "\(run.first)")
        #expect(run.first.detail?.contains("MiB") == true)
        run.expectClean()
    }

    @Test("a fork loop is refused by the system-call filter", arguments: [Isolation.automatic, .limitsOnly])
    func forkLoop(isolation: Isolation) throws {
        let source = "import os\ndef softmax(x, axis=-1):\n    while True:\n        os.fork()\n"
        let run = try GradedRun.grade(source, seconds: 5) { $0.isolation = isolation }
        #expect(run.first.verdict == .exception)
        #expect(run.first.detail?.contains("PermissionError") == true, "\(run.first)")
        run.expectClean()
    }

    @Test("without the filter, children that call setsid still die with the case (process namespace)",
          .enabled(if: RunnerFixture.isolated, "no process namespace on this system: the filter alone stops forks"))
    func setsidGrandchildren() throws {
        let marker = "kkori-orphan-" + UUID().uuidString.lowercased()
        let source = """
            import os, sys, time
            def softmax(x, axis=-1):
                for _ in range(3):
                    if os.fork() == 0:
                        os.setsid()
                        if os.fork() == 0:
                            os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(100)", "\(marker)"])
                        time.sleep(100)
                time.sleep(100)
            """
        let run = try GradedRun.grade(source, seconds: 3) { $0.filterSystemCalls = false }
        #expect(run.first.verdict == .timeout)
        #expect(GradedRun.processes(mentioning: marker).isEmpty)
        run.expectClean()
    }

    @Test("200 MB of output is cut at the output cap", arguments: [Isolation.automatic, .limitsOnly])
    func floodOutput(isolation: Isolation) throws {
        let source = "def softmax(x, axis=-1):\n    line = 'x' * 99\n    for _ in range(2_000_000):\n        print(line)\n"
        let run = try GradedRun.grade(source, seconds: 20) { $0.isolation = isolation }
        #expect(run.first.verdict == .outputLimit)
        run.expectClean()
    }

    @Test("a socket cannot be opened", arguments: [true, false])
    func socket(filtered: Bool) throws {
        let source = """
            import socket
            def softmax(x, axis=-1):
                s = socket.create_connection(("1.1.1.1", 53), timeout=2)
                return x
            """
        if !filtered && !RunnerFixture.isolated { return }
        let run = try GradedRun.grade(source, seconds: 10) { $0.filterSystemCalls = filtered }
        #expect(run.first.verdict == .exception, "\(run.first)")
        run.expectClean()
    }

    @Test("the case folder holds only the inputs, and kkori's other folders are hidden",
          .enabled(if: RunnerFixture.isolated, "no mount namespace on this system: folders cannot be hidden"))
    func filesOutside() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("kkori-secret-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: secret, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: secret) }
        try Data("expected".utf8).write(to: secret.appendingPathComponent("answers.npy"))
        let source = RunnerFixture.correctSoftmax + """

            import os
            _correct = softmax
            def softmax(x, axis=-1):
                here = sorted(os.listdir("."))
                parent = os.listdir(os.path.dirname(os.getcwd()))
                seen = os.listdir("\(secret.path)")
                if here != ["solution.py", "x.npy"] or parent or seen:
                    raise RuntimeError("saw %r %r %r" % (here, parent, seen))
                return _correct(x, axis)
            """
        let run = try GradedRun.grade(source, seconds: 10) { $0.hiddenPaths = [secret.path] }
        #expect(run.first.verdict == .accepted, "\(run.first)")
        run.expectClean()
    }

    @Test("kkori's death ends the solution: the harness exits when its lifeline closes")
    func lifeline() throws {
        let runtime = try PythonRuntime.resolve(environment: ProcessInfo.processInfo.environment, isolation: .automatic)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kkori-life-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let options = RunnerOptions(temporaryRoot: root.path)
        let source = Array("import time\ndef softmax(x, axis=-1):\n    time.sleep(100)\n".utf8)
        let context = RunContext(task: RunnerFixture.softmax, source: source, display: "s.py", runtime: runtime,
                                 options: options)
        let spec = RunnerFixture.softmax.visibleCases[0]
        let folder = try CaseFolder.create(in: options.casesRoot)
        defer { folder.remove() }
        let inputs = RunnerFixture.softmax.reference.generate(spec)
        try folder.write("solution.py", source)
        for file in inputs.files() { try folder.write(file.name, file.bytes) }
        let command = CaseRunner(context: context).command(folder: folder, inputs: inputs, limits: CaseLimits(seconds: 60))
        let child = try Spawner.spawn(command.executable, arguments: command.arguments, environment: command.environment,
                                      directory: folder.path)
        usleep(1_500_000)
        close(child.lifeline)
        var status: Int32 = 0
        var ended = false
        for _ in 0..<200 where !ended {
            ended = waitpid(child.pid, &status, WNOHANG) == child.pid
            if !ended { usleep(50_000) }
        }
        if !ended {
            kill(-child.pid, SIGKILL)
            waitpid(child.pid, &status, 0)
        }
        close(child.output)
        close(child.report)
        #expect(ended, "the harness kept running after its lifeline closed")
    }
}
