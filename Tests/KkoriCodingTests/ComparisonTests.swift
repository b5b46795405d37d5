import KkoriKernel
import Testing
@testable import KkoriCoding

@Suite("Outputs are compared in double precision with tolerances")
struct ComparisonTests {
    let expected = Tensor(shape: [2, 3], data: [1, 2, 3, 4, 5, 0])

    @Test("values within rtol and atol are accepted, and any float width is read")
    func withinTolerance() {
        let close = NPYArray.float64(shape: [2, 3], [1.00005, 2, 3.0002, 4, 5, 0.000009])
        guard case .match(let err) = OutputComparison.check(close, against: expected, tolerance: Tolerance()) else {
            Issue.record("expected a match")
            return
        }
        #expect(abs(err - 0.0002) < 1e-9)
        #expect(OutputComparison.check(.int64(shape: [2, 3], [1, 2, 3, 4, 5, 0]), against: expected,
                                       tolerance: Tolerance()) == .match(maxAbsError: 0))
    }

    @Test("the first element out of tolerance is located with its multi-index and both errors")
    func mismatch() throws {
        let off = NPYArray.float32(shape: [2, 3], [1, 2, 3, 4.5, 5, 1e-4])
        guard case .mismatch(let miss) = OutputComparison.check(off, against: expected, tolerance: Tolerance()) else {
            Issue.record("expected a mismatch")
            return
        }
        #expect(miss.index == [1, 0])
        #expect(miss.got == 4.5 && miss.expected == 4)
        #expect(abs(miss.maxAbsError - 0.5) < 1e-12)
        #expect(abs(miss.maxRelError - 0.125) < 1e-12)
    }

    @Test("a different shape is wrong-shape, but a scalar may come back as any size-1 array")
    func shapes() {
        let flat = NPYArray.float64(shape: [6], [1, 2, 3, 4, 5, 0])
        #expect(OutputComparison.check(flat, against: expected, tolerance: Tolerance())
                == .wrongShape(expected: [2, 3], got: [6]))
        let scalar = Tensor(shape: [], data: [2.5])
        #expect(OutputComparison.check(.float64(shape: [1, 1], [2.5]), against: scalar, tolerance: Tolerance(),
                                       scalar: true) == .match(maxAbsError: 0))
        #expect(OutputComparison.check(.float64(shape: [1, 1], [2.5]), against: scalar, tolerance: Tolerance())
                == .wrongShape(expected: [], got: [1, 1]))
    }

    @Test("NaN and infinity are invalid output, wherever they are")
    func notFinite() {
        let bad = NPYArray.float64(shape: [2, 3], [1, 2, 3, 4, .infinity, 0])
        #expect(OutputComparison.check(bad, against: expected, tolerance: Tolerance())
                == .notFinite(index: [1, 1], value: .infinity))
    }

    @Test("a tuple's first failing output decides and is named")
    func tuple() {
        var result = CaseResult(name: "c", visible: true, verdict: .exception, seconds: 0)
        let good = NPYArray(Tensor(shape: [1], data: [1]))
        CaseJudge.judge(outputs: [good, .float64(shape: [2], [0, 0]), good],
                        expected: [Tensor(shape: [1], data: [1]), Tensor(shape: [1], data: [1]), Tensor(shape: [1], data: [1])],
                        reference: .conv2dBackward, tolerance: Tolerance(), into: &result)
        #expect(result.verdict == .wrongShape && result.output == "dw")
        #expect(result.detail == "dw: shape [2], expected [1]")
    }
}

@Suite("Task results")
struct TaskResultTests {
    func result() -> TaskResult {
        TaskResult(taskID: "t", visibleOnly: false, cases: [
            CaseResult(name: "a", visible: true, weight: 1, verdict: .accepted, seconds: 0.5, candidateSeconds: 0.5,
                       referenceSeconds: 0.01, maxAbsError: 1e-7),
            CaseResult(name: "b", visible: false, weight: 3, verdict: .wrongAnswer, seconds: 0.25, candidateSeconds: 0.25,
                       referenceSeconds: 0.02, maxAbsError: 0.5,
                       mismatch: Mismatch(maxAbsError: 0.5, maxRelError: 0.1, index: [0, 1], got: 1, expected: 1.5)),
            CaseResult(name: "c", visible: false, weight: 1, verdict: .timeout, seconds: 2),
        ])
    }

    @Test("the first failing case gives the verdict; counts, weights and timings add up")
    func summary() {
        let r = result()
        #expect(r.verdict == .wrongAnswer)
        #expect(r.passed == 1 && r.total == 3)
        #expect(abs(r.score - 0.2) < 1e-12)
        #expect(r.candidateSeconds == 0.75 && r.referenceSeconds == 0.03)
    }

    @Test("the JSON object has exactly the documented top-level keys")
    func json() throws {
        let text = result().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["task", "verdict", "passed", "total", "cases", "candidate_seconds", "reference_seconds"])
        let cases = try #require(object["cases"] as? [[String: Any]])
        #expect(cases.count == 3)
        #expect(cases[0]["seconds"] as? Double == 0.5 && cases[2]["seconds"] as? Double == 2)
        #expect(object["candidate_seconds"] as? Double == 0.75)
        #expect(cases[1]["max_abs_err"] as? Double == 0.5)
        #expect(cases[1]["first_mismatch"] as? [Int] == [0, 1])
        #expect(cases[2]["max_abs_err"] == nil)
        #expect(cases[2]["verdict"] as? String == "timeout")
    }
}

import Foundation
