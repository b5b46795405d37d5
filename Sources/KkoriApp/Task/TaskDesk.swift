import KkoriCoding
import KkoriEngine
import KkoriRunner
import KkoriScenario

/// Shows coding tasks and grades solution files with the runner, for the interview front ends.
public final class TaskDesk {
    /// The tasks on offer.
    public let catalog: TaskCatalog
    /// The grader (and its limits and isolation).
    public let grader: TaskGrader

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

    /// Grades `file`; `progress` sees each case as it finishes. A run that cannot happen (unknown task,
    /// unreadable file, no python3 or numpy) throws the reason.
    public func grade(taskID: String, file: String, visibleOnly: Bool,
                            progress: (Int, Int, CaseResult) -> Void = { _, _, _ in })
        throws(UserError) -> TaskResult {
        guard let task = catalog.task(taskID) else { throw UserError("unknown task '\(taskID)'", code: 2) }
        do {
            return try grader.grade(task, solution: file, visibleOnly: visibleOnly, progress: progress)
        } catch {
            throw UserError(error.description, code: error.isUsage ? 2 : 1)
        }
    }

    /// The verdict recorded when a submission could not be graded (at time-up, with no python3).
    public static let notGraded = "not-graded"

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
