import KkoriKernel
import Testing

@Suite(".npy reading and writing")
struct NPYTests {
    static let samples: [NPYArray] = [
        .float32(shape: [2, 3], [1, -2.5, 3e30, -0.0, .infinity, .leastNonzeroMagnitude]),
        .float64(shape: [4], [1, .pi, -1e300, .leastNonzeroMagnitude]),
        .int32(shape: [2, 1, 2], [0, -1, .max, .min]),
        .int64(shape: [3], [42, .max, .min]),
        .bool(shape: [2, 2], [true, false, false, true]),
        .float32(shape: [], [7]),
        .float64(shape: [0, 3], []),
    ]

    @Test("every supported dtype and shape survives a round trip", arguments: samples)
    func roundTrip(_ array: NPYArray) throws {
        let bytes = NPY.encode(array)
        #expect(try NPY.decode(bytes) == array)
        let headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
        #expect((10 + headerLength) % 64 == 0, "data must start on a 64-byte boundary")
        #expect(bytes[10 + headerLength - 1] == 0x0A, "header ends with a newline")
    }

    @Test("a header too long for version 1 is written as version 2 and read back")
    func longHeaderUsesVersionTwo() throws {
        let array = NPYArray.float32(shape: [Int](repeating: 1, count: 25_000), [4.5])
        let bytes = NPY.encode(array)
        #expect(bytes[6] == 2)
        #expect(try NPY.decode(bytes) == array)
    }

    /// Builds a file by hand: version, header text and data bytes.
    func file(major: UInt8, header: String, data: [UInt8]) -> [UInt8] {
        let text = Array(header.utf8)
        let length = major == 1 ? [UInt8(text.count & 0xFF), UInt8(text.count >> 8)]
            : [UInt8(text.count & 0xFF), UInt8((text.count >> 8) & 0xFF), 0, 0]
        return [0x93] + Array("NUMPY".utf8) + [major, 0] + length + text + data
    }

    @Test("versions 2 and 3 headers, key order and spacing are read")
    func readsOtherVersions() throws {
        let data: [UInt8] = [0, 0, 0x80, 0x3F, 0, 0, 0, 0x40]
        for major: UInt8 in [1, 2, 3] {
            let bytes = file(major: major, header: "{\"shape\":(2,),'fortran_order':False,   'descr':'<f4'}  \n", data: data)
            #expect(try NPY.decode(bytes) == .float32(shape: [2], [1, 2]))
        }
    }

    static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]
    static let preambles: [([UInt8], NPYError)] = [
        ([], .truncatedHeader),
        ([0x93, 0x4E, 0x55], .truncatedHeader),
        (Array("PK zipfile".utf8), .badMagic),
        (magic + [4, 0, 0, 0], .unsupportedVersion(major: 4, minor: 0)),
        (magic + [1, 1, 0, 0], .unsupportedVersion(major: 1, minor: 1)),
        (magic + [2, 0, 9], .truncatedHeader),
        (magic + [1, 0, 50, 0] + Array("{'descr'".utf8), .truncatedHeader),
    ]

    @Test("each malformed preamble raises its own error", arguments: preambles)
    func preambleErrors(_ bytes: [UInt8], _ error: NPYError) {
        #expect(throws: error) { try NPY.decode(bytes) }
    }

    @Test("header and data errors")
    func headerErrors() {
        let cases: [(String, [UInt8], NPYError)] = [
            ("{'descr': '>f4', 'fortran_order': False, 'shape': (1,), }", [0, 0, 0, 0], .unsupportedDType(">f4")),
            ("{'descr': '<f2', 'fortran_order': False, 'shape': (1,), }", [0, 0], .unsupportedDType("<f2")),
            ("{'descr': '<f4', 'fortran_order': True, 'shape': (1,), }", [0, 0, 0, 0], .fortranOrder),
            ("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", [0, 0, 0, 0], .dataSizeMismatch(expected: 8, actual: 4)),
            ("{'descr': '<f4', 'shape': (1,), }", [0, 0, 0, 0], .malformedHeader("needs the keys descr, fortran_order and shape")),
        ]
        for (header, data, error) in cases {
            #expect(throws: error) { try NPY.decode(file(major: 1, header: header, data: data)) }
        }
        let malformed = ["['descr']", "{'descr': '<f4', 'fortran_order': Maybe, 'shape': (1,)}",
                         "{'descr': '<f4', 'fortran_order': False, 'shape': (-1,)}",
                         "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'extra': 1}",
                         "{'descr': '<f4, 'fortran_order': False, 'shape': (99999999999999999999,)}"]
        for header in malformed {
            #expect {
                try NPY.decode(file(major: 1, header: header, data: []))
            } throws: { error in
                if case .malformedHeader = error as? NPYError { return true }
                return false
            }
        }
    }

    @Test("errors explain themselves in one line")
    func errorMessages() {
        let errors: [NPYError] = [.badMagic, .unsupportedVersion(major: 9, minor: 1), .truncatedHeader,
                                  .malformedHeader("x"), .unsupportedDType("<c8"), .fortranOrder,
                                  .dataSizeMismatch(expected: 8, actual: 4)]
        for error in errors {
            #expect(!error.description.isEmpty && !error.description.contains("\n"))
        }
        #expect(NPYError.unsupportedDType("<c8").description.contains("<c8"))
    }

    @Test("files that numpy.save wrote are read", .enabled(if: NumpyOracle.available, NumpyOracle.unavailable))
    func readsNumpyFiles() throws {
        let outputs = try NumpyOracle.evaluate([OracleCase(op: "relu", arrays: ["x": .float32(shape: [2, 2], [-1, 2, -3, 4])])])
        #expect(outputs[0][0] == .float64(shape: [2, 2], [0, 2, 0, 4]))
    }

    @Test("tensor and mask conversions")
    func conversions() {
        #expect(NPYArray.int64(shape: [2], [3, -4]).tensor == Tensor(shape: [2], data: [3, -4]))
        #expect(NPYArray(Mask(shape: [1], data: [true])).tensor == nil)
        #expect(NPYArray.bool(shape: [2], [true, false]).doubles == [1, 0])
    }
}
