import Foundation
import KkoriEngine
import KkoriTranscript

/// Reading a whole transcript for replay in three passes, with the same result as reading it line by
/// line: (1) in order, every line's checksum, version and sequence number, up to the first bad one;
/// (2) the records of the good lines decoded on every core, the JSON decoder being most of the cost;
/// (3) in order again, the first record that failed to decode ends the valid prefix.
enum ParallelScan {
    /// A line that passed its checks.
    struct Line {
        var range: Range<Int>
        var header: LineDecoder.CheckedHeader
    }

    /// Where the first pass stopped, when it did not reach the end cleanly.
    enum Stop {
        case torn(line: Int, at: Int)
        case corrupt(line: Int, at: Int, reason: String, next: Int)
        case future(Int)
    }

    static func entries(_ bytes: UnsafeBufferPointer<UInt8>) throws(TranscriptError) -> ([TranscriptEntry], ScanOutcome) {
        let (lines, stop) = check(bytes)
        let records = decode(bytes, lines)
        var entries: [TranscriptEntry] = []
        entries.reserveCapacity(lines.count)
        for (index, result) in records.enumerated() {
            switch result {
            case .success(let record?):
                entries.append(TranscriptEntry(seq: lines[index].header.seq, time: lines[index].header.time, record: record))
            case .success(nil):
                continue
            case .failure(let failure):
                let line = lines[index]
                return (entries, ScanOutcome(lines: index, validLength: line.range.lowerBound,
                                             damage: .corruptLine(line: index + 1, reason: failure.reason),
                                             ignoredLines: TranscriptScanner.countLines(bytes, from: line.range.upperBound + 1)))
            }
        }
        let end = lines.last.map { $0.range.upperBound + 1 } ?? 0
        switch stop {
        case nil: return (entries, ScanOutcome(lines: lines.count, validLength: end, damage: nil, ignoredLines: 0))
        case .torn(let line, let at):
            return (entries, ScanOutcome(lines: lines.count, validLength: at, damage: .tornTail(line: line), ignoredLines: 0))
        case .corrupt(let line, let at, let reason, let next):
            return (entries, ScanOutcome(lines: lines.count, validLength: at, damage: .corruptLine(line: line, reason: reason),
                                         ignoredLines: TranscriptScanner.countLines(bytes, from: next)))
        case .future(let version): throw .futureVersion(version)
        }
    }

    /// Pass 1: the lines whose checksum, version and sequence hold, in order, and why it stopped.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Line], Stop?) {
        var lines: [Line] = []
        var start = 0
        let decoder = JSONDecoder()
        while start < bytes.count {
            let number = lines.count + 1
            guard let newline = TranscriptScanner.nextNewline(bytes, from: start) else {
                return (lines, .torn(line: number, at: start))
            }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<newline])
            switch LineDecoder.header(line, expectedSeq: number, decoder: decoder) {
            case .success(let header): lines.append(Line(range: start..<newline, header: header))
            case .failure(.future(let version)): return (lines, .future(version))
            case .failure(let failure): return (lines, .corrupt(line: number, at: start, reason: failure.reason, next: newline + 1))
            }
            start = newline + 1
        }
        return (lines, nil)
    }

    /// Pass 2: every line's record, decoded in contiguous chunks on all cores.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Line]) -> [Result<SessionRecord?, LineFailure>] {
        let chunks = lines.count < 64 ? 1 : 8
        let results = DecodedRecords(count: lines.count)
        let shared = SharedBytes(bytes: bytes)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let decoder = JSONDecoder()
            let from = lines.count * chunk / chunks
            let to = lines.count * (chunk + 1) / chunks
            for index in from..<to {
                let line = UnsafeBufferPointer(rebasing: shared.bytes[lines[index].range])
                results.set(index, LineDecoder.record(line, header: lines[index].header, keystrokes: true, decoder: decoder))
            }
        }
        return results.values
    }
}

/// The file's bytes, read (never written) by the decoding workers while the caller holds them.
private struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
}

/// Decoded records, each slot written once by one worker.
private final class DecodedRecords: @unchecked Sendable {
    private var slots: [Result<SessionRecord?, LineFailure>]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: .success(nil), count: count)
    }

    func set(_ index: Int, _ value: Result<SessionRecord?, LineFailure>) {
        lock.withLock { slots[index] = value }
    }

    var values: [Result<SessionRecord?, LineFailure>] { lock.withLock { slots } }
}
