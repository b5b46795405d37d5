/// Why a solution could not be graded (as opposed to a verdict about the solution).
public enum RunnerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No Python 3 interpreter was found.
    case pythonMissing(detail: String)
    /// The interpreter has no numpy.
    case numpyMissing(python: String, detail: String)
    /// The solution file could not be read.
    case solutionUnreadable(path: String, reason: String)
    /// A process could not be started.
    case spawnFailed(String, errno: Int32)
    /// A temporary folder could not be prepared.
    case folderFailed(path: String, reason: String)
    /// The harness itself failed before running the solution.
    case harnessFailed(detail: String)
    /// A case of the task definition does not fit the reference (the scenario needs fixing).
    case invalidCase(task: String, name: String, reason: String)

    /// One line with what to do about it.
    public var description: String {
        switch self {
        case .pythonMissing(let detail):
            return "python3 was not found (\(detail)); install it, e.g. `sudo apt-get install python3 python3-numpy` "
                + "(Debian/Ubuntu) or `brew install python numpy` (macOS), or set KKORI_PYTHON to an interpreter"
        case .numpyMissing(let python, let detail):
            return "numpy is not available to \(python) (\(detail)); install it with `\(python) -m pip install numpy` "
                + "or `sudo apt-get install python3-numpy`"
        case .solutionUnreadable(let path, let reason):
            return "cannot read the solution file \(path): \(reason)"
        case .spawnFailed(let what, let code):
            return "cannot start \(what): \(String(cString: strerror(code)))"
        case .folderFailed(let path, let reason):
            return "cannot prepare the temporary folder \(path): \(reason); check TMPDIR"
        case .harnessFailed(let detail):
            return "the grading harness failed before running the solution: \(detail)"
        case .invalidCase(let task, let name, let reason):
            return "task \(task), case \(name) is invalid: \(reason); run `kkori scenarios validate`"
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
