import KkoriEngine
import KkoriScenario

/// The whole front end as a value: keys and session effects in, actions and frames out.
///
/// It reads no clock and touches no terminal: the runtime passes times in, carries out the actions,
/// and asks for a frame with `render(into:)`. Tests drive it with events and compare the frames.
public struct AppModel: Sendable {
    /// Smallest size the screens are laid out for; below it the "enlarge" notice shows.
    public static let minimumWidth = 44
    /// Smallest height the screens are laid out for.
    public static let minimumHeight = 12

    /// The screen on display.
    public internal(set) var screen: Screen = .home
    /// The home menu's state (kept while a session runs, to return to).
    public internal(set) var home: HomeState
    /// Interface strings in the current language.
    public internal(set) var strings: UIStrings
    /// Terminal size.
    public internal(set) var width: Int
    /// Terminal height.
    public internal(set) var height: Int
    /// The help screen, when open: the context it was opened from and its scroll.
    public internal(set) var help: (context: KeyContext, scroll: Int)?
    /// Whether the quit dialog is open.
    public internal(set) var confirmingQuit = false
    /// The running session's scenario, for question texts.
    public internal(set) var scenario: Scenario?
    /// Session effects waiting behind a round summary.
    var queued: [SessionEffect] = []
    /// Where the transcript goes, shown in the report.
    public var transcriptPath: String?

    public init(home: HomeState, width: Int, height: Int) {
        self.home = home
        strings = UIStrings.forLanguage(home.settings.language)
        self.width = width
        self.height = height
    }

    /// Whether the terminal is too small for the screens.
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The key context now (overlays first).
    public var context: KeyContext {
        if confirmingQuit { return .confirmQuit }
        if help != nil { return .help }
        return screen.context
    }

    /// Starts showing a session (its language decides the interface language).
    public mutating func beginSession(scenario: Scenario, language: Language) {
        self.scenario = scenario
        strings = UIStrings.forLanguage(language)
        queued = []
    }

    /// Back to the home menu after a session.
    public mutating func returnHome(message: String? = nil) {
        screen = .home
        scenario = nil
        queued = []
        home.message = message
        strings = UIStrings.forLanguage(home.settings.language)
    }

    /// Replaces the resumable session the home screen offers (the runtime reads it from disk).
    public mutating func updateResumable(_ resumable: HistoryEntry?) {
        home.resumable = resumable
        home.selected = min(home.selected, home.items.count - 1)
    }

    /// Updates the interview clocks (the runtime reads them from the session on each tick).
    public mutating func updateClock(_ clock: ClockReadout, paused: Bool) {
        if case .task(var state) = screen {
            // A finished task's countdown stops where it ended (the round may be over behind it).
            guard !state.isFinished else { return }
            state.clock = clock
            screen = .task(state)
            return
        }
        guard case .interview(var state) = screen else { return }
        state.clock = clock
        state.isPaused = paused
        screen = .interview(state)
    }
}
