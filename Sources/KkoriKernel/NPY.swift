/// Reads and writes NumPy's `.npy` format (versions 1.0–3.0; little-endian f4, f8, i4, i8 and bool; C order).
///
/// Layout: the magic `\x93NUMPY`, a version byte pair, the header length (2 bytes in 1.0, 4 bytes in 2.0
/// and 3.0, little-endian), a Python dict literal with `descr`, `fortran_order` and `shape` padded with
/// spaces to a multiple of 64 bytes and ending in a newline, then the raw elements.
public enum NPY {
    static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]

    /// Parses a whole `.npy` file.
    public static func decode(_ bytes: [UInt8]) throws(NPYError) -> NPYArray {
        let (header, dataStart) = try splitHeader(bytes)
        let fields = try NPYHeader.parse(header)
        guard !fields.fortranOrder else { throw .fortranOrder }
        guard let width = itemSize(fields.descr) else { throw .unsupportedDType(fields.descr) }
        let count = try elementCount(fields.shape)
        let (expected, overflow) = count.multipliedReportingOverflow(by: width)
        let actual = bytes.count - dataStart
        guard !overflow, expected == actual else {
            throw .dataSizeMismatch(expected: overflow ? Int.max : expected, actual: actual)
        }
        return elements(bytes[dataStart...], descr: fields.descr, shape: fields.shape, count: count)
    }

    /// Serialises an array as a version 1.0 file (2.0 when the header outgrows 65535 bytes).
    public static func encode(_ array: NPYArray) -> [UInt8] {
        let shapeText = array.shape.count == 1 ? "(\(array.shape[0]),)"
            : "(" + array.shape.map(String.init).joined(separator: ", ") + ")"
        var header = Array("{'descr': '\(array.descr)', 'fortran_order': False, 'shape': \(shapeText), }".utf8)
        let large = header.count + 11 > 65535
        let preamble = large ? 12 : 10
        let padded = (preamble + header.count + 1 + 63) / 64 * 64
        header += [UInt8](repeating: 0x20, count: padded - preamble - header.count - 1) + [0x0A]
        var out = magic + [large ? 2 : 1, 0]
        let length = UInt32(header.count)
        out += large ? littleEndianBytes(length) : Array(littleEndianBytes(length).prefix(2))
        out += header
        out += payload(array)
        return out
    }

    /// The header text and where the data begins.
    static func splitHeader(_ bytes: [UInt8]) throws(NPYError) -> (String, Int) {
        guard bytes.count >= 8 else {
            throw bytes.elementsEqual(magic.prefix(bytes.count)) ? .truncatedHeader : .badMagic
        }
        guard Array(bytes[0..<6]) == magic else { throw .badMagic }
        let (major, minor) = (Int(bytes[6]), Int(bytes[7]))
        guard (1...3).contains(major), minor == 0 else { throw .unsupportedVersion(major: major, minor: minor) }
        let lengthBytes = major == 1 ? 2 : 4
        guard bytes.count >= 8 + lengthBytes else { throw .truncatedHeader }
        var length = 0
        for i in 0..<lengthBytes { length |= Int(bytes[8 + i]) << (8 * i) }
        let start = 8 + lengthBytes
        guard bytes.count >= start + length else { throw .truncatedHeader }
        let raw = bytes[start..<(start + length)]
        // Versions 1 and 2 store latin-1 text, version 3 UTF-8; the keys we read are ASCII either way.
        let text = major == 3 ? String(decoding: raw, as: UTF8.self) : String(raw.map { Character(Unicode.Scalar($0)) })
        return (text, start + length)
    }

    static func itemSize(_ descr: String) -> Int? {
        switch descr {
        case "<f4", "<i4": return 4
        case "<f8", "<i8": return 8
        case "|b1", "<b1", "?": return 1
        default: return nil
        }
    }

    static func elementCount(_ shape: [Int]) throws(NPYError) -> Int {
        var count = 1
        for extent in shape {
            let (next, overflow) = count.multipliedReportingOverflow(by: extent)
            guard !overflow else { throw .malformedHeader("shape \(shape) is too large") }
            count = next
        }
        return count
    }
}
