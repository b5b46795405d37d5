import Foundation
import KkoriKernel

/// Turns a solution's returned arrays into a case verdict.
public enum CaseJudge {
    /// Fills `result` (verdict, errors, shapes, detail) from the outputs the solution returned.
    ///
    /// The outputs are checked in order; the first one that fails decides, and `maxAbsError` is the
    /// largest over the outputs compared so far.
    public static func judge(outputs: [NPYArray], expected: [Tensor], reference: Reference, tolerance: Tolerance,
                             into result: inout CaseResult) {
        let names = reference.outputNames
        guard outputs.count == expected.count else {
            result.verdict = .invalidOutput
            result.detail = "returned \(outputs.count) arrays, expected \(expected.count) (\(names.joined(separator: ", ")))"
            return
        }
        var maxAbs = 0.0
        for (i, (got, want)) in zip(outputs, expected).enumerated() {
            let name = names.count > 1 && i < names.count ? names[i] : nil
            switch OutputComparison.check(got, against: want, tolerance: tolerance, scalar: reference.returnsScalar) {
            case .match(let err):
                maxAbs = max(maxAbs, err)
            case .wrongShape(let expectedShape, let gotShape):
                result.verdict = .wrongShape
                result.output = name
                result.expectedShape = expectedShape
                result.gotShape = gotShape
                result.detail = "\(label(name))shape \(format(gotShape)), expected \(format(expectedShape))"
                return
            case .notFinite(let index, let value):
                result.verdict = .invalidOutput
                result.output = name
                result.detail = "\(name ?? "out")\(format(index)) is \(value.isNaN ? "NaN" : value > 0 ? "inf" : "-inf"), "
                    + "not a finite number"
                return
            case .mismatch(let miss):
                result.verdict = .wrongAnswer
                result.output = name
                result.mismatch = miss
                result.maxAbsError = max(maxAbs, miss.maxAbsError)
                result.detail = "\(name ?? "out")\(format(miss.index)) = \(short(miss.got)), expected \(short(miss.expected))"
                    + "; max abs err \(short(miss.maxAbsError)), max rel err \(short(miss.maxRelError))"
                return
            }
        }
        result.verdict = .accepted
        result.maxAbsError = maxAbs
    }

    private static func label(_ name: String?) -> String { name.map { "\($0): " } ?? "" }

    /// `[2, 3]` for an index, `(2, 3)` would read as Python too; the bracket form matches numpy indexing.
    static func format(_ list: [Int]) -> String {
        "[" + list.map(String.init).joined(separator: ", ") + "]"
    }

    /// A number with four significant digits (`0.3127`, `1.5e+04`).
    public static func short(_ value: Double) -> String {
        String(format: "%.4g", value)
    }
}
