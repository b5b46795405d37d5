import Foundation
import KkoriEngine
import KkoriPlatform
import KkoriScenario
import KkoriScreen
import KkoriText

/// Carrying out the front end's actions: starting and resuming sessions, feeding the engine,
/// recording keystrokes, leaving.
extension FullScreenLoop {
    func perform(_ action: AppAction) {
        switch action {
        case .record(let edit): recorder.add(edit)
        case .session(let command): send(command)
        case .start(let round, let settings): start(round: round, settings: settings)
        case .resume(let path): resume(path: path)
        case .openHistory: browseHistory()
        case .editSolution(let taskID): editSolution(taskID)
        case .gradeSolution(let taskID, let visibleOnly): gradeSolution(taskID, visibleOnly: visibleOnly)
        case .settingsChanged: break
        case .exit:
            rememberTranscript()
            running = false
        }
    }

    /// Stamps a command with the runtime's clock and feeds it to the session. Typed edits are
    /// written first, so the transcript has the typing before the answer it produced.
    func send(_ command: SessionCommand) {
        guard let runtime else { return }
        flushKeystrokes(force: true)
        let t = runtime.now
        let event: SessionEvent = switch command {
        case .submit(let text): .answerSubmitted(text, at: t)
        case .dontKnow: .dontKnowPressed(at: t)
        case .skip: .skipped(at: t)
        case .repeatQuestion: .repeatRequested(at: t)
        case .pause: .paused(at: t)
        case .resume: .resumed(at: t)
        case .proceed: .proceeded(at: t)
        case .quit: .quitRequested(at: t)
        }
        for effect in runtime.send(event) { present(effect) }
    }

    /// Shows an effect; a new question restarts the keystroke recording.
    func present(_ effect: SessionEffect) {
        if case .ask(let asked) = effect, recorder.questionID != asked.questionID || !isAnswering(asked) {
            recorder.questionShown(asked.questionID, at: now)
        }
        if case .presentTask = effect {
            model.present(effect)
            prepareTaskScreen()
            return
        }
        model.present(effect)
        if case .showReport = effect { runtime = nil }
    }

    private func isAnswering(_ asked: AskedQuestion) -> Bool {
        if case .interview(let state) = model.screen { return state.asked.questionID == asked.questionID }
        return false
    }

    /// Starts a session from the home screen (once its scenario has loaded).
    func start(round: RoundKind?, settings: HomeSettings) {
        guard let scenario = homeScenario else {
            pendingStart = .start(round: round, settings: settings)
            model.showMessage(model.strings.language == .ko ? "시나리오를 불러오는 중…" : "Loading the scenario…")
            return
        }
        let options = InterviewOptions(round: round?.rawValue, scenario: scenario.id,
                                       language: settings.language.rawValue, mode: settings.mode.rawValue)
        do throws(UserError) {
            let config = try InterviewCommands.config(options, scenario: scenario, platform: platform)
            let runtime = try SessionFactory.startRuntime(scenario: scenario, config: config, platform: platform)
            begin(runtime, resuming: false)
        } catch {
            model.showMessage(TerminalSafe.clean(error.message, keepNewlines: false))
        }
    }

    /// Continues an interrupted session from its transcript.
    func resume(path: String) {
        do throws(UserError) {
            begin(try SessionFactory.resumeRuntime(path: path, scenarioName: nil, platform: platform), resuming: true)
        } catch {
            model.showMessage(TerminalSafe.clean(error.message, keepNewlines: false))
        }
    }

    /// Shows a session: the first question (or where it stopped), with the draft typed before.
    func begin(_ runtime: InterviewRuntime, resuming: Bool) {
        self.runtime = runtime
        let scenario = runtime.session.scenario
        homeScenario = scenario
        model.updateScenario(ScenarioChoice(id: scenario.id, title: scenario.title, rounds: scenario.rounds))
        runtime.onWarning = { [weak self] message in self?.model.showNotice(TerminalSafe.clean(message)) }
        let session = runtime.session
        model.beginSession(scenario: session.scenario, language: session.config.language)
        model.setMode(session.config.mode)
        model.transcriptPath = runtime.transcript?.path
        let effects = resuming ? runtime.reopen() : runtime.send(.started(at: runtime.now))
        for effect in effects { present(effect) }
        if resuming, let draft = DraftRecovery.draft(in: runtime.entries, for: model.currentQuestionID) {
            model.restoreDraft(draft)
        }
        nextTick = 0
    }

    /// Picks up what the background loader finished; returns whether the screen changed.
    func background() -> Bool {
        guard let loaded = loader.take() else { return false }
        model.updateResumable(loaded.resumable)
        switch loaded.scenario {
        case .success(let scenario):
            homeScenario = scenario
            model.updateScenario(ScenarioChoice(id: scenario.id, title: scenario.title, rounds: scenario.rounds))
            if let start = pendingStart {
                pendingStart = nil
                perform(start)
            }
        case .failure(let error):
            model.showMessage(TerminalSafe.clean(error.message, keepNewlines: false))
        case nil: break
        }
        return true
    }
}
