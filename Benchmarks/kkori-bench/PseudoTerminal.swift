import Foundation
import KkoriPlatform

/// A child process on a pseudo-terminal, driven like a user would: for timing the real binary from
/// exec to its first frame and measuring its peak memory over a whole session.
final class PseudoTerminal {
    let master: Int32
    let pid: pid_t
    private(set) var output: [UInt8] = []

    /// Starts `path` with `arguments` on a new pseudo-terminal (the terminal type's default size).
    init?(path: String, arguments: [String], environment: [String: String]) {
        guard let master = Self.openMaster() else { return nil }
        let slave = master.slave
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, slave, fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        posix_spawn_file_actions_addclose(&actions, master.fd)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Self.spawnNewSession)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawn(&child, path, &actions, &attributes, argv, envp) == 0 else { return nil }
        self.master = master.fd
        pid = child
    }

    /// glibc's POSIX_SPAWN_SETSID: the child leads a new session, so the pseudo-terminal becomes its
    /// controlling terminal (the flag's name is hidden behind feature macros Swift does not set).
    static let spawnNewSession: Int16 = 0x80

    /// Opens a pseudo-terminal master and names its slave. The pty functions are looked up at run
    /// time: Swift's C library module hides them behind `_XOPEN_SOURCE`.
    static func openMaster() -> (fd: Int32, slave: String)? {
        typealias IntOfInt = @convention(c) (Int32) -> Int32
        typealias NameOfInt = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        let handle = dlopen(nil, RTLD_NOW)
        guard let open = dlsym(handle, "posix_openpt"), let grant = dlsym(handle, "grantpt"),
              let unlock = dlsym(handle, "unlockpt"), let name = dlsym(handle, "ptsname") else { return nil }
        let fd = unsafeBitCast(open, to: IntOfInt.self)(O_RDWR | O_NOCTTY)
        guard fd >= 0, unsafeBitCast(grant, to: IntOfInt.self)(fd) == 0,
              unsafeBitCast(unlock, to: IntOfInt.self)(fd) == 0,
              let path = unsafeBitCast(name, to: NameOfInt.self)(fd) else { return nil }
        return (fd, String(cString: path))
    }

    /// Reads output until `text` shows up (escape sequences ignored); returns the seconds it took,
    /// or nil on timeout.
    func wait(for text: String, timeout: Double) -> Double? {
        let start = Platform.monotonic()
        let needle = Array(text.utf8)
        while Platform.monotonic() - start < timeout {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 20) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = read(master, &chunk, chunk.count)
            guard count > 0 else { return nil }
            output += chunk[0..<count]
            if Self.visible(output[...]).contains(needle) { return Platform.monotonic() - start }
        }
        return nil
    }

    /// Sends bytes as if typed.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for the child to end; returns its peak resident memory in bytes.
    func finish() -> Int {
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        close(master)
        return usage.ru_maxrss * 1024
    }

    /// The bytes without escape sequences, so text split by attribute changes still matches.
    static func visible(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x1B {
                index += 1
                guard index < bytes.endIndex else { break }
                switch bytes[index] {
                case UInt8(ascii: "["):
                    index += 1
                    while index < bytes.endIndex, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                case UInt8(ascii: "("), UInt8(ascii: ")"): index += 1     // character set: one more byte
                default: break
                }
                index += 1
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return out
    }
}

extension Array where Element == UInt8 {
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return needle.isEmpty }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if Array(self[start..<start + needle.count]) == needle { return true }
        }
        return false
    }
}
