#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A started child with the parent's ends of its pipes.
struct SpawnedChild {
    /// The child's pid (also its process group and session id).
    let pid: pid_t
    /// Read end of the child's merged standard output and error.
    let output: Int32
    /// Read end of the harness's report channel (the child's fd 4).
    let report: Int32
    /// Write end of the lifeline (the child's fd 3): closing it tells the harness kkori is gone.
    let lifeline: Int32
}

/// Starts processes with `posix_spawn`: a new session (so the whole group can be killed), default
/// signal handling, standard input from /dev/null, and only the descriptors it is given.
enum Spawner {
    /// Starts `executable` (an absolute path; no shell, no PATH search) with the pipes wired to
    /// fds 1 and 2 (output), 3 (lifeline) and 4 (report).
    static func spawn(_ executable: String, arguments: [String], environment: [String: String],
                      directory: String?) throws(RunnerError) -> SpawnedChild {
        let output = try pipePair(), report = try pipePair(), lifeline = try pipePair()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, output.write, 2)
        posix_spawn_file_actions_adddup2(&actions, lifeline.read, 3)
        posix_spawn_file_actions_adddup2(&actions, report.write, 4)
        if let closeFrom = GNUSpawn.closeFrom { _ = closeFrom(&actions, 5) }
        if let directory, let changeDirectory = GNUSpawn.changeDirectory { _ = changeDirectory(&actions, directory) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        configure(&attributes)
        var pid: pid_t = 0
        let argv = [executable] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }.sorted()
        let status = withCStrings(argv) { cArgs in
            withCStrings(envp) { cEnv in posix_spawn(&pid, executable, &actions, &attributes, cArgs, cEnv) }
        }
        for fd in [output.write, report.write, lifeline.read] { close(fd) }
        guard status == 0 else {
            for fd in [output.read, report.read, lifeline.write] { close(fd) }
            throw .spawnFailed(executable, errno: status)
        }
        return SpawnedChild(pid: pid, output: output.read, report: report.read, lifeline: lifeline.write)
    }

    /// New session, every signal at its default action and none blocked (ignored signals would
    /// otherwise be inherited through exec).
    private static func configure(_ attributes: inout posix_spawnattr_t) {
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        #if os(Linux)
        let newSession = GNUSpawn.setsidFlag
        #else
        let newSession = Int16(POSIX_SPAWN_SETPGROUP)
        #endif
        posix_spawnattr_setflags(&attributes, newSession | Int16(POSIX_SPAWN_SETSIGDEF) | Int16(POSIX_SPAWN_SETSIGMASK))
    }

    /// A close-on-exec pipe whose descriptors are above the ones the child's are mapped to.
    private static func pipePair() throws(RunnerError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw .spawnFailed("pipe", errno: errno) }
        let high = fds.map { fd -> Int32 in
            let moved = fcntl(fd, F_DUPFD_CLOEXEC, 10)
            close(fd)
            return moved
        }
        guard high[0] >= 0, high[1] >= 0 else {
            for fd in high where fd >= 0 { close(fd) }
            throw .spawnFailed("pipe", errno: errno)
        }
        return (high[0], high[1])
    }

    /// Runs `body` with a NULL-terminated C array of the strings.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}

/// glibc's spawn extensions, which the Swift Glibc module does not import: looked up at run time so
/// kkori still runs (with close-on-exec alone) where they are missing.
enum GNUSpawn {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias ChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>,
                                                UnsafePointer<CChar>) -> Int32

    /// `POSIX_SPAWN_SETSID` (glibc 2.26+, musl): start the child in a new session.
    static let setsidFlag: Int16 = 0x80

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34+): close every inherited fd from n up.
    static let closeFrom: CloseFrom? = symbol("posix_spawn_file_actions_addclosefrom_np")

    /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29+): start in a given folder.
    static let changeDirectory: ChangeDirectory? = symbol("posix_spawn_file_actions_addchdir_np")

    private static func symbol<T>(_ name: String) -> T? {
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(address, to: T.self)
    }
}
