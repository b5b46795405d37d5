import KkoriEngine
import KkoriScenario

/// A scenario the home screen can offer.
public struct ScenarioChoice: Sendable, Hashable {
    /// Name or path to load it by.
    public var id: String
    /// Display title.
    public var title: Localized
    /// Its rounds, in order.
    public var rounds: [RoundSpec]

    public init(id: String, title: Localized, rounds: [RoundSpec]) {
        self.id = id
        self.title = title
        self.rounds = rounds
    }
}

/// What the candidate chose on the home screen; the runtime builds the session from it.
public struct HomeSettings: Sendable, Hashable {
    /// Interview and interface language.
    public var language: Language
    /// Practice (feedback after each answer) or real.
    public var mode: InterviewMode
    /// Index into the offered scenarios.
    public var scenario: Int
    /// Whether the answer clock shows the suggested time.
    public var showGuidance: Bool

    public init(language: Language, mode: InterviewMode = .practice, scenario: Int = 0, showGuidance: Bool = true) {
        self.language = language
        self.mode = mode
        self.scenario = scenario
        self.showGuidance = showGuidance
    }
}

/// A past session as the home screen mentions it (the one that can be resumed).
public struct HistoryEntry: Sendable, Hashable {
    /// Transcript path.
    public var path: String
    /// When, as shown (e.g. `2026-11-28 21:04`).
    public var date: String
    /// Scenario and rounds, as shown.
    public var title: String
    /// Overall score, when the session finished.
    public var score: Double?
    /// Whether it can be resumed.
    public var resumable: Bool

    public init(path: String, date: String, title: String, score: Double?, resumable: Bool) {
        self.path = path
        self.date = date
        self.title = title
        self.score = score
        self.resumable = resumable
    }
}

/// One row of the home menu.
public enum HomeItem: Sendable, Hashable {
    /// Every round of the scenario.
    case fullInterview
    /// One round.
    case round(RoundKind)
    /// Continue the last interrupted session.
    case resume
    /// Past sessions.
    case history
    /// Interview language.
    case language
    /// Practice or real.
    case mode
    /// Which scenario.
    case scenario
    /// Show the answer-time guidance.
    case guidance
    /// Keys.
    case help
    /// Leave.
    case quit

    /// Whether the row is a setting changed with ←/→.
    public var isSetting: Bool {
        switch self {
        case .language, .mode, .scenario, .guidance: true
        default: false
        }
    }
}

/// The home screen: menu, settings and what can be resumed.
public struct HomeState: Sendable {
    /// Scenarios on offer (at least one).
    public var scenarios: [ScenarioChoice]
    /// Current settings.
    public var settings: HomeSettings
    /// The latest session that can be resumed, if any.
    public var resumable: HistoryEntry?
    /// Selected row.
    public var selected = 0
    /// A one-line message (e.g. why a start failed).
    public var message: String?

    public init(scenarios: [ScenarioChoice], settings: HomeSettings, resumable: HistoryEntry? = nil) {
        self.scenarios = scenarios
        self.settings = settings
        self.resumable = resumable
    }

    /// The scenario chosen in the settings.
    public var scenario: ScenarioChoice? {
        scenarios.indices.contains(settings.scenario) ? scenarios[settings.scenario] : scenarios.first
    }

    /// The menu rows, in order: starts, resume, history, settings, help, quit.
    public var items: [HomeItem] {
        var items: [HomeItem] = [.fullInterview]
        items += (scenario?.rounds ?? []).map { .round($0.kind) }
        if resumable != nil { items.append(.resume) }
        items += [.history, .language, .mode, .scenario, .guidance, .help, .quit]
        return items
    }
}
