import Foundation
import KkoriApp
import KkoriEngine
import KkoriPlatform
import KkoriScenario
import KkoriScreen
import KkoriTerminal

/// Prints the screen figures: exec to the first frame of the home screen, one keystroke in the editor
/// with its redraw at 200×60, and peak memory of a whole session.
func screenBench(_ args: [String]) {
    startupBench()
    keystrokeBench()
    sessionMemoryBench()
}

/// The `kkori` binary next to this one.
private var kkoriPath: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("kkori").path
}

private func benchEnvironment() -> [String: String] {
    let home = NSTemporaryDirectory() + "kkori-bench-\(getpid())"
    var environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "KKORI_HOME": home, "HOME": home,
                       "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    environment["KKORI_SCENARIOS"] = ProcessInfo.processInfo.environment["KKORI_SCENARIOS"]
    return environment
}

/// Exec → first full frame of the home screen (its key hints drawn), median of 15 launches.
private func startupBench() {
    var times: [Double] = []
    for _ in 0..<15 {
        guard let child = PseudoTerminal(path: kkoriPath, arguments: [], environment: benchEnvironment()) else {
            print("startup: cannot start \(kkoriPath) on a pseudo-terminal")
            return
        }
        let start = Platform.monotonic()
        let seen = child.wait(for: "q quit", timeout: 5)
        let elapsed = Platform.monotonic() - start
        child.send("q")
        _ = child.finish()
        guard seen != nil else {
            print("startup: no home screen within 5 s (is `kkori` wired to the full-screen home?)")
            return
        }
        times.append(elapsed)
    }
    times.sort()
    print("exec → first full frame of home (80×24 pty): \(formatDuration(times[times.count / 2])) median, "
          + "\(formatDuration(times[0])) best (target ≤ 20 ms)")
}

/// One keystroke at 200×60 with a 1,200-character answer: key → model → frame → diff → curses,
/// alternating a typed syllable and Backspace.
private func keystrokeBench() {
    guard let scenario = try? SessionFactory.loadScenario(nil),
          let terminal = CursesTerminal.headless(width: 200, height: 60) else {
        print("keystroke: the bundled scenario or a headless terminal is not available")
        return
    }
    var (model, _) = startedModel(scenario, width: 200, height: 60)
    let answer = String(repeating: "과적합은 훈련 데이터에만 맞고 새 데이터에서 성능이 떨어지는 현상입니다. ", count: 30)
    _ = model.handle(.paste(answer), at: 1)
    terminal.draw(model.frame())
    var cells = 0
    var keys = 0
    let batch = 400
    let perBatch = medianSeconds(repeats: 9) {
        for index in 0..<batch {
            let key: Key = index % 2 == 0 ? .character("꼬") : .backspace
            _ = model.handle(.key(key), at: 2)
            let frame = model.frame()
            cells += frame.changes(since: terminal.shownFrame).reduce(0) { $0 + $1.columns.count }
            keys += 1
            terminal.draw(frame)
        }
    }
    terminal.close()
    print("one keystroke incl. redraw at 200×60 (1,200-char answer): \(formatDuration(perBatch / Double(batch))) "
          + "(target ≤ 1 ms); \(cells / max(1, keys)) cells sent per key of 12,000")
}

/// A model showing the first question of a fresh session.
private func startedModel(_ scenario: Scenario, width: Int, height: Int) -> (AppModel, Session) {
    let choice = ScenarioChoice(id: scenario.id, title: scenario.title, rounds: scenario.rounds)
    var model = AppModel(home: HomeState(scenarios: [choice], settings: HomeSettings(language: .ko)),
                         width: width, height: height)
    var session = Session(scenario: scenario, config: SessionConfig(rounds: [.technical, .project, .personality],
                                                                    language: .ko, mode: .practice, seed: 7),
                          scorer: SessionFactory.scorer(for: scenario), version: kkoriVersion)
    model.beginSession(scenario: scenario, language: .ko)
    for effect in session.handle(.started(at: 0)) { model.present(effect) }
    return (model, session)
}

/// Peak resident memory of the real binary over a whole practice session (every round), driven
/// through a pseudo-terminal with pasted answers.
private func sessionMemoryBench() {
    let arguments = ["interview", "--lang", "en", "--seed", "3"]
    guard let child = PseudoTerminal(path: kkoriPath, arguments: arguments, environment: benchEnvironment()) else {
        print("memory: cannot start \(kkoriPath)")
        return
    }
    guard child.wait(for: "Your answer", timeout: 10) != nil else {
        child.send("\u{3}y")
        _ = child.finish()
        print("memory: the interview did not open full screen (is `kkori interview` wired to it?)")
        return
    }
    var answered = 0
    answering: while answered < 80 {
        child.send("\u{1B}[200~Overfitting: the model fits training data, not new data; regularization, dropout, "
                   + "early stopping and more data help. 과적합은 규제와 드롭아웃으로 막습니다.\u{1B}[201~\u{4}")
        answered += 1
        guard child.wait(for: "Enter continue", timeout: 10) != nil else { break }
        for _ in 0..<2 {            // feedback, then perhaps a round summary
            child.send("\r")
            if child.wait(for: "Your answer", timeout: 2) != nil { continue answering }
        }
        break
    }
    child.send("q\u{3}y")
    let peak = child.finish()
    print("peak memory of a session (real binary, \(answered) answers, practice mode): "
          + String(format: "%.1f MB", Double(peak) / 1_048_576) + " (target ≤ 50 MB)")
}
