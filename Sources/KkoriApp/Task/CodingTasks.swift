import KkoriScenario

/// Coding tasks of a scenario (filled in by the coding module).
enum CodingTasks {
    static func ids(in scenario: Scenario) -> [String] { [] }
    static func desk(for scenario: Scenario) -> (any CodingDesk)? { nil }
}
