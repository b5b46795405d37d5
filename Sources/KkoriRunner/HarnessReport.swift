import Foundation

/// The JSON line the harness writes on fd 4 when it finishes.
struct HarnessReport: Decodable {
    /// Which sandbox measures took effect.
    struct SandboxState: Decodable {
        var hidden: Bool
        var filtered: Bool
    }

    /// ok, exception, memory, missing-function, invalid-output, file-limit, no-numpy or setup-error.
    var status: String
    /// load, call or output, where it applies.
    var phase: String?
    /// Traceback lines or an explanation.
    var message: String?
    /// Seconds the function took, when it was called.
    var seconds: Double?
    /// Public functions the file defines (missing-function only).
    var defined: [String]?
    var sandbox: SandboxState?

    /// The last line of `bytes` that decodes (the solution could write to fd 4 too; its lines are ignored
    /// unless they come last, and a forged line can only make its own result worse).
    static func decode(_ bytes: [UInt8]) -> HarnessReport? {
        let lines = bytes.split(separator: UInt8(ascii: "\n"))
        for line in lines.reversed() {
            if let report = try? JSONDecoder().decode(HarnessReport.self, from: Data(line)) { return report }
        }
        return nil
    }
}
