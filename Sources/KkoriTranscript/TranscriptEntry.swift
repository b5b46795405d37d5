import Foundation
import KkoriEngine

/// One line of a transcript: a record with its sequence number and time.
public struct TranscriptEntry: Sendable, Hashable {
    /// 1-based position in the transcript; consecutive.
    public var seq: Int
    /// Seconds since 1970 (wall clock) when it happened.
    public var time: Double
    public var record: SessionRecord

    public init(seq: Int, time: Double, record: SessionRecord) {
        self.seq = seq
        self.time = time
        self.record = record
    }
}

/// The transcript line format: `{"v":1,"seq":N,"t":T,"data":{…},"type":"…","crc":"xxxxxxxx"}` + newline.
/// The CRC-32 covers every byte before `,"crc"`, so a torn or edited line is detected.
public enum TranscriptFormat {
    /// The schema version this build writes and reads.
    public static let version = 1
    static let crcMarker = Array(#","crc":""#.utf8)

    /// Encodes one entry as a complete line, newline included; written with a single `write`.
    public static func encode(_ entry: TranscriptEntry) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding our own value types cannot fail; an empty object keeps the line well-formed if it did.
        let recordJSON = (try? encoder.encode(entry.record)).map(Array.init) ?? Array("{}".utf8)
        var body = Array(#"{"v":\#(version),"seq":\#(entry.seq),"t":\#(formatTime(entry.time))"#.utf8)
        if recordJSON.count > 2 {
            body.append(UInt8(ascii: ","))
            body += recordJSON[1..<(recordJSON.count - 1)]
        }
        let crc = CRC32.hex(CRC32.checksum(body))
        return body + crcMarker + Array(crc.utf8) + Array("\"}\n".utf8)
    }

    static func formatTime(_ t: Double) -> String {
        guard t.isFinite else { return "0" }
        return String(format: "%.6f", t)
    }
}
