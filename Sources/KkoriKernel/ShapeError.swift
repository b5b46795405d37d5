/// Why an op's inputs cannot go together, with the shapes involved.
///
/// The `Kernel` ops stop the program on a mismatch (a programming error); callers whose shapes come
/// from data check first with the throwing `Kernel.Shapes` functions, which raise this.
public struct ShapeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The op that rejected its inputs, e.g. `conv2d`.
    public var op: String
    /// A one-line explanation naming the offending shapes.
    public var message: String

    /// Creates an error for `op`.
    public init(op: String, _ message: String) {
        self.op = op
        self.message = message
    }

    /// `op: message`.
    public var description: String { "\(op): \(message)" }
}
