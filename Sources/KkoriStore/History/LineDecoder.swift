import Foundation
import KkoriEngine
import KkoriTranscript

/// Why one line was refused (the same reasons `TranscriptReader` gives).
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

/// Decodes one transcript line: checksum, header, then the record.
enum LineDecoder {
    private struct Header: Decodable {
        var v: Int
        var seq: Int
        var t: Double
    }

    /// A line's checked header: where it stands, and whether it has the usual shape.
    struct CheckedHeader {
        var seq: Int
        var time: Double
        /// Written by this format's encoder (so its record type can be read by hand).
        var usual: Bool
    }

    static func decode(_ line: UnsafeBufferPointer<UInt8>, expectedSeq: Int, keystrokes: Bool,
                       decoder: JSONDecoder) -> Result<ScannedLine, LineFailure> {
        switch header(line, expectedSeq: expectedSeq, decoder: decoder) {
        case .failure(let failure): return .failure(failure)
        case .success(let header):
            return record(line, header: header, keystrokes: keystrokes, decoder: decoder).map { record in
                ScannedLine(seq: header.seq, time: header.time, record: record)
            }
        }
    }

    /// The checksum, version and sequence number of a line.
    static func header(_ line: UnsafeBufferPointer<UInt8>, expectedSeq: Int,
                       decoder: JSONDecoder) -> Result<CheckedHeader, LineFailure> {
        guard checksumHolds(line) else { return .failure(.checksum) }
        let header: (v: Int, seq: Int, t: Double)
        let usual = LineHeader.parse(line)
        if let usual {
            header = usual
        } else if let slow = try? decoder.decode(Header.self, from: Data(buffer: line)) {
            header = (slow.v, slow.seq, slow.t)
        } else {
            return .failure(.notJSON("header"))
        }
        if header.v > TranscriptFormat.version { return .failure(.future(header.v)) }
        guard header.seq == expectedSeq else { return .failure(.sequence(header.seq)) }
        return .success(CheckedHeader(seq: header.seq, time: header.t, usual: usual != nil))
    }

    /// The record of a line whose header checked out; nil for a typing record when `keystrokes` is false.
    static func record(_ line: UnsafeBufferPointer<UInt8>, header: CheckedHeader, keystrokes: Bool,
                       decoder: JSONDecoder) -> Result<SessionRecord?, LineFailure> {
        if header.usual, let type = LineHeader.typeName(line) {
            if type == "keystrokes" {
                if !keystrokes { return .success(nil) }
                if let batch = KeystrokeParser.parse(line) { return .success(.keystrokes(batch)) }
            } else if let record = RecordParser.parse(type, line) {
                return .success(record)
            }
        }
        do {
            return .success(try decoder.decode(SessionRecord.self, from: Data(buffer: line)))
        } catch {
            return .failure(.notJSON(String(describing: error).prefix(80).description))
        }
    }

    /// Whether the line ends in `,"crc":"xxxxxxxx"}` holding the CRC-32 of everything before it.
    static func checksumHolds(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let marker = TranscriptScanner.crcMarker
        guard line.count > TranscriptScanner.tailLength else { return false }
        let bodyEnd = line.count - TranscriptScanner.tailLength
        for (offset, byte) in marker.enumerated() where line[bodyEnd + offset] != byte { return false }
        var stored: UInt32 = 0
        for index in (bodyEnd + marker.count)..<(bodyEnd + marker.count + 8) {
            let byte = line[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: return false
            }
            stored = stored << 4 | digit
        }
        return stored == FastCRC32.checksum(UnsafeBufferPointer(rebasing: line[0..<bodyEnd]))
    }
}

/// The fixed start and end of lines this format writes: `{"v":1,"seq":12,"t":1700000000.250000,` and
/// `,"type":"answered"` before the checksum. Lines shaped otherwise go to the JSON decoder.
enum LineHeader {
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> (v: Int, seq: Int, t: Double)? {
        // The checksum does not cover the closing `"}`: a line without it is left to the JSON decoder.
        guard line.count >= 2, line[line.count - 2] == UInt8(ascii: "\""), line[line.count - 1] == UInt8(ascii: "}") else {
            return nil
        }
        var i = 0
        guard expect(#"{"v":"#, line, &i), let v = integer(line, &i), expect(#","seq":"#, line, &i),
              let seq = integer(line, &i), expect(#","t":"#, line, &i) else { return nil }
        guard let (t, length) = DecimalNumber.parse(UnsafeBufferPointer(rebasing: line[i...])) else { return nil }
        i += length
        guard i < line.count, line[i] == UInt8(ascii: ",") || line[i] == UInt8(ascii: "}") else { return nil }
        return (v, seq, t)
    }

    /// The record type named just before the checksum, if the line has the usual shape.
    static func typeName(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        let bodyEnd = line.count - TranscriptScanner.tailLength
        guard bodyEnd > 10, line[bodyEnd - 1] == UInt8(ascii: "\"") else { return nil }
        var open = bodyEnd - 2
        while open > 0, line[open] != UInt8(ascii: "\"") { open -= 1 }
        let key = Array(#","type":"#.utf8)
        guard open >= key.count + 1 else { return nil }
        for (offset, byte) in key.enumerated() where line[open - key.count + offset] != byte { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: line[(open + 1)..<(bodyEnd - 1)]), as: UTF8.self)
    }

    private static func expect(_ text: String, _ line: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        for byte in text.utf8 {
            guard i < line.count, line[i] == byte else { return false }
            i += 1
        }
        return true
    }

    private static func integer(_ line: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int? {
        var value = 0
        let start = i
        while i < line.count, (0x30...0x39).contains(line[i]), i - start < 18 {
            value = value * 10 + Int(line[i] - 0x30)
            i += 1
        }
        return i > start ? value : nil
    }

}
