import Foundation
import KkoriEngine
import KkoriScenario
import KkoriScoring
import KkoriText

/// Standard input and output for line mode, replaceable in tests.
public struct LineIO {
    /// Next line without its newline, or nil at end of input.
    public var readLine: () -> String?
    /// Writes text as is (callers add newlines).
    public var write: (String) -> Void

    public init(readLine: @escaping () -> String?, write: @escaping (String) -> Void) {
        self.readLine = readLine
        self.write = write
    }
}

/// The interview as a plain dialogue on standard input and output: for scripts, tests and screen
/// readers. Same engine, same transcript as the full-screen app.
public final class LineInterview {
    let runtime: InterviewRuntime
    let io: LineIO
    let text: LineStrings
    let desk: TaskDesk?
    var pending: [SessionEffect] = []

    public init(runtime: InterviewRuntime, io: LineIO, desk: TaskDesk? = nil) {
        self.runtime = runtime
        self.io = io
        self.desk = desk
        text = LineStrings(language: runtime.session.config.language)
        runtime.onWarning = { io.write("kkori: warning: \(TerminalSafe.clean($0))\n") }
    }

    /// Runs until the report or the end of input. Returns the exit code (0 also when input ended early:
    /// the session is saved and resumable).
    public func run(resuming: Bool = false) -> Int32 {
        let scenario = runtime.session.scenario
        say("== \(scenario.title[text.language]) ==")
        pending = resuming ? runtime.reopen() : runtime.send(.started(at: runtime.now))
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if handle(effect) { break }
        }
        if let path = runtime.transcript?.path { say(text.saved(path)) }
        return 0
    }

    /// Shows one effect; returns true when the dialogue is over.
    private func handle(_ effect: SessionEffect) -> Bool {
        switch effect {
        case .ask(let asked): askQuestion(asked)
        case .showFeedback(let feedback):
            showFeedback(feedback)
            pending += runtime.send(.proceeded(at: runtime.now))
        case .showRoundSummary(let summary): say("\n-- \(text.roundEnded(summary)) --")
        case .presentTask(let id, let number, let total, _): presentTask(id, number: number, total: total)
        case .showReport(let report):
            showReport(report)
            return true
        case .stoppedResumable:
            say(text.savedResumable(runtime.transcript?.path ?? "-"))
            return true
        case .record: break
        }
        return false
    }

    private func askQuestion(_ asked: AskedQuestion) {
        guard let question = runtime.session.scenario.questions[asked.questionID] else { return }
        let label = asked.depth == 0
            ? "[\(text.roundName(asked.round)) \(asked.number)/\(asked.total)]"
            : "[\(text.followUpLabel) \(asked.number).\(asked.depth)]"
        say("\n\(label) \(TerminalSafe.clean(question.text[text.language]))")
        say(text.answerHelp)
        pending += runtime.send(readAnswer())
    }

    /// Reads one answer (or command) and turns it into an event.
    private func readAnswer() -> SessionEvent {
        var lines: [String] = []
        var finished = false
        while let line = io.readLine() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if lines.isEmpty, let command = command(trimmed) {
                if case .paused = command { return waitWhilePaused() }
                return command
            }
            if trimmed == "." {
                finished = true
                break
            }
            lines.append(line)
        }
        let answer = lines.joined(separator: "\n")
        if !finished, answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .quitRequested(at: runtime.now)
        }
        return .answerSubmitted(answer, at: runtime.now)
    }

    private func command(_ line: String) -> SessionEvent? {
        let t = runtime.now
        switch line.lowercased() {
        case "/dontknow", "/idk", "/모름": return .dontKnowPressed(at: t)
        case "/skip": return .skipped(at: t)
        case "/repeat": return .repeatRequested(at: t)
        case "/pause": return .paused(at: t)
        case "/quit": return .quitRequested(at: t)
        default: return nil
        }
    }

    private func waitWhilePaused() -> SessionEvent {
        pending += runtime.send(.paused(at: runtime.now))
        say(text.paused)
        while let line = io.readLine() {
            if line.trimmingCharacters(in: .whitespaces).lowercased() == "/resume" {
                say(text.resumed)
                return .resumed(at: runtime.now)
            }
            if line.trimmingCharacters(in: .whitespaces).lowercased() == "/quit" { break }
        }
        return .quitRequested(at: runtime.now)
    }

    func say(_ line: String) {
        io.write(line + "\n")
    }
}

