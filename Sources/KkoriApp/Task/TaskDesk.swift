import KkoriCoding
import KkoriEngine
import KkoriRunner
import KkoriScenario

/// Shows coding tasks and grades solution files with the runner, for the interview front ends.
public final class TaskDesk: CodingDesk {
    /// The tasks on offer.
    public let catalog: TaskCatalog
    /// The grader (and its limits and isolation).
    public let grader: TaskGrader
    /// The full result of the last grading, for front ends that show every case.
    public private(set) var lastResult: TaskResult?
    /// Why the last grading could not run (no python3, no numpy, unreadable file), if it could not.
    public private(set) var lastProblem: String?

    public init(catalog: TaskCatalog, options: RunnerOptions = RunnerOptions()) {
        self.catalog = catalog
        self.grader = TaskGrader(options: options)
    }

    /// The statement, signature, limits and how to get the starter file.
    public func statement(taskID: String, language: Language) -> String {
        guard let task = catalog.task(taskID) else { return TaskStrings(language: language).unknownTask(taskID) }
        var text = TaskText.statement(task, language: language)
        do {
            try grader.checkEnvironment()
            if let warning = grader.isolationWarning() { text += "\n" + TaskStrings(language: language).warning(warning) }
        } catch {
            text += "\n" + TaskStrings(language: language).cannotGrade(error.description)
        }
        return text
    }

    /// Grades `file`; a run that cannot happen is reported as `not-graded` with `lastProblem` set.
    public func grade(taskID: String, file: String, visibleOnly: Bool) -> TaskOutcome {
        let total = catalog.task(taskID)?.cases(visibleOnly: visibleOnly).count ?? 0
        do {
            let result = try gradeResult(taskID: taskID, file: file, visibleOnly: visibleOnly)
            return TaskDesk.outcome(result)
        } catch {
            return TaskOutcome(taskID: taskID, verdict: TaskDesk.notGraded, passed: 0, total: total,
                               visibleOnly: visibleOnly)
        }
    }

    /// The verdict recorded when grading could not run.
    public static let notGraded = "not-graded"

    /// Grades `file` and keeps the full result; `progress` sees each case as it finishes.
    public func gradeResult(taskID: String, file: String, visibleOnly: Bool,
                            progress: (Int, Int, CaseResult) -> Void = { _, _, _ in })
        throws(UserError) -> TaskResult {
        lastResult = nil
        lastProblem = nil
        guard let task = catalog.task(taskID) else {
            lastProblem = "unknown task '\(taskID)'"
            throw UserError(lastProblem ?? "", code: 2)
        }
        do {
            let result = try grader.grade(task, solution: file, visibleOnly: visibleOnly, progress: progress)
            lastResult = result
            return result
        } catch {
            lastProblem = error.description
            throw UserError(error.description, code: error.isUsage ? 2 : 1)
        }
    }

    /// The engine's record of a result.
    public static func outcome(_ result: TaskResult) -> TaskOutcome {
        TaskOutcome(taskID: result.taskID, verdict: result.verdict.rawValue, passed: result.passed, total: result.total,
                    candidateSeconds: result.candidateSeconds, referenceSeconds: result.referenceSeconds,
                    visibleOnly: result.visibleOnly)
    }
}

extension RunnerError {
    /// Whether the user named something that does not exist (exit code 2) rather than the system lacking something.
    var isUsage: Bool {
        if case .solutionUnreadable = self { return true }
        return false
    }
}
