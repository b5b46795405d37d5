import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The index file, deleting sessions, and finding a transcript from a command-line argument.
extension HistoryStore {
    /// Largest index read: far more than 100,000 sessions' worth; anything bigger is not ours.
    static let maxIndexBytes = 512 << 20

    /// The summaries the index holds, by file name; empty when it is missing or unusable.
    func loadIndex(details: Bool = true) -> [String: SessionSummary] {
        guard let (bytes, _) = try? FileBytes.read(indexPath, cap: Self.maxIndexBytes),
              let summaries = IndexFormat.decode(bytes, details: details) else { return [:] }
        return Dictionary(summaries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Replaces the index with `summaries`: written to a private temporary file, then renamed over the
    /// old one, so a reader never sees half an index. Returns whether it was written.
    func writeIndex(_ summaries: [SessionSummary]) -> Bool {
        let bytes = Array(IndexFormat.encode(summaries.sorted { $0.name < $1.name }).utf8)
        let temporary = folder + "/.\(Self.indexName).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return write(fd, base + written, buffer.count - written)
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            written += n
        }
        close(fd)
        guard written == bytes.count, rename(temporary, indexPath) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Deletes the transcript `name` (a file name in the folder, nothing else) and updates the index.
    /// The caller has asked the user first.
    public func delete(_ name: String) throws(StoreError) {
        guard Self.isTranscriptName(name) else {
            throw StoreError("'\(name)' is not a transcript name; pick a session from `kkori history`")
        }
        guard unlink(path(of: name)) == 0 else {
            throw StoreError("cannot delete \(path(of: name)): \(StoreError.reason(errno))")
        }
        _ = open()
    }

    /// A plain `*.jsonl` file name: no folder part, not hidden.
    public static func isTranscriptName(_ name: String) -> Bool {
        name.hasSuffix(".jsonl") && !name.contains("/") && !name.hasPrefix(".") && name.count > 6
    }

    /// The transcript a command-line argument means: an existing path as given, else a file name (with
    /// or without `.jsonl`) in the transcripts folder. Nil when neither exists.
    public func locate(_ argument: String) -> String? {
        let candidates = [argument, path(of: argument), path(of: argument + ".jsonl")]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}
