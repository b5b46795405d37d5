#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KkoriScoring

/// The lines of a file descriptor (standard input by default), as raw bytes: invalid UTF-8 is
/// reported per line by the scorer, not trusted here. A line longer than the scorer accepts is cut
/// to one byte over the limit (so it is reported, not buffered without bound). A final line without
/// a newline still counts; the empty remainder after a final newline does not.
public struct InputLines: Sequence, IteratorProtocol {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private let limit = ScoreLineProcessor.maxLineBytes + 1

    /// Lines read from `descriptor` (0 = standard input).
    public init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    public mutating func next() -> [UInt8]? {
        guard !finished else { return nil }
        var line: [UInt8] = []
        var sawBytes = false
        while true {
            if start < buffer.count {
                if let newline = buffer[start...].firstIndex(of: 0x0A) {
                    append(buffer[start..<newline], to: &line)
                    start = newline + 1
                    return line
                }
                append(buffer[start...], to: &line)
                sawBytes = true
            }
            buffer.removeAll(keepingCapacity: true)
            start = 0
            guard refill() else {
                finished = true
                return sawBytes ? line : nil
            }
        }
    }

    private func append(_ bytes: ArraySlice<UInt8>, to line: inout [UInt8]) {
        let room = limit - line.count
        if room > 0 { line.append(contentsOf: bytes.prefix(room)) }
    }

    /// Reads the next chunk; false at end of input or on a read error.
    private mutating func refill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer = Array(chunk[0..<count])
                return true
            }
            if count < 0 && errno == EINTR { continue }
            return false
        }
    }
}
