import Foundation
import KkoriCoding
import KkoriPlatform
import KkoriRunner
import KkoriScenario

/// The coding tasks of a scenario, for the interview and the `kkori task` commands.
public enum CodingTasks {
    /// The scenario's tasks as read from its `tasks/*.yaml` files (tasks with problems left out).
    public static func catalog(for scenario: Scenario) -> TaskCatalog {
        TaskCatalog.load(scenario.taskFiles)
    }

    /// The ids of the scenario's tasks, in file order: the pool the coding round draws from.
    public static func ids(in scenario: Scenario) -> [String] {
        catalog(for: scenario).ids
    }

    /// A desk that shows statements and grades files, or nil when the scenario has no tasks.
    ///
    /// `folder` (the scenario's folder, when known) is hidden from solutions along with kkori's data.
    public static func desk(for scenario: Scenario, folder: String? = nil,
                            platform: Platform = .current) -> TaskDesk? {
        let catalog = catalog(for: scenario)
        guard !catalog.tasks.isEmpty else { return nil }
        return TaskDesk(catalog: catalog, options: runnerOptions(scenarioFolder: folder, platform: platform))
    }

    /// Runner settings: the user's environment, with the scenario and kkori's data hidden from solutions.
    static func runnerOptions(scenarioFolder: String?, platform: Platform) -> RunnerOptions {
        var hidden = [platform.dataFolder]
        if let scenarioFolder {
            hidden.append(URL(fileURLWithPath: scenarioFolder).standardizedFileURL.path)
        }
        return RunnerOptions(hiddenPaths: hidden, environment: platform.environment)
    }
}
