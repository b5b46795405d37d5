import Foundation
import KkoriEngine
import KkoriTranscript

/// An open transcript, appended to one synced line at a time.
///
/// A failed write or sync is never retried on the same descriptor (after a failed `fsync` the kernel
/// may have dropped the dirty pages): the file is marked failed and the caller keeps the session in
/// memory and offers to save it elsewhere.
public final class TranscriptFile {
    /// The file's path.
    public let path: String
    private var fd: Int32
    /// The next sequence number.
    public private(set) var nextSeq: Int
    /// Set after a write or sync failed; nothing more is written.
    public private(set) var failure: StoreError?

    private init(path: String, fd: Int32, nextSeq: Int) {
        self.path = path
        self.fd = fd
        self.nextSeq = nextSeq
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Creates a new transcript file (mode 0600) in `folder` (created with mode 0700).
    public static func create(in folder: String, name: String) throws(StoreError) -> TranscriptFile {
        try DataFolder.ensure(folder)
        let path = folder + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError("cannot create \(path): \(StoreError.reason(errno)); check the folder is writable (or set KKORI_HOME)")
        }
        return TranscriptFile(path: path, fd: fd, nextSeq: 1)
    }

    /// Opens an existing transcript to continue it: reads it, cuts a torn or damaged tail back to the
    /// last valid line (so the next write can never merge into it), and positions at the end.
    public static func reopen(_ path: String) throws(StoreError) -> (TranscriptFile, TranscriptContents) {
        let contents = try TranscriptLoader.load(path)
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else {
            throw StoreError("cannot write to \(path): \(StoreError.reason(errno)); check its permissions")
        }
        if contents.damage != nil {
            guard ftruncate(fd, off_t(contents.validLength)) == 0, fdatasync(fd) == 0 else {
                let reason = StoreError.reason(errno)
                close(fd)
                throw StoreError("cannot repair \(path): \(reason); copy it and try again")
            }
        }
        return (TranscriptFile(path: path, fd: fd, nextSeq: contents.entries.count + 1), contents)
    }

    /// Appends one record with a single `write`, then `fdatasync`. Returns the entry written.
    @discardableResult
    public func append(_ record: SessionRecord, at time: Double) throws(StoreError) -> TranscriptEntry {
        if let failure { throw failure }
        let entry = TranscriptEntry(seq: nextSeq, time: time, record: record)
        let line = TranscriptFormat.encode(entry)
        let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == line.count else {
            let why = written < 0 ? StoreError.reason(errno) : "short write (disk full?)"
            throw fail("cannot write to \(path): \(why)")
        }
        guard fdatasync(fd) == 0 else {
            throw fail("cannot save \(path) to disk: \(StoreError.reason(errno))")
        }
        nextSeq += 1
        return entry
    }

    /// Marks the file failed (the descriptor is closed, never reused) and returns the error to throw.
    private func fail(_ message: String) -> StoreError {
        let error = StoreError(message + "; the session is kept in memory")
        failure = error
        close(fd)
        fd = -1
        return error
    }
}

/// Reads transcript files with a size cap.
public enum TranscriptLoader {
    /// Largest transcript read (a very long session is a few MiB).
    public static let maxBytes = 256 << 20

    /// Reads and parses `path`.
    public static func load(_ path: String) throws(StoreError) -> TranscriptContents {
        let bytes = try readBytes(path)
        do {
            return try TranscriptReader.read(bytes)
        } catch {
            throw StoreError("\(path): \(error)")
        }
    }

    static func readBytes(_ path: String) throws(StoreError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw StoreError(exists ? "\(path): cannot be read; check its permissions"
                                    : "\(path) does not exist; run `kkori history` to list sessions")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
        if data.count > maxBytes {
            throw StoreError("\(path) is larger than \(maxBytes >> 20) MiB; it is not a kkori transcript")
        }
        return Array(data)
    }
}

/// The data folder and its transcripts folder.
public enum DataFolder {
    /// Creates `path` (and parents) with mode 0700 if missing, and checks it is a writable folder.
    public static func ensure(_ path: String) throws(StoreError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw StoreError("\(path) is a file, not a folder; move it or set KKORI_HOME") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError("cannot create \(path): \(error.localizedDescription); set KKORI_HOME to a writable folder")
        }
        chmod(path, 0o700)
    }

    /// The transcripts folder under the data folder.
    public static func transcripts(_ dataFolder: String) -> String {
        dataFolder + "/transcripts"
    }
}
