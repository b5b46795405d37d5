import ArgumentParser
import Foundation
import KkoriApp

/// The `kkori` command: parses arguments and hands over to KkoriApp.
struct Kkori: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kkori",
        abstract: "A terminal mock-interview simulator for AI/ML engineer candidates.",
        version: kkoriVersion,
        subcommands: [Interview.self, Resume.self, HistoryCommand.self, ReplayCommand.self, ReportCommand.self,
                      ExportCommand.self, ProgressCommand.self, Scenarios.self, Score.self, TaskCommand.self])

    func run() throws {
        let code = InterviewCommands.home(err: printError)
        if code != 0 { throw ExitCode(code) }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

func printOut(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func finish(_ code: Int32) throws {
    if code != 0 { throw ExitCode(code) }
}

struct Interview: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start an interview (all rounds, or one).")

    @Option(help: "Only this round: technical, project, personality or coding.") var round: String?
    @Option(help: "Scenario name or folder (default: ml-engineer).") var scenario: String?
    @Option(help: "Interview language: ko or en (default: from the locale).") var lang: String?
    @Option(help: "Seed of the question draw (same seed, same questions).") var seed: UInt64?
    @Option(help: "practice (feedback after each answer) or real (feedback at the end).") var mode: String?
    @Flag(help: "Plain line mode on standard input/output.") var plain = false

    func run() throws {
        let options = InterviewOptions(round: round, scenario: scenario, language: lang, seed: seed, mode: mode,
                                       plain: plain)
        try finish(InterviewCommands.interview(options, err: printError))
    }
}

struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Continue an interrupted interview.")

    @Argument(help: "Transcript file (default: the most recent interrupted session).") var file: String?
    @Flag(help: "Resume the most recent interrupted session.") var last = false
    @Option(help: "Scenario name or folder, if not the one recorded.") var scenario: String?
    @Flag(help: "Plain line mode on standard input/output.") var plain = false

    func run() throws {
        try finish(InterviewCommands.resume(file: file, last: last, scenario: scenario, plain: plain, err: printError))
    }
}

struct Scenarios: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check and describe scenarios.",
                                                    subcommands: [Validate.self, Stats.self])

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every problem in a scenario (exit 1 if any).")
        @Argument(help: "Scenario folder or name (default: ml-engineer).") var path: String?

        func run() throws {
            try finish(ScenarioCommands.validate(path, out: printOut, err: printError))
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count questions per round and topic, and tree depths.")
        @Argument(help: "Scenario folder or name (default: ml-engineer).") var path: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try finish(ScenarioCommands.stats(path, json: json, out: printOut, err: printError))
        }
    }
}

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score answers: JSON Lines {\"question\", \"answer\", \"lang\"} in, one result line out per input line.")
    @Option(help: "Scenario name or folder (default: ml-engineer).") var scenario: String?

    func run() throws {
        try finish(ScoreCommand.run(scenario: scenario, err: printError))
    }
}

// Usage errors (a missing or unexpected argument, a bad option value) exit with 2, as unknown tasks,
// rounds and files do; help and version requests exit 0.
do {
    var command = try Kkori.parseAsRoot()
    try command.run()
} catch {
    let code = Kkori.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((Kkori.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Kkori.exit(withError: error)
}
