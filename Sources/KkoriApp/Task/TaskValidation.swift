import KkoriScenario

/// Checks of the scenario's coding task files (the coding module's format).
enum TaskValidation {
    static func validate(_ scenario: Scenario) -> [Diagnostic] {
        []
    }
}
