import Foundation
import KkoriCoding
import KkoriEngine
import KkoriPlatform
import KkoriScreen
import KkoriText

/// Coding tasks full screen: the solution is a file in the data folder, started from the task's
/// starter, edited in the user's own editor, tried on the visible cases and submitted for grading.
extension FullScreenLoop {
    /// Where a task's solution lives: `<data folder>/solutions/<task>.py`.
    func solutionPath(_ taskID: String) -> String {
        platform.dataFolder + "/solutions/" + taskID + ".py"
    }

    /// Shows a task: its statement, and a solution file holding the starter if there was none.
    func showTask(_ taskID: String) {
        guard let runtime else { return }
        let scenario = runtime.session.scenario
        if desk == nil { desk = CodingTasks.desk(for: scenario, platform: platform) }
        let path = solutionPath(taskID)
        if !FileManager.default.fileExists(atPath: path),
           let starter = CodingTasks.catalog(for: scenario).task(taskID)?.starter {
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
            FileManager.default.createFile(atPath: path, contents: Data(starter.utf8),
                                           attributes: [.posixPermissions: 0o600])
        }
        let statement = desk?.statement(taskID: taskID, language: runtime.session.config.language) ?? taskID
        model.setTask(statement: TerminalSafe.clean(statement), solutionPath: path)
    }

    /// Hands the terminal to the user's editor on the solution file, then takes it back.
    func editSolution(_ taskID: String) {
        let path = solutionPath(taskID)
        terminal.suspend()
        defer { terminal.resume() }
        for editor in platform.editorCandidates {
            // Through the shell, so an editor given with arguments (`code -w`) works as in any tool.
            let status = Subprocess.run("/bin/sh", ["-c", "\(editor) \"$1\"", "sh", path])
            if status != 127 { return }
        }
        model.showNoEditor()
    }

    /// Fills in a task screen the model has just put up (its statement and solution file).
    func prepareTaskScreen() {
        guard case .task(let state) = model.screen, state.solutionPath == nil, !state.isFinished else { return }
        showTask(state.taskID)
    }

    /// Grades the last saved solution file, drawing the progress case by case. A try (visible cases)
    /// is recorded and shown; a submission is recorded, its results stay on screen, and the session
    /// moves on once the candidate has read them. `timeUp`: the round's time ran out and the file is
    /// submitted for the candidate.
    func gradeSolution(_ taskID: String, visibleOnly: Bool, timeUp: Bool = false) {
        guard let runtime, let desk, let task = desk.catalog.task(taskID) else {
            model.showTaskOutcome(nil, timeUp: timeUp)
            if timeUp, let runtime { submit(TaskOutcome(taskID: taskID, verdict: TaskDesk.notGraded, passed: 0, total: 0),
                                            runtime: runtime) }
            return
        }
        let language = runtime.session.config.language
        let total = task.cases(visibleOnly: visibleOnly).count
        model.showGrading(done: 0, total: total, visibleOnly: visibleOnly)
        draw()
        do {
            let result = try desk.grade(taskID: taskID, file: solutionPath(taskID), visibleOnly: visibleOnly) {
                done, total, _ in
                self.model.showGrading(done: done, total: total, visibleOnly: visibleOnly)
                self.draw()
            }
            let outcome = TaskDesk.outcome(result)
            let lines = TaskText.rows(result, language: language, mode: runtime.session.config.mode)
            model.showTaskOutcome(outcome, lines: lines, timeUp: timeUp)
            if visibleOnly {
                for effect in runtime.send(.taskGraded(outcome, at: runtime.now)) { present(effect) }
            } else {
                submit(outcome, runtime: runtime)
            }
        } catch {
            // No python3 or numpy, or an unreadable file: say why; a submission stays open to fix it,
            // unless the time is up.
            model.showTaskProblem(TerminalSafe.clean(error.message), timeUp: timeUp)
            if timeUp {
                submit(TaskOutcome(taskID: taskID, verdict: TaskDesk.notGraded, passed: 0, total: total), runtime: runtime)
            }
        }
    }

    /// Hands a submission to the engine; what it does next waits behind the results on screen.
    private func submit(_ outcome: TaskOutcome, runtime: InterviewRuntime) {
        for effect in runtime.send(.taskGraded(outcome, at: runtime.now)) { present(effect) }
    }

    /// Submits the open task's last saved file when the round's time has run out, before the tick
    /// that ends the round.
    func submitIfTimeIsUp(at t: Double) {
        guard let runtime, !runtime.session.isPaused, case .coding(let taskID, _, _) = runtime.session.phase,
              runtime.session.roundTimeIsUp(at: t) else { return }
        gradeSolution(taskID, visibleOnly: false, timeUp: true)
    }
}

/// Runs a program in the foreground on the terminal and waits for it.
enum Subprocess {
    /// Exit status (127 when it could not be started).
    static func run(_ path: String, _ arguments: [String]) -> Int32 {
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, nil, nil, argv, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
