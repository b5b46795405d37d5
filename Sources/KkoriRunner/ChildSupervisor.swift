#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KkoriPlatform

/// What the supervisor enforces on one child.
struct ChildLimits {
    /// Wall-clock seconds from spawn to exit.
    var wallSeconds: Double
    /// Most bytes of output before the child is stopped.
    var outputBytes: Int
    /// Most bytes of the report channel kept.
    var reportBytes = 1 << 20
    /// Bytes of output kept for showing to the candidate.
    var keptOutputBytes = 8 << 10
}

/// How a supervised child ended.
struct ChildExit {
    /// How the direct child ended.
    enum Termination: Equatable {
        /// Exited with a status code.
        case exited(Int32)
        /// Was killed by a signal.
        case signaled(Int32)
    }

    var termination: Termination
    /// Stopped at the wall-clock limit.
    var timedOut = false
    /// Stopped for printing too much.
    var outputExceeded = false
    /// The start of its output.
    var output: [UInt8] = []
    /// All bytes of output seen.
    var outputTotal = 0
    /// The report channel's bytes.
    var report: [UInt8] = []
    /// Seconds from spawn to reaping.
    var wallSeconds = 0.0
}

/// Watches a child: reads its pipes while it runs (a full pipe would block it), enforces the wall
/// time and output cap, and makes sure nothing it started survives.
enum ChildSupervisor {
    static func supervise(_ child: SpawnedChild, limits: ChildLimits, namespaced: Bool,
                          started: Double) -> ChildExit {
        var state = ReadState(child: child, limits: limits)
        var exited = false
        var exitSeen: Double?
        let deadline = started + limits.wallSeconds
        while !state.result.outputExceeded {
            if !exited { exited = hasExited(child.pid) }
            let now = Platform.monotonic()
            if exited, exitSeen == nil { exitSeen = now }
            // Pipes still open shortly after the child ended belong to a straggler: stop waiting for them.
            if exited, state.open.isEmpty || now - (exitSeen ?? now) > 0.2 { break }
            if now >= deadline {
                state.result.timedOut = !exited
                break
            }
            let wait = state.open.isEmpty ? 5 : Int32(max(1, min(100, (deadline - now) * 1000 + 1)))
            for fd in readable(state.open, timeoutMs: wait) { state.drain(fd) }
        }
        var result = state.result
        result.termination = finish(child, exited: exited, namespaced: namespaced)
        result.wallSeconds = Platform.monotonic() - started
        for fd in [child.output, child.report, child.lifeline] { close(fd) }
        return result
    }

    /// The pipes still open and what has been read from them.
    private struct ReadState {
        let child: SpawnedChild
        let limits: ChildLimits
        var open: [Int32]
        var result = ChildExit(termination: .exited(0))
        var buffer = [UInt8](repeating: 0, count: 64 << 10)

        init(child: SpawnedChild, limits: ChildLimits) {
            self.child = child
            self.limits = limits
            open = [child.output, child.report]
        }

        /// Reads what `fd` has; closes it from our side at end of file; flags output over the cap.
        mutating func drain(_ fd: Int32) {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR || errno == EAGAIN { return }
            guard count > 0 else {
                open.removeAll { $0 == fd }
                return
            }
            let bytes = buffer[0..<count]
            if fd == child.output {
                result.outputTotal += count
                result.output += bytes.prefix(max(0, limits.keptOutputBytes - result.output.count))
                result.outputExceeded = result.outputTotal > limits.outputBytes
            } else {
                result.report += bytes.prefix(max(0, limits.reportBytes - result.report.count))
            }
        }
    }

    /// The descriptors among `fds` that have data or were closed, waiting at most `timeoutMs`.
    private static func readable(_ fds: [Int32], timeoutMs: Int32) -> [Int32] {
        guard !fds.isEmpty else {
            usleep(UInt32(timeoutMs) * 1000)
            return []
        }
        var items = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let ready = poll(&items, nfds_t(items.count), timeoutMs)
        guard ready > 0 else { return [] }
        return items.filter { $0.revents != 0 }.map(\.fd)
    }

    /// Whether the child has exited, without reaping it (so its pid and group id stay reserved).
    private static func hasExited(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        let status = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
        #if os(Linux)
        return status == 0 && info._sifields._sigchld.si_pid == pid
        #else
        return status == 0 && info.si_pid == pid
        #endif
    }

    /// Kills whatever is left of the child's tree and reaps the child.
    private static func finish(_ child: SpawnedChild, exited: Bool, namespaced: Bool) -> ChildExit.Termination {
        if !exited {
            if namespaced { stopNamespace(child.pid) }
            kill(-child.pid, SIGKILL)
        } else {
            // The leader is a zombie, so its group id cannot have been reused: sweep the group.
            kill(-child.pid, SIGKILL)
        }
        var status: Int32 = 0
        while waitpid(child.pid, &status, 0) < 0, errno == EINTR {}
        return termination(status)
    }

    /// Kills the namespace's first process (which takes the namespace down) and lets `unshare` reap it
    /// before `unshare` itself is killed, so no orphan is left for init to collect.
    private static func stopNamespace(_ pid: pid_t) {
        let children = ProcessTable.children(of: pid)
        guard !children.isEmpty else { return }
        for child in children { kill(child, SIGKILL) }
        let until = Platform.monotonic() + 1
        while Platform.monotonic() < until, !hasExited(pid) { usleep(2_000) }
    }

    private static func termination(_ status: Int32) -> ChildExit.Termination {
        let signal = status & 0x7f
        if signal == 0 { return .exited((status >> 8) & 0xff) }
        return .signaled(signal)
    }
}
