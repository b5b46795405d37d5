import Foundation
import KkoriEngine
import KkoriPlatform
import KkoriScenario
import KkoriScreen
import KkoriTerminal

/// The full-screen event loop: reads keys with a timeout, feeds them to the front-end model, carries
/// out its actions through the interview runtime, ticks the clocks, and draws only changed cells.
final class FullScreenLoop {
    let terminal: CursesTerminal
    let platform: Platform
    var model: AppModel
    /// The running session, if any.
    var runtime: InterviewRuntime?
    var recorder = KeystrokeRecorder()
    /// Background loading for the home screen.
    let loader = HomeLoader()
    /// The home screen's scenario, once loaded (sessions started from home use it).
    var homeScenario: Scenario?
    /// A start chosen before the scenario finished loading.
    var pendingStart: AppAction?
    var running = true
    var exitCode: Int32 = 0
    /// Printed after the terminal is restored (where the session was saved).
    var farewell: [String] = []
    var nextTick = 0.0
    /// Shows and grades coding tasks, once the session has any.
    var desk: TaskDesk?
    /// Work that waits until the first frame is on screen (reading the scenario and history).
    var afterFirstFrame: () -> Void = {}

    init(terminal: CursesTerminal, platform: Platform, model: AppModel) {
        self.terminal = terminal
        self.platform = platform
        self.model = model
    }

    /// Seconds on the session's clock (wall time, like the transcript).
    var now: Double { runtime?.now ?? Platform.now() }

    /// Runs until the user leaves; returns the exit code.
    func run() -> Int32 {
        let (width, height) = terminal.size
        _ = model.handle(.resized(width: width, height: height), at: now)
        draw()
        afterFirstFrame()
        while running {
            if let signal = TerminalSignals.received {
                stop(after: signal)
                break
            }
            let timeout = Int32(max(10, min(250, (nextTick - Platform.monotonic()) * 1000)))
            var changed = false
            if let event = terminal.readEvent(timeout: timeout) {
                handle(event)
                changed = true
                // Take everything already typed before drawing: a burst costs one frame.
                for _ in 0..<256 {
                    guard running, let more = terminal.readEvent(timeout: 0) else { break }
                    handle(more)
                }
            }
            changed = background() || changed
            if Platform.monotonic() >= nextTick {
                tick()
                changed = true
            }
            if changed && running { draw() }
        }
        flushKeystrokes(force: true)
        return exitCode
    }

    func draw() {
        terminal.draw(model.frame())
    }

    func handle(_ event: InputEvent) {
        for action in model.handle(event, at: now) { perform(action) }
        // Going on from a finished task can bring up the next one.
        prepareTaskScreen()
    }

    /// Once a second: the engine checks the round's time limit, the clocks on screen move, and typed
    /// edits older than the batch interval go to the transcript.
    func tick() {
        nextTick = Platform.monotonic() + 1
        guard let runtime else { return }
        let t = runtime.now
        submitIfTimeIsUp(at: t)
        for effect in runtime.send(.ticked(at: runtime.now)) { present(effect) }
        let session = runtime.session
        let guidance = model.home.settings.showGuidance ? session.currentRoundSpec?.answerSeconds : nil
        model.updateClock(ClockReadout(answer: session.answerElapsed(at: t), guidance: guidance,
                                       round: session.roundElapsed(at: t),
                                       roundLimit: session.currentRoundSpec?.timeLimitSeconds),
                          paused: session.isPaused)
        flushKeystrokes(force: false)
    }

    /// A termination signal: save what was typed, leave the session resumable, restore the terminal.
    func stop(after signal: Int32) {
        flushKeystrokes(force: true)
        if let runtime, runtime.session.isRunning { _ = runtime.send(.quitRequested(at: runtime.now)) }
        rememberTranscript()
        exitCode = 128 + signal
        running = false
    }

    /// Writes the pending keystrokes of the current answer (all of them when `force`).
    func flushKeystrokes(force: Bool) {
        guard let runtime, let batch = recorder.take(at: runtime.now, force: force) else { return }
        runtime.recordKeystrokes(batch)
    }

    /// Tells the user, after the terminal is restored, where the session is and how to continue.
    func rememberTranscript() {
        guard let path = runtime?.transcript?.path else { return }
        let language = model.strings.language
        farewell = language == .ko
            ? ["세션을 저장했습니다: \(path)", "이어서 하려면: kkori resume \(path)"]
            : ["Session saved: \(path)", "Continue with: kkori resume \(path)"]
    }
}
