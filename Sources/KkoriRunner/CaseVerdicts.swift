#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KkoriCoding

/// Turns how the process ended and what the harness reported into a verdict (outputs are compared
/// separately, when the harness says the function returned).
enum CaseVerdicts {
    static func classify(_ exit: ChildExit, report: HarnessReport?, limits: CaseLimits, function: String,
                         python: String, into result: inout CaseResult) throws(RunnerError) {
        if let seconds = report?.seconds {
            result.seconds = seconds
            result.candidateSeconds = seconds
        }
        if exit.timedOut {
            result.verdict = .timeout
            result.seconds = exit.wallSeconds
            result.candidateSeconds = nil
            result.detail = "stopped after \(seconds(limits.seconds)) s, the case's time limit"
            return
        }
        if exit.outputExceeded {
            result.verdict = .outputLimit
            result.detail = "printed more than \(kib(limits.outputBytes)) of output; remove debugging prints"
            return
        }
        guard let report else {
            classifyUnreported(exit, limits: limits, into: &result)
            return
        }
        switch report.status {
        case "ok":
            result.verdict = .accepted
        case "no-numpy":
            let detail = report.message ?? "import failed"
            if detail.hasPrefix("MemoryError") {
                throw .harnessFailed(detail: "importing numpy needs more than the \(mib(limits.memoryBytes)) memory limit; "
                                     + "raise limits.memory_mb in the task file")
            }
            throw .numpyMissing(python: python, detail: detail)
        case "setup-error":
            throw .harnessFailed(detail: report.message ?? "no details")
        case "memory":
            result.verdict = .memoryLimit
            let last = report.message?.split(separator: "\n").last.map(String.init) ?? "MemoryError"
            result.detail = "\(last) (limit \(mib(limits.memoryBytes)) of address space)"
        case "missing-function":
            result.verdict = .missingFunction
            let defined = report.defined ?? []
            result.detail = "the file defines no function named \(function)"
                + (defined.isEmpty ? "" : "; it defines: \(defined.joined(separator: ", "))")
        case "invalid-output":
            result.verdict = .invalidOutput
            result.detail = report.message
        case "file-limit":
            result.verdict = .outputLimit
            result.detail = "the returned arrays exceed the \(mib(limits.fileBytes)) file limit (\(report.message ?? ""))"
        default:
            result.verdict = .exception
            result.detail = report.message
        }
    }

    /// The process ended without a report: it crashed, was killed, or exited on its own.
    private static func classifyUnreported(_ exit: ChildExit, limits: CaseLimits, into result: inout CaseResult) {
        let printed = tail(exit.output)
        switch exit.termination {
        case .signaled(SIGKILL):
            result.verdict = .memoryLimit
            result.detail = "the process was killed by the system, most likely for using too much memory"
        case .signaled(SIGXCPU):
            result.verdict = .timeout
            result.detail = "used up its CPU time (\(seconds(limits.seconds)) s)"
        case .signaled(let signal):
            result.verdict = .exception
            result.detail = "the process crashed (signal \(signal)\(signalName(signal)))" + printed
        case .exited(let code):
            result.verdict = .exception
            result.detail = "the process exited with status \(code) before returning a result "
                + "(os._exit or a crash in native code)" + printed
        }
    }

    private static func tail(_ output: [UInt8]) -> String {
        let lines = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isNewline).suffix(4)
        return lines.isEmpty ? "" : "; last output:\n" + lines.joined(separator: "\n")
    }

    private static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: ", SIGSEGV"
        case SIGABRT: ", SIGABRT"
        case SIGBUS: ", SIGBUS"
        case SIGFPE: ", SIGFPE"
        case SIGSYS: ", SIGSYS: a forbidden system call"
        default: ""
        }
    }

    static func seconds(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    static func mib(_ bytes: Int) -> String { "\(bytes >> 20) MiB" }

    static func kib(_ bytes: Int) -> String { bytes >= 1 << 20 ? mib(bytes) : "\(bytes >> 10) KiB" }
}
