import KkoriCoding
import KkoriScenario

/// Checks of the scenario's coding task files, reported like every other scenario problem.
enum TaskValidation {
    static func validate(_ scenario: Scenario) -> [Diagnostic] {
        let catalog = CodingTasks.catalog(for: scenario)
        var problems = catalog.diagnostics
        if let round = scenario.round(.coding), catalog.tasks.count < round.draw, catalog.diagnostics.isEmpty {
            problems.append(Diagnostic(file: ScenarioLoader.manifestName,
                "the coding round draws \(round.draw) tasks but tasks/ holds \(catalog.tasks.count); "
                    + "add task files or lower 'draw'"))
        }
        return problems
    }
}
