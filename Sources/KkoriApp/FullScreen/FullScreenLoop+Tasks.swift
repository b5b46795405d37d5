import Foundation
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
    }

    /// Grades the solution; a submission goes to the engine, a try only shows its result.
    func gradeSolution(_ taskID: String, visibleOnly: Bool) {
        guard let runtime, let desk else {
            model.showTaskOutcome(nil)
            return
        }
        model.showGrading()
        draw()
        let outcome = desk.grade(taskID: taskID, file: solutionPath(taskID), visibleOnly: visibleOnly)
        model.showTaskOutcome(outcome)
        for effect in runtime.send(.taskGraded(outcome, at: runtime.now)) { present(effect) }
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
