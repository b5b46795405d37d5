import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's identity for staleness checks: size and modification time.
public struct FileStamp: Sendable, Hashable {
    /// Bytes.
    public var size: Int64
    /// Modification time, nanoseconds since 1970.
    public var modified: Int64

    public init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }
}

/// Reading whole files for history: regular files only (a FIFO or device named `*.jsonl` must not
/// hang the app), never following a symbolic link, with a size cap checked before reading.
enum FileBytes {
    /// Why a file could not be read, in words for the history list.
    enum Failure: Error {
        case missing, notRegular, tooLarge(Int64), unreadable(String)

        var message: String {
            switch self {
            case .missing: "the file no longer exists"
            case .notRegular: "not a regular file"
            case .tooLarge(let size): "too large to be a kkori transcript (\(size >> 20) MiB)"
            case .unreadable(let why): "cannot be read (\(why)); check its permissions"
            }
        }
    }

    /// The stamp of a regular file at `path` (not following links), or nil.
    static func stamp(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(size: Int64(info.st_size), modified: nanoseconds(info.st_mtim))
    }

    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }

    /// The bytes of a regular file, at most `cap`, and the stamp of what was read.
    static func read(_ path: String, cap: Int, followLinks: Bool = false) throws(Failure) -> (bytes: [UInt8], stamp: FileStamp) {
        let fd = open(path, O_RDONLY | (followLinks ? 0 : O_NOFOLLOW) | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { throw .missing }
            if errno == ELOOP { throw .notRegular }
            throw .unreadable(String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegular }
        let size = Int64(info.st_size)
        guard size <= Int64(cap) else { throw .tooLarge(size) }
        let stamp = FileStamp(size: size, modified: nanoseconds(info.st_mtim))
        var bytes = [UInt8](repeating: 0, count: Int(size))
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(fd, base + filled, buffer.count - filled)
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            filled += got
        }
        if filled < bytes.count { bytes.removeSubrange(filled...) }
        return (bytes, stamp)
    }
}

extension TranscriptLoader {
    /// The bytes of a transcript named on the command line or picked in the history (a link given
    /// explicitly is followed; a FIFO or device is refused, never waited on), with the size cap.
    public static func readBytesForHistory(_ path: String) throws(StoreError) -> [UInt8] {
        do {
            return try FileBytes.read(path, cap: maxBytes, followLinks: true).bytes
        } catch .missing {
            throw StoreError("\(path) does not exist; run `kkori history` to list sessions")
        } catch {
            throw StoreError("\(path): \(error.message)")
        }
    }
}
