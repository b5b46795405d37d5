import Foundation
import KkoriEngine
import KkoriTranscript

/// One valid line of a transcript, as the scanner hands it over.
public struct ScannedLine: Sendable {
    /// 1-based sequence number.
    public var seq: Int
    /// Wall time of the record.
    public var time: Double
    /// The record; nil for a typing record the caller asked to skip.
    public var record: SessionRecord?
}

/// What a scan found besides the lines: where the valid prefix ends and why.
public struct ScanOutcome: Sendable {
    /// Valid lines seen (skipped typing records included).
    public var lines: Int
    /// Byte length of the valid prefix.
    public var validLength: Int
    /// Why reading stopped early, if it did.
    public var damage: TranscriptDamage?
    /// Lines after the damage that were not read.
    public var ignoredLines: Int
}

/// Reads transcript bytes with the same rules as `TranscriptReader` (checksum, consecutive sequence
/// numbers, newer formats refused, the valid prefix kept), but faster where history needs it: the
/// checksum runs eight bytes at a time, the line header is read by hand, typing records are decoded
/// by a dedicated parser or skipped altogether, and anything unusual falls back to `JSONDecoder`.
public enum TranscriptScanner {
    static let crcMarker = Array(#","crc":""#.utf8)
    static let tailLength = crcMarker.count + 8 + 2

    /// Scans `bytes`, calling `visit` for each valid line in order. Throws only for a newer format.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, keystrokes: Bool,
                            visit: (ScannedLine) -> Void) throws(TranscriptError) -> ScanOutcome {
        var start = 0
        var lineNumber = 0
        let decoder = JSONDecoder()
        while start < bytes.count {
            lineNumber += 1
            guard let newline = nextNewline(bytes, from: start) else {
                return ScanOutcome(lines: lineNumber - 1, validLength: start, damage: .tornTail(line: lineNumber),
                                   ignoredLines: 0)
            }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<newline])
            switch LineDecoder.decode(line, expectedSeq: lineNumber, keystrokes: keystrokes, decoder: decoder) {
            case .success(let scanned):
                visit(scanned)
                start = newline + 1
            case .failure(.future(let version)):
                throw .futureVersion(version)
            case .failure(let failure):
                return ScanOutcome(lines: lineNumber - 1, validLength: start,
                                   damage: .corruptLine(line: lineNumber, reason: failure.reason),
                                   ignoredLines: countLines(bytes, from: newline + 1))
            }
        }
        return ScanOutcome(lines: lineNumber, validLength: start, damage: nil, ignoredLines: 0)
    }

    /// Every valid entry of `bytes` (typing records decoded), like `TranscriptReader.read`. Lines are
    /// checked in order, then their records are decoded on every core (see `ParallelScan`).
    public static func entries(_ bytes: [UInt8]) throws(TranscriptError) -> (entries: [TranscriptEntry], outcome: ScanOutcome) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(TranscriptError) -> ([TranscriptEntry], ScanOutcome) in
            try ParallelScan.entries(buffer)
        }
    }

    static func nextNewline(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Non-empty lines from `start` to the end.
    static func countLines(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var count = 0
        var position = start
        while position < bytes.count {
            let end = nextNewline(bytes, from: position) ?? bytes.count
            if end > position { count += 1 }
            position = end + 1
        }
        return count
    }
}
