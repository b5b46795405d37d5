import Foundation
import KkoriEngine
import KkoriPlatform
import KkoriScenario
import KkoriScreen
import KkoriStore
import KkoriTerminal
import KkoriText

/// The full-screen app: the home screen, or straight into a session.
public enum FullScreen {
    /// How a full-screen run ended.
    public enum Outcome: Sendable, Equatable {
        /// It ran; exit with this code.
        case finished(Int32)
        /// Full screen is not possible here (the reason, for line mode to mention or an error to show).
        case unavailable(String)
    }

    /// Whether full screen can run: standard input and output are a terminal of a real type (not
    /// `dumb`). Otherwise line mode takes over.
    public static func isAvailable(platform: Platform = .current) -> Bool {
        let term = platform.environment["TERM"] ?? ""
        return Platform.isTerminal(0) && Platform.isTerminal(1) && !term.isEmpty && term != "dumb"
    }

    /// `kkori` with no arguments: the home screen.
    public static func home(platform: Platform = .current) -> Outcome {
        run(platform: platform, runtime: nil, resuming: false)
    }

    /// `kkori interview …` or `kkori resume …`: the session's first (or current) question at once;
    /// after the report, the home screen.
    public static func session(_ runtime: InterviewRuntime, resuming: Bool, platform: Platform = .current) -> Outcome {
        run(platform: platform, runtime: runtime, resuming: resuming)
    }

    private static func run(platform: Platform, runtime: InterviewRuntime?, resuming: Bool) -> Outcome {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(allowColor: !platform.noColor, term: platform.environment["TERM"])
        } catch {
            return .unavailable(error.description)
        }
        let loop = FullScreenLoop(terminal: terminal, platform: platform, model: AppModel(
            home: initialHome(platform: platform), width: terminal.size.width, height: terminal.size.height))
        // A session brings its scenario; the home screen alone reads the default one.
        let name: String? = runtime == nil ? ScenarioFolder.defaultName : nil
        loop.afterFirstFrame = { [loader = loop.loader] in loader.start(scenario: name, platform: platform) }
        if let runtime { loop.begin(runtime, resuming: resuming) }
        let code = loop.run()
        terminal.close()
        for line in loop.farewell { print(TerminalSafe.clean(line, keepNewlines: false)) }
        return .finished(code)
    }

    /// The home screen before anything is read from disk: the bundled scenario by name, its usual
    /// rounds, the language the locale suggests. The loader fills in the rest a moment later.
    static func initialHome(platform: Platform) -> HomeState {
        let language = Language(rawValue: platform.preferredLanguageCode) ?? .en
        let name = ScenarioFolder.defaultName
        let rounds = RoundKind.allCases.map { RoundSpec(kind: $0, draw: 0, answerSeconds: 0) }
        return HomeState(scenarios: [ScenarioChoice(id: name, title: Localized(ko: name, en: name), rounds: rounds)],
                         settings: HomeSettings(language: language))
    }
}
