/// Why bytes could not be read as a `.npy` array; each case says what was found.
public enum NPYError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not start with `\x93NUMPY`.
    case badMagic
    /// A format version other than 1.0, 2.0 or 3.0.
    case unsupportedVersion(major: Int, minor: Int)
    /// The file ends inside the preamble or the header.
    case truncatedHeader
    /// The header is not the expected Python dict literal; the text says which part.
    case malformedHeader(String)
    /// An element type other than little-endian f4, f8, i4, i8 or bool.
    case unsupportedDType(String)
    /// Fortran-ordered data (only C order is read).
    case fortranOrder
    /// The data section holds a different number of bytes than the shape needs.
    case dataSizeMismatch(expected: Int, actual: Int)

    /// A one-line explanation with the fix where there is one.
    public var description: String {
        switch self {
        case .badMagic:
            return "not a .npy file (missing the \\x93NUMPY magic); save it with numpy.save"
        case .unsupportedVersion(let major, let minor):
            return ".npy format version \(major).\(minor) is not supported (1.0, 2.0 and 3.0 are)"
        case .truncatedHeader:
            return ".npy file ends inside its header"
        case .malformedHeader(let detail):
            return ".npy header is malformed: \(detail)"
        case .unsupportedDType(let descr):
            return ".npy dtype '\(descr)' is not supported; use float32, float64, int32, int64 or bool (little-endian)"
        case .fortranOrder:
            return ".npy array is in Fortran order; save a C-contiguous array (numpy.ascontiguousarray)"
        case .dataSizeMismatch(let expected, let actual):
            return ".npy data holds \(actual) bytes but its shape needs \(expected)"
        }
    }
}
