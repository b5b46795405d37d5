import ArgumentParser
import KkoriApp

/// Standard output and error for the history commands.
private var historyIO: HistoryOutput { HistoryOutput(out: printOut, err: printError) }

/// `kkori history`.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List past sessions: full screen on a terminal, a table with --plain.")

    @Option(help: "Only sessions with this round: technical, project, personality or coding.") var round: String?
    @Option(help: "Only sessions of this scenario.") var scenario: String?
    @Option(help: "Only the last 7, 30 or 365 days.") var days: Int?
    @Option(help: "Order: date (default), score, time or scenario.") var sort: String?
    @Flag(help: "Reverse the order (oldest, lowest, shortest first).") var reverse = false
    @Flag(help: "Print one JSON object per session.") var json = false
    @Flag(help: "Plain line mode: print the table.") var plain = false
    @Option(help: "Delete this session (a file name from the list); asks first.") var delete: String?
    @Flag(help: "With --delete: do not ask.") var yes = false

    func run() throws {
        if let delete {
            try finish(HistoryCLI.delete(delete, yes: yes, io: historyIO, readLine: { Swift.readLine() }))
            return
        }
        let options = HistoryOptions(round: round, scenario: scenario, days: days, sort: sort, reverse: reverse, json: json)
        try finish(HistoryCLI.history(options, plain: plain, io: historyIO))
    }
}

/// `kkori replay`.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a past session: step through it or play it back as it was typed.")

    @Argument(help: "Transcript file or name (see `kkori history`).") var file: String?
    @Flag(help: "The most recent session.") var last = false
    @Flag(help: "Plain line mode: print a readable transcript.") var plain = false

    func run() throws {
        try finish(HistoryCLI.replay(file: file, last: last, plain: plain, io: historyIO))
    }
}

/// `kkori report`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Export a session's report as Markdown, self-contained HTML or JSON.")

    @Argument(help: "Transcript file or name (see `kkori history`).") var file: String?
    @Flag(help: "The most recent session.") var last = false
    @Option(help: "md, html or json.") var format = "md"
    @Option(name: [.short, .long], help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try finish(HistoryCLI.report(file: file, last: last, format: format, output: output, io: historyIO))
    }
}

/// `kkori export`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a session as an asciicast v2 recording (plays in asciinema).")

    @Argument(help: "Transcript file or name (see `kkori history`).") var file: String?
    @Flag(help: "The most recent session.") var last = false
    @Option(help: "The .cast file to write (- for standard output).") var asciicast: String

    func run() throws {
        try finish(HistoryCLI.export(file: file, last: last, asciicast: asciicast, io: historyIO))
    }
}

/// `kkori progress`.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Scores per competency and topic over time, weakest questions, depth reached per question.")

    @Flag(help: "Print JSON.") var json = false
    @Option(help: "Language of the labels: ko or en (default: from the locale).") var lang: String?

    func run() throws {
        try finish(HistoryCLI.progress(json: json, language: lang, io: historyIO))
    }
}
