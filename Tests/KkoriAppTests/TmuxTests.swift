import Foundation
import Glibc
import Testing

/// The real binary, full screen, under tmux at a fixed size: typing Korean and English, submitting,
/// feedback, resizing mid-answer, quitting and resuming — checked on screen and in the transcript.
/// The pane is polled until the expected text appears; nothing sleeps a fixed time.
@Suite("kkori full screen under tmux", .serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed"))
struct TmuxTests {
    @Test("Korean and English answers, feedback, a resize mid-answer and a tiny terminal")
    func answerResizeAndQuit() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        let tmux = try Tmux(kkori, ["interview", "--round", "technical", "--lang", "ko", "--seed", "5"])
        defer { tmux.kill() }
        try tmux.waitFor("┌ 답변")
        let korean = "과적합은 훈련 데이터에만 맞고 일반화가 안 되는 현상입니다"
        tmux.type(korean)
        try tmux.waitFor("일반화가 안 되는")
        tmux.resize(width: 60, height: 18)
        try tmux.waitFor("일반화가")
        tmux.resize(width: 20, height: 6)
        try tmux.waitFor("키워")
        tmux.resize(width: 100, height: 30)
        try tmux.waitFor(korean)
        tmux.keys("C-d")
        try tmux.waitFor("피드백")
        tmux.keys("Enter")
        try tmux.waitFor("┌ 답변")
        let english = "Regularization adds a penalty on the weights so the model prefers simpler fits"
        tmux.type(english)
        try tmux.waitFor("prefers simpler")
        tmux.keys("C-d")
        try tmux.waitFor("피드백")
        tmux.keys("C-c")
        try tmux.waitFor("종료할까요")
        tmux.keys("y")
        try tmux.waitFor("kkori resume")

        let path = try #require(kkori.transcripts.first)
        let records = try Tmux.records(path)
        let answers = records.filter { $0.type == "answered" }.compactMap { $0.data["text"] as? String }
        #expect(answers == [korean, english])
        let typed = records.filter { $0.type == "keystrokes" }
        #expect(!typed.isEmpty)
        #expect(records.last?.type == "quit")
    }

    @Test("quitting mid-answer and resuming brings back the question and the draft")
    func quitAndResume() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        let first = try Tmux(kkori, ["interview", "--round", "personality", "--lang", "en", "--seed", "2"])
        try first.waitFor("┌ Your answer")
        let question = try #require(first.capture().split(separator: "\n").dropFirst(2).first)
        let draft = "My draft 초안 answer"
        first.type(draft)
        try first.waitFor(draft)
        first.keys("C-c")
        try first.waitFor("Quit kkori?")
        first.keys("y")
        try first.waitFor("kkori resume")
        first.kill()

        let second = try Tmux(kkori, ["resume"])
        defer { second.kill() }
        try second.waitFor(draft)
        #expect(second.capture().contains(question.trimmingCharacters(in: .whitespaces)))
        second.type(" more")
        second.keys("C-d")
        try second.waitFor("Feedback")
        let path = try #require(kkori.transcripts.first)
        let records = try Tmux.records(path)
        #expect(records.contains { $0.type == "reopened" })
        let answers = records.filter { $0.type == "answered" }.compactMap { $0.data["text"] as? String }
        #expect(answers == [draft + " more"])
    }
}

/// The coding round full screen: the solution file is edited in `$EDITOR` (here a copy of a file
/// holding every task's solution), tried on the visible cases, submitted, and its results stay up
/// until the candidate goes on. Needs python3 with numpy, as the grader does.
@Suite("kkori coding round under tmux", .serialized,
       .enabled(if: Tmux.isInstalled && Kkori.hasNumpy, "needs tmux, and python3 with numpy"))
struct TmuxCodingTests {
    @Test("edit, try the visible cases, submit, read the results, go on")
    func editTrySubmit() throws {
        let kkori = try Kkori()
        defer { kkori.cleanUp() }
        let tmux = try Tmux(kkori, ["interview", "--round", "coding", "--lang", "en", "--seed", "3"],
                            environment: ["EDITOR": "cp \(Kkori.solutions)", "VISUAL": ""])
        defer { tmux.kill() }
        try tmux.waitFor("Solution file")
        try tmux.waitFor("/ 1:00:00")
        tmux.keys("r")
        try tmux.waitFor("Visible cases:", timeout: 60)
        #expect(!tmux.capture().contains("(accepted)"), "the starter file does not solve the task")
        tmux.keys("e")
        tmux.keys("r")
        try tmux.waitFor("passed (accepted)", timeout: 60)
        tmux.keys("s")
        try tmux.waitFor("Submitted, all cases:", timeout: 180)
        let results = tmux.capture()
        #expect(results.contains("(accepted)"))
        #expect(results.contains("kkori's kernel"), "the speed against the kernel is shown")
        #expect(results.contains("question 1 of 2"), "the results stay up until Enter")
        tmux.keys("Enter")
        try tmux.waitFor("question 2 of 2")
        tmux.keys("C-o")
        try tmux.waitFor("round finished")

        let path = try #require(kkori.transcripts.first)
        let graded = try Tmux.records(path).filter { $0.type == "task-graded" }
        let runs = graded.map { ($0.data["verdict"] as? String ?? "", $0.data["visibleOnly"] as? Bool ?? false) }
        #expect(runs.count == 4)
        #expect(runs.map(\.1) == [true, true, false, false])
        #expect(runs.dropFirst().map(\.0) == ["accepted", "accepted", "skipped"])
        #expect(runs.first?.0 != "accepted")
    }
}

/// A tmux server of its own (a private socket), one session running kkori in an 80×24 pane.
final class Tmux {
    let socket: String
    let session = "kkori"

    static var isInstalled: Bool { executable != nil }

    static var executable: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Starts `kkori arguments` in a new 80×24 session; the pane stays after kkori exits, showing
    /// what it printed.
    init(_ kkori: Kkori, _ arguments: [String], environment extra: [String: String] = [:]) throws {
        socket = "kkori-test-\(UUID().uuidString.prefix(8))"
        let command = ([Kkori.binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let settings = ["KKORI_HOME": kkori.home, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"].merging(extra) { $1 }
        let environment = settings.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        try run(["new-session", "-d", "-s", session, "-x", "80", "-y", "24",
                 "env \(environment) \(command); echo '[exited]'; sleep 600"], capture: false)
    }

    /// The pane's text now.
    func capture() -> String {
        (try? run(["capture-pane", "-p", "-t", session])) ?? ""
    }

    /// Polls the pane until `text` shows, or fails after `timeout` seconds with the pane's content.
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = capture()
            if screen.contains(text) { return }
            usleep(30_000)
        }
        Issue.record("\"\(text)\" did not appear within \(timeout) s; the pane shows:\n\(screen)",
                     sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    /// Types text literally (as an input method commits it).
    func type(_ text: String) {
        _ = try? run(["send-keys", "-t", session, "-l", text])
    }

    /// Presses named keys (`C-d`, `Enter`).
    func keys(_ names: String...) {
        _ = try? run(["send-keys", "-t", session] + names)
    }

    func resize(width: Int, height: Int) {
        _ = try? run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    func kill() {
        _ = try? run(["kill-server"])
    }

    /// Runs a tmux command and returns what it printed. Spawned and reaped directly: the server a new
    /// session starts is a daemon that keeps the starting client's descriptors, so a new session's
    /// output goes to /dev/null instead of a pipe that would never reach its end.
    @discardableResult
    private func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let argv = [Self.executable ?? "tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw TmuxTimeout() }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        // A clean signal mask and default handlers: the test runner blocks signals, and a tmux server
        // (and the panes it starts) inheriting that could never be hung up or killed.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, environ)
        close(fds[1])
        defer { close(fds[0]) }
        guard spawned == 0 else { throw TmuxTimeout() }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while capture {
            let count = read(fds[0], &chunk, chunk.count)
            if count <= 0 { break }
            output += chunk[0..<count]
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    /// The records of a transcript: type and data.
    static func records(_ path: String) throws -> [(type: String, data: [String: Any])] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return (object["type"] as? String ?? "?", object["data"] as? [String: Any] ?? [:])
        }
    }
}

struct TmuxTimeout: Error {}
