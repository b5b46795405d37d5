import Foundation
import KkoriEngine
import KkoriPlatform
import KkoriStore
import KkoriTranscript

/// Prints the cost of appending one transcript event: encoding alone, and with the write and sync.
func transcriptBench(_ args: [String]) {
    let record = SessionRecord.answered(GivenAnswer(questionID: "ml-entropy", kind: .answer,
        text: String(repeating: "엔트로피는 확률분포의 불확실성을 나타냅니다. ", count: 12), seconds: 42))
    var seq = 0
    let encode = medianSeconds {
        for _ in 0..<1000 {
            seq += 1
            consume(TranscriptFormat.encode(TranscriptEntry(seq: seq, time: 1, record: record)))
        }
    } / 1000
    let folder = NSTemporaryDirectory() + "kkori-bench-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    guard let file = try? TranscriptFile.create(in: folder, name: "bench.jsonl") else {
        print("transcript bench: cannot create a file in \(folder)")
        return
    }
    let append = medianSeconds(repeats: 5) {
        for i in 0..<200 { _ = try? file.append(record, at: Double(i)) }
    } / 200
    print("transcript event (\(TranscriptFormat.encode(TranscriptEntry(seq: 1, time: 1, record: record)).count) bytes):")
    print("  encode + checksum:        \(formatDuration(encode))")
    print("  append (write + fdatasync): \(formatDuration(append))  — the sync is \(Int(((append - encode) / append * 100).rounded()))% of it")
}
