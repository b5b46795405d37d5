import Foundation
import KkoriApp
import KkoriEngine
import KkoriPlatform
import KkoriScenario
import KkoriScoring
import KkoriScreen
import KkoriStore
import KkoriTranscript

/// Prints the history figures: 1,000 one-hour sessions are written to a temporary data folder, then
/// opening the history is timed with the index missing (a cold rebuild from every transcript) and
/// present (warm), and so is opening one of the sessions for replay.
///   kkori-bench history [sessions] [profile|profile-list]   (default 1000; a profile mode only repeats one opening)
func historyBench(_ args: [String]) {
    let count = args.first.flatMap(Int.init) ?? 1000
    guard let scenario = try? SessionFactory.loadScenario(nil) else {
        print("history bench: the bundled scenario did not load")
        return
    }
    let home = NSTemporaryDirectory() + "kkori-history-bench-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: home) }
    let folder = DataFolder.transcripts(home)
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let generated = Platform.monotonic()
    let bytes = BenchSessions(scenario: scenario).write(count: count, to: folder)
    print("\(count) sessions of one hour: \(bytes / count / 1024) KiB each, \(bytes >> 20) MiB in all "
        + "(written in \(formatDuration(Platform.monotonic() - generated)))")
    var load = [Double](repeating: 0, count: 3)
    if getloadavg(&load, 3) == 3 {
        print("machine load average \(String(format: "%.1f", load[0])) on \(ProcessInfo.processInfo.activeProcessorCount) cores")
    }
    let store = HistoryStore(dataFolder: home)
    if let mode = args.dropFirst().first, mode.hasPrefix("profile") {
        // For a profiler: open the history list, or the first session for replay, over and over.
        let driver = HistoryDriver(platform: Platform(environment: ["KKORI_HOME": home, "HOME": home]))
        driver.reader.remember(scenario)
        guard let name = store.open().sessions.first?.name else { return }
        for _ in 0..<(mode == "profile-list" ? 30 : 300) {
            if mode == "profile-list" {
                consume(driver.browser(language: .en, width: 120, height: 40).frame())
            } else {
                consume(try? driver.replayState(store.path(of: name)))
            }
        }
        return
    }
    openHistoryFigures(store: store, home: home)
    openReplayFigures(store: store, scenario: scenario, home: home)
}

/// The median wall time of `body` and the median processor time it used (all threads): on a shared,
/// busy machine the processor time says what the code costs, the wall time what a user would wait.
private func medianWallAndCPU(repeats: Int = 15, _ body: () -> Void) -> (wall: Double, cpu: Double) {
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<repeats {
        let cpu = processorSeconds()
        let start = Platform.monotonic()
        body()
        walls.append(Platform.monotonic() - start)
        cpus.append(processorSeconds() - cpu)
    }
    return (walls.sorted()[repeats / 2], cpus.sorted()[repeats / 2])
}

private func processorSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// `12.3 ms (processor 8.1 ms)`.
private func figure(_ times: (wall: Double, cpu: Double)) -> String {
    "\(formatDuration(times.wall))  (processor time \(formatDuration(times.cpu)))"
}

/// Cold and warm opening of the history list.
private func openHistoryFigures(store: HistoryStore, home: String) {
    unlink(store.indexPath)
    let coldStart = Platform.monotonic()
    let cold = store.open()
    let coldTime = Platform.monotonic() - coldStart
    var sessions = 0
    let warm = medianWallAndCPU { sessions = store.open(details: false).sessions.count }
    let detailed = medianWallAndCPU(repeats: 7) { consume(store.open(details: true)) }
    let platform = Platform(environment: ["KKORI_HOME": home, "HOME": home])
    var frame = ScreenBuffer(width: 1, height: 1)
    let screen = medianWallAndCPU {
        let browser = HistoryDriver(platform: platform).browser(language: .en, width: 120, height: 40)
        frame = browser.frame()
    }
    let progress = medianWallAndCPU(repeats: 7) { consume(HistoryDriver(platform: platform).progress(language: .en)) }
    let indexSize = (try? FileManager.default.attributesOfItem(atPath: store.indexPath)[.size] as? Int) ?? 0
    print("opening the history (\(sessions) sessions, index \(indexSize >> 10) KiB):")
    print("  cold (no index: every transcript read, \(cold.reread) files): \(formatDuration(coldTime))")
    print("  warm (index + a stat per file):          \(figure(warm))")
    print("  warm, to the first frame of the list:    \(figure(screen))  budget 200 ms")
    print("  warm, with every question (compare):     \(figure(detailed))")
    print("  progress over all sessions:              \(figure(progress))  (scenario loaded for topic names)")
    consume(frame)
}

/// Opening one session for replay: read, checked, laid out, first frame drawn.
private func openReplayFigures(store: HistoryStore, scenario: Scenario, home: String) {
    guard let name = store.open().sessions.first?.name else { return }
    let path = store.path(of: name)
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let platform = Platform(environment: ["KKORI_HOME": home, "HOME": home])
    let reader = SessionReader(platform: platform)
    reader.remember(scenario)
    let driver = HistoryDriver(platform: platform, reader: reader)
    var steps = 0
    let replay = medianWallAndCPU {
        guard let state = try? driver.replayState(path) else { return }
        var browser = HistoryBrowser.replaying(state, language: .en, width: 120, height: 40)
        _ = browser.handle(.key(.right), at: 0)
        consume(browser.frame())
        steps = state.timeline.steps.count
    }
    let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))).map(Array.init) ?? []
    let codec = medianSeconds(repeats: 5) { consume(try? TranscriptReader.read(bytes)) }
    let scan = medianWallAndCPU { consume(try? TranscriptScanner.entries(bytes)) }
    var typing = 0
    let skim = medianWallAndCPU {
        typing = 0
        _ = try? bytes.withUnsafeBufferPointer { buffer in
            try TranscriptScanner.scan(buffer, keystrokes: false) { if $0.record == nil { typing += 1 } }
        }
    }
    let lines = bytes.split(separator: 0x0A)
    let typingBytes = lines.filter { $0.count > 40 && String(decoding: $0.suffix(40), as: UTF8.self).contains("keystrokes") }
        .reduce(0) { $0 + $1.count }
    let scenarioLoad = medianSeconds(repeats: 3) { consume(try? SessionFactory.loadScenario(nil)) }
    print("opening a one-hour session for replay (\(size >> 10) KiB, \(steps) events):")
    print("  read + check + timeline + first frame:  \(figure(replay))  budget 20 ms")
    print("  of which parsing (history scanner):     \(figure(scan))")
    print("  parsing, typing records skipped:        \(figure(skim))  (\(typing) of \(lines.count) lines are typing, \(typingBytes >> 10) KiB)")
    print("  the general transcript reader would take \(formatDuration(codec)) to parse it")
    print("  (loading the scenario for question texts, once per app run: \(formatDuration(scenarioLoad)))")
}

/// Sessions made by the real engine and scorer, shaped like real ones: three rounds of questions with
/// follow-ups, every answer typed over about a minute and a half (keystrokes batched every two seconds
/// as the app records them), scored, with pauses, round ends and the report.
private struct BenchSessions {
    let scenario: Scenario
    let scorer: any AnswerScorer

    init(scenario: Scenario) {
        self.scenario = scenario
        scorer = SessionFactory.scorer(for: scenario)
    }

    /// Writes `count` sessions into `folder`; returns the bytes written.
    func write(count: Int, to folder: String) -> Int {
        let totals = ByteTotals(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let start = 1_700_000_000 + Double(index) * 86_400 * 0.9
            let lines = session(index, start: start).flatMap(TranscriptFormat.encode)
            let name = SessionFactory.transcriptName(scenario: scenario.id, at: start)
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(lines),
                                           attributes: [.posixPermissions: 0o600])
            totals.set(index, lines.count)
        }
        return totals.sum
    }

    func session(_ index: Int, start: Double) -> [TranscriptEntry] {
        var random = SeededGenerator(seed: UInt64(index + 1))
        let language: Language = index % 2 == 0 ? .ko : .en
        let config = SessionConfig(rounds: [.technical, .project, .personality], language: language, mode: .practice,
                                   seed: UInt64(index))
        var session = Session(scenario: scenario, config: config, scorer: scorer, version: kkoriVersion)
        var records: [(SessionRecord, Double)] = []
        var t = start
        var answers = 0
        take(session.handle(.started(at: t)), into: &records)
        while session.isRunning, answers < 200 {
            switch session.phase {
            case .asking(let asked):
                let text = typedAnswer(asked.questionID, language: language, random: &random)
                t = type(text, question: asked.questionID, from: t, random: &random, into: &records)
                take(session.handle(.answerSubmitted(text, at: t)), into: &records)
                answers += 1
                if answers % 7 == 0 {
                    take(session.handle(.paused(at: t + 1)), into: &records)
                    take(session.handle(.resumed(at: t + 40)), into: &records)
                }
            case .feedback:
                t += 8
                take(session.handle(.proceeded(at: t)), into: &records)
            default:
                t += 1
                take(session.handle(.skipped(at: t)), into: &records)
            }
        }
        return records.enumerated().map { TranscriptEntry(seq: $0.offset + 1, time: $0.element.1, record: $0.element.0) }
    }

    private func take(_ effects: [SessionEffect], into records: inout [(SessionRecord, Double)]) {
        for case .record(let record, let at) in effects { records.append((record, at)) }
    }

    /// The model answer, whole or cut short (so scores and follow-up depths vary).
    private func typedAnswer(_ id: String, language: Language, random: inout SeededGenerator) -> String {
        let model = scenario.questions[id]?.modelAnswer[language] ?? id
        let keep = [1.0, 0.6, 0.3, 0.1][Int(random.next() % 4)]
        return String(model.prefix(max(20, min(360, Int(Double(model.count) * keep)))))
    }

    /// Types `text` with a few corrections, eight edits per two-second batch; returns when it ends.
    private func type(_ text: String, question id: String, from asked: Double, random: inout SeededGenerator,
                      into records: inout [(SessionRecord, Double)]) -> Double {
        var edits: [Keystroke] = []
        var at = 0.0
        let pace = 90.0 / Double(max(1, text.count))
        for character in text {
            at += pace
            if random.next() % 15 == 0 {
                edits.append(Keystroke(at: at, text: "x"))
                edits.append(Keystroke(at: at + pace / 2, text: "\u{8}"))
            }
            edits.append(Keystroke(at: at, text: String(character)))
            if edits.count >= 8 {
                records.append((.keystrokes(KeystrokeBatch(questionID: id, edits: edits)), asked + at))
                edits = []
            }
        }
        if !edits.isEmpty { records.append((.keystrokes(KeystrokeBatch(questionID: id, edits: edits)), asked + at)) }
        return asked + at + 4
    }
}

/// Byte counts written by concurrent workers.
private final class ByteTotals: @unchecked Sendable {
    private var counts: [Int]
    private let lock = NSLock()

    init(count: Int) {
        counts = Array(repeating: 0, count: count)
    }

    func set(_ index: Int, _ value: Int) {
        lock.withLock { counts[index] = value }
    }

    var sum: Int { lock.withLock { counts.reduce(0, +) } }
}
