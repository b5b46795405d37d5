import Foundation
import Testing

/// Runs the built `kkori` binary with a private data folder, for end-to-end tests.
struct Kkori {
    let home: String

    init() throws {
        home = NSTemporaryDirectory() + "kkori-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: home)
    }

    /// Whether python3 can import numpy (the coding round's grader needs both).
    static let hasNumpy: Bool = (try? Spawn.run("python3", ["-c", "import numpy"]).status) == 0

    /// One file holding a correct numpy solution of every bundled task.
    static let solutions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/all-tasks.py").standardized.path

    /// The `kkori` binary built beside this test bundle.
    static var binary: String {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("kkori").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return "kkori"
    }

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs kkori with `arguments`, feeding `input` on standard input.
    func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["KKORI_HOME"] = home
        env["TERM"] = "dumb"
        for (key, value) in environment { env[key] = value }
        let result = try Spawn.run(Self.binary, arguments, environment: env, input: input)
        return Result(status: result.status, out: result.out, err: result.err)
    }

    /// Transcript files written so far, oldest first.
    var transcripts: [String] {
        let folder = home + "/transcripts"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { folder + "/" + $0 }
    }

    /// The `type` of every line of a transcript.
    func recordTypes(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["type"] as? String ?? "?"
        }
    }
}
