import Foundation
import KkoriCoding
import Testing
@testable import KkoriRunner

@Suite("Solutions get the right verdict", .enabled(if: RunnerFixture.available, RunnerFixture.skipNote))
struct VerdictTests {
    @Test("a correct solution is accepted on visible and hidden cases, with both timings")
    func correct() throws {
        let run = try GradedRun.grade(RunnerFixture.correctSoftmax, visibleOnly: false)
        #expect(run.result.verdict == .accepted, "\(run.result.cases)")
        #expect(run.result.passed == 2 && run.result.total == 2)
        #expect(run.result.candidateSeconds != nil && run.result.referenceSeconds != nil)
        #expect((run.first.maxAbsError ?? 1) < 1e-5)
        run.expectClean()
    }

    @Test("a wrong answer names the first mismatching element and the errors")
    func wrongAnswer() throws {
        let run = try GradedRun.grade("import numpy as np\ndef softmax(x, axis=-1):\n    return np.exp(x) / 3\n")
        #expect(run.first.verdict == .wrongAnswer)
        let miss = try #require(run.first.mismatch)
        #expect(miss.index == [0, 0])
        #expect(miss.maxAbsError > 1e-3 && miss.maxRelError > 1e-3)
        #expect(run.first.detail?.contains("max abs err") == true)
        run.expectClean()
    }

    @Test("a wrong shape reports both shapes")
    func wrongShape() throws {
        let run = try GradedRun.grade("def softmax(x, axis=-1):\n    return x.sum(axis=axis)\n")
        #expect(run.first.verdict == .wrongShape)
        #expect(run.first.expectedShape == [2, 5] && run.first.gotShape == [2])
        run.expectClean()
    }

    @Test("an exception shows the last traceback lines with the solution's own line")
    func exception() throws {
        let run = try GradedRun.grade("def softmax(x, axis=-1):\n    raise ValueError('no idea')\n")
        #expect(run.first.verdict == .exception)
        let detail = try #require(run.first.detail)
        #expect(detail.contains("ValueError: no idea"))
        #expect(detail.contains("solution.py\", line 2"))
        #expect(!detail.contains("<string>"))
        run.expectClean()
    }

    @Test("sys.exit before the function is defined, and a failing import, are exceptions")
    func exitWhileLoading() throws {
        let exit = try GradedRun.grade("import sys\nsys.exit(3)\ndef softmax(x, axis=-1):\n    return x\n")
        #expect(exit.first.verdict == .exception)
        #expect(exit.first.detail?.contains("sys.exit(3)") == true)
        exit.expectClean()
        let missing = try GradedRun.grade("import torchvision_not_here\ndef softmax(x, axis=-1):\n    return x\n")
        #expect(missing.first.verdict == .exception)
        #expect(missing.first.detail?.contains("ModuleNotFoundError") == true)
        missing.expectClean()
    }

    @Test("a misnamed function is missing-function, listing what the file defines")
    func misnamed() throws {
        let run = try GradedRun.grade("def soft_max(x, axis=-1):\n    return x\n")
        #expect(run.first.verdict == .missingFunction)
        #expect(run.first.detail?.contains("soft_max") == true)
        run.expectClean()
    }

    @Test("None, text, NaN and a wrong tuple are invalid output")
    func invalidOutputs() throws {
        let cases = ["return None", "return 'abc'", "return x * float('nan')", "return [[1, 2], [3]]"]
        for body in cases {
            let run = try GradedRun.grade("def softmax(x, axis=-1):\n    \(body)\n")
            #expect(run.first.verdict == .invalidOutput, "\(body): \(run.first)")
            run.expectClean()
        }
    }

    @Test("a MemoryError raised under the limit counts as memory-limit")
    func memoryErrorRaised() throws {
        let run = try GradedRun.grade("def softmax(x, axis=-1):\n    raise MemoryError('too big')\n")
        #expect(run.first.verdict == .memoryLimit)
        run.expectClean()
    }

    @Test("a solution returning float64, a list or a matrix of ints is read as numbers")
    func anyNumericOutput() throws {
        let run = try GradedRun.grade(RunnerFixture.correctSoftmax + "\n_inner = softmax\n"
                                      + "def softmax(x, axis=-1):\n    return _inner(x.astype('float64'), axis).tolist()\n")
        #expect(run.first.verdict == .accepted, "\(run.first)")
        run.expectClean()
    }

    @Test("an unreadable solution path is a grading error, not a verdict")
    func missingFile() {
        #expect(throws: RunnerError.self) {
            _ = try TaskGrader().grade(RunnerFixture.softmax, solution: "/nonexistent/kkori.py", visibleOnly: true)
        }
    }
}
