import Foundation
import KkoriCoding
import KkoriPlatform
import KkoriScenario
import KkoriStore
import KkoriText

/// `kkori task list | starter ID | grade ID FILE [--visible-only] [--json]`.
///
/// Exit codes: 0 when the command did its work (for `grade`, whatever the verdict), 2 for usage
/// errors (unknown task, missing file), 1 when the system lacks something (no python3 or numpy) or
/// the scenario cannot be loaded.
public enum TaskCommands {
    /// Prints each task's id, suggested minutes and title.
    public static func list(scenario name: String?, platform: Platform = .current,
                            out: (String) -> Void, err: (String) -> Void) -> Int32 {
        let language = Language(rawValue: platform.preferredLanguageCode) ?? .en
        let text = TaskStrings(language: language)
        do throws(UserError) {
            let (catalog, _) = try load(name, platform: platform)
            if catalog.tasks.isEmpty { out(text.noTasks) }
            let width = catalog.ids.map(\.count).max() ?? 0
            for task in catalog.tasks {
                let minutes = task.minutes.map { String(format: "%3d min", $0) } ?? "       "
                out(TerminalSafe.clean("\(task.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(minutes)  "
                                       + task.title[language], keepNewlines: false))
            }
            if !catalog.diagnostics.isEmpty { err("kkori: warning: " + text.problems(catalog.diagnostics.count)) }
            return 0
        } catch {
            err("kkori: \(TerminalSafe.clean(error.message, keepNewlines: false))")
            return error.code
        }
    }

    /// Prints the task's starter file as is, ready to redirect into a `.py` file.
    public static func starter(id: String, scenario name: String?, platform: Platform = .current,
                               out: (String) -> Void, err: (String) -> Void) -> Int32 {
        do throws(UserError) {
            let (catalog, _) = try load(name, platform: platform)
            let task = try find(id, in: catalog)
            var starter = task.starter
            if starter.hasSuffix("\n") { starter.removeLast() }
            out(TerminalSafe.clean(starter))
            return 0
        } catch {
            err("kkori: \(TerminalSafe.clean(error.message, keepNewlines: false))")
            return error.code
        }
    }

    /// Grades `file`; prints each case as it finishes (or one JSON object with `json`).
    public static func grade(id: String, file: String, visibleOnly: Bool, json: Bool, scenario name: String?,
                             platform: Platform = .current, out: (String) -> Void, err: (String) -> Void) -> Int32 {
        let language = Language(rawValue: platform.preferredLanguageCode) ?? .en
        do throws(UserError) {
            let (catalog, folder) = try load(name, platform: platform)
            let task = try find(id, in: catalog)
            guard FileManager.default.fileExists(atPath: file) else {
                throw UserError("\(file): no such file; pass the path of your solution (.py)", code: 2)
            }
            let desk = TaskDesk(catalog: catalog,
                                options: CodingTasks.runnerOptions(scenarioFolder: folder, platform: platform))
            let result = try desk.grade(taskID: task.id, file: file, visibleOnly: visibleOnly)
            for warning in result.warnings { err("kkori: warning: \(warning)") }
            if json {
                out(result.json())
            } else {
                TaskText.result(result, task: task, language: language).forEach(out)
            }
            return 0
        } catch {
            err("kkori: \(TerminalSafe.clean(error.message, keepNewlines: false))")
            return error.code
        }
    }

    /// The scenario's catalog and folder.
    static func load(_ name: String?, platform: Platform) throws(UserError) -> (TaskCatalog, String) {
        let folder: String
        do {
            folder = try ScenarioFolder.locate(name, platform: platform)
        } catch {
            throw UserError(error.message)
        }
        let scenario = try SessionFactory.loadScenario(folder, platform: platform)
        return (CodingTasks.catalog(for: scenario), folder)
    }

    /// The task `id`, or a usage error listing the known ids.
    static func find(_ id: String, in catalog: TaskCatalog) throws(UserError) -> CodingTask {
        if let task = catalog.task(id) { return task }
        let known = catalog.ids.joined(separator: ", ")
        let hint = catalog.diagnostics.isEmpty ? "" : " (some task files have problems: run `kkori scenarios validate`)"
        throw UserError("unknown task '\(id)'; known tasks: \(known.isEmpty ? "none" : known)\(hint)", code: 2)
    }
}
