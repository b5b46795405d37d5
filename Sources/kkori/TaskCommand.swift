import ArgumentParser
import KkoriApp

/// `kkori task`: the coding tasks without the interview.
struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: "List coding tasks, print a starter file, or grade a solution.",
        subcommands: [List.self, Starter.self, Grade.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the coding tasks of a scenario.")
        @Option(help: "Scenario name or folder (default: ml-engineer).") var scenario: String?

        func run() throws {
            try finish(TaskCommands.list(scenario: scenario, out: printOut, err: printError))
        }
    }

    struct Starter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a task's starter file (redirect it into your solution file).")
        @Argument(help: "The task id (see `kkori task list`).") var id: String
        @Option(help: "Scenario name or folder (default: ml-engineer).") var scenario: String?

        func run() throws {
            try finish(TaskCommands.starter(id: id, scenario: scenario, out: printOut, err: printError))
        }
    }

    struct Grade: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Grade a solution file against the task's cases (exit 0 whatever the verdict).")
        @Argument(help: "The task id (see `kkori task list`).") var id: String
        @Argument(help: "The solution file (.py).") var file: String
        @Flag(help: "Run only the visible cases (a practice run).") var visibleOnly = false
        @Flag(help: "Print one JSON object instead of text.") var json = false
        @Option(help: "Scenario name or folder (default: ml-engineer).") var scenario: String?

        func run() throws {
            try finish(TaskCommands.grade(id: id, file: file, visibleOnly: visibleOnly, json: json, scenario: scenario,
                                          out: printOut, err: printError))
        }
    }
}
