import Foundation
import KkoriEngine

/// Why reading stopped before the end of the file.
public enum TranscriptDamage: Sendable, Hashable, CustomStringConvertible {
    /// The last line has no newline: a write was cut short (a crash or kill). Safe to cut.
    case tornTail(line: Int)
    /// A complete line fails its checksum, is not JSON, or breaks the sequence.
    case corruptLine(line: Int, reason: String)

    public var description: String {
        switch self {
        case .tornTail(let line): "line \(line) was cut off mid-write"
        case .corruptLine(let line, let reason): "line \(line) is damaged (\(reason))"
        }
    }
}

/// What a transcript file holds.
public struct TranscriptContents: Sendable {
    /// Every valid entry before any damage.
    public var entries: [TranscriptEntry]
    /// Byte length of the valid prefix: truncate to this before appending.
    public var validLength: Int
    /// Why reading stopped early, if it did.
    public var damage: TranscriptDamage?
    /// Lines after the damage that were not read.
    public var ignoredLines: Int
}

/// Errors that make a transcript unusable as a whole.
public enum TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Written by a newer kkori with a schema this build doesn't know.
    case futureVersion(Int)
    /// The file is empty or its first line is unusable.
    case empty

    public var description: String {
        switch self {
        case .futureVersion(let v):
            "it was written by a newer kkori (transcript format \(v), this build reads \(TranscriptFormat.version)); update kkori"
        case .empty: "it holds no readable records"
        }
    }
}

/// Reads transcript bytes, keeping the valid prefix. Pure: the caller reads the file.
public enum TranscriptReader {
    private struct Header: Decodable {
        var v: Int
        var seq: Int
        var t: Double
    }

    /// Parses `bytes`; throws only when the file is from the future.
    public static func read(_ bytes: [UInt8]) throws(TranscriptError) -> TranscriptContents {
        var entries: [TranscriptEntry] = []
        var start = 0
        var lineNumber = 0
        let decoder = JSONDecoder()
        while start < bytes.count {
            lineNumber += 1
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                return TranscriptContents(entries: entries, validLength: start, damage: .tornTail(line: lineNumber),
                                          ignoredLines: 0)
            }
            let line = bytes[start..<newline]
            switch decodeLine(line, expectedSeq: entries.count + 1, decoder: decoder) {
            case .success(let entry):
                entries.append(entry)
                start = newline + 1
            case .failure(let failure):
                if case .future(let v) = failure { throw .futureVersion(v) }
                let rest = bytes[(newline + 1)...].split(separator: 0x0A, omittingEmptySubsequences: true).count
                return TranscriptContents(entries: entries, validLength: start,
                                          damage: .corruptLine(line: lineNumber, reason: failure.reason),
                                          ignoredLines: rest)
            }
        }
        return TranscriptContents(entries: entries, validLength: start, damage: nil, ignoredLines: 0)
    }

    enum LineFailure: Error {
        case checksum, notJSON(String), sequence(Int), future(Int)

        var reason: String {
            switch self {
            case .checksum: "checksum mismatch"
            case .notJSON(let why): "unreadable record: \(why)"
            case .sequence(let seq): "sequence number \(seq) out of order"
            case .future(let v): "format \(v)"
            }
        }
    }

    static func decodeLine(_ line: ArraySlice<UInt8>, expectedSeq: Int,
                           decoder: JSONDecoder) -> Result<TranscriptEntry, LineFailure> {
        let marker = TranscriptFormat.crcMarker
        let tailLength = marker.count + 8 + 2
        guard line.count > tailLength else { return .failure(.checksum) }
        let bodyEnd = line.endIndex - tailLength
        guard Array(line[bodyEnd..<(bodyEnd + marker.count)]) == marker,
              let stored = String(bytes: line[(bodyEnd + marker.count)..<(bodyEnd + marker.count + 8)], encoding: .ascii),
              stored == CRC32.hex(CRC32.checksum(line[line.startIndex..<bodyEnd])) else {
            return .failure(.checksum)
        }
        let data = Data(line)
        guard let header = try? decoder.decode(Header.self, from: data) else { return .failure(.notJSON("header")) }
        if header.v > TranscriptFormat.version { return .failure(.future(header.v)) }
        guard header.seq == expectedSeq else { return .failure(.sequence(header.seq)) }
        do {
            let record = try decoder.decode(SessionRecord.self, from: data)
            return .success(TranscriptEntry(seq: header.seq, time: header.t, record: record))
        } catch {
            return .failure(.notJSON(String(describing: error).prefix(80).description))
        }
    }
}
