import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with posix_spawn and waitpid, its standard streams in files.
///
/// Foundation's `Process` watches for child exits through a shared SIGCHLD monitor, and in a test
/// run where many suites spawn and reap processes at once it was seen to miss an exit and wait
/// forever; waiting on the exact pid cannot miss it, and files instead of pipes cannot fill up.
enum Spawn {
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `program` (a path, or a name looked up in PATH) with `arguments`, feeding `input`.
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
                    input: String = "") throws -> Result {
        let folder = NSTemporaryDirectory() + "kkori-spawn-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inPath = folder + "/in", outPath = folder + "/out", errPath = folder + "/err"
        try Data(input.utf8).write(to: URL(fileURLWithPath: inPath))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let pairs = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = pairs.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawnp(&pid, program, &actions, nil, argv, envp)
        guard started == 0 else { throw Failure(description: "cannot start \(program): \(String(cString: strerror(started)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7f
        let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        let out = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let err = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return Result(status: code, out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self))
    }
}
