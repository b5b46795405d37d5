import Foundation
import KkoriCoding
import Testing
@testable import KkoriRunner

@Suite("Finding Python and numpy", .enabled(if: RunnerFixture.available, RunnerFixture.skipNote))
struct EnvironmentTests {
    @Test("no python3 on PATH is a clear error with the install command")
    func noPython() {
        do {
            _ = try PythonLocator.locate(environment: ["PATH": "/nonexistent-kkori"])
            Issue.record("expected an error")
        } catch {
            guard case .pythonMissing = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(error.description.contains("apt-get install python3"))
        }
    }

    @Test("a shell shim is resolved once to the interpreter it runs")
    func shim() throws {
        let real = try PythonRuntime.resolve(environment: ProcessInfo.processInfo.environment, isolation: .automatic).python
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kkori-shim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let shim = folder.appendingPathComponent("python3")
        try Data("#!/bin/sh\nexec \(real) \"$@\"\n".utf8).write(to: shim)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shim.path)
        let found = try PythonLocator.locate(environment: ["PATH": folder.path])
        #expect(found != shim.path)
        #expect(PythonLocator.isBinary(found))
    }

    @Test("a pyenv shim is resolved from pyenv's version files without running it")
    func pyenv() throws {
        let real = try PythonRuntime.resolve(environment: ProcessInfo.processInfo.environment, isolation: .automatic).python
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kkori-pyenv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for version in ["3.9.1", "3.12.0"] {
            let bin = root.appendingPathComponent("versions/\(version)/bin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent("python3").path,
                                                       withDestinationPath: real)
        }
        let shims = root.appendingPathComponent("shims")
        try FileManager.default.createDirectory(at: shims, withIntermediateDirectories: true)
        let shim = shims.appendingPathComponent("python3")
        try Data("#!/bin/sh\nexit 1\n".utf8).write(to: shim)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shim.path)
        try Data("3.12.0\n".utf8).write(to: root.appendingPathComponent("version"))
        let project = root.appendingPathComponent("project/src")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try Data("# pinned\n3.9.1\n".utf8).write(to: root.appendingPathComponent("project/.python-version"))
        let environment = ["PYENV_ROOT": root.path]
        #expect(PyenvShim.interpreter(for: shim.path, environment: environment, workingFolder: "/")
                == root.path + "/versions/3.12.0/bin/python3")
        #expect(PyenvShim.interpreter(for: shim.path, environment: environment, workingFolder: project.path)
                == root.path + "/versions/3.9.1/bin/python3")
        #expect(PyenvShim.interpreter(for: shim.path, environment: environment.merging(["PYENV_VERSION": "3.12.0"]) { $1 },
                                      workingFolder: project.path) == root.path + "/versions/3.12.0/bin/python3")
        #expect(PyenvShim.interpreter(for: shim.path, environment: environment.merging(["PYENV_VERSION": "system"]) { $1 },
                                      workingFolder: "/") == nil)
    }

    @Test("numpy that cannot be imported is a clear error naming the interpreter and pip")
    func noNumpy() throws {
        let fake = FileManager.default.temporaryDirectory.appendingPathComponent("kkori-nonumpy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: fake.appendingPathComponent("numpy"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: fake) }
        try Data("raise ImportError('No module named numpy')\n".utf8)
            .write(to: fake.appendingPathComponent("numpy/__init__.py"))
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONPATH"] = fake.path
        #expect(throws: RunnerError.self) { try TaskGrader(options: RunnerOptions(environment: environment)).checkEnvironment() }
        try TaskGrader().checkEnvironment()
        do {
            _ = try GradedRun.grade(RunnerFixture.correctSoftmax) { $0.environment = environment }
            Issue.record("expected an error")
        } catch let error as RunnerError {
            guard case .numpyMissing = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(error.description.contains("-m pip install numpy"))
        }
    }

    @Test("case folders of kkori processes that died are swept")
    func staleFolders() throws {
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/sh")
        dead.arguments = ["-c", "exit 0"]
        try dead.run()
        dead.waitUntilExit()
        let marker = "kkori-stale-\(UUID().uuidString)"
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(marker)
        let stale = root.appendingPathComponent("kkori-cases/case-\(dead.processIdentifier)-abcdef")
        try FileManager.default.createDirectory(at: stale.appendingPathComponent("inner"), withIntermediateDirectories: true)
        chmod(stale.appendingPathComponent("inner").path, 0)
        defer { try? FileManager.default.removeItem(at: root) }
        CaseFolder.sweepStale(in: root.appendingPathComponent("kkori-cases").path)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }
}
