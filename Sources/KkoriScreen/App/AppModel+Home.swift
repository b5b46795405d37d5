import KkoriEngine
import KkoriScenario

/// The home menu and the history list.
extension AppModel {
    mutating func performOnHome(_ command: Command) -> [AppAction] {
        let items = home.items
        home.message = nil
        switch command {
        case .up: home.selected = max(0, home.selected - 1)
        case .down: home.selected = min(items.count - 1, home.selected + 1)
        case .pageUp: home.selected = 0
        case .pageDown: home.selected = items.count - 1
        case .previousValue, .nextValue:
            guard items.indices.contains(home.selected), items[home.selected].isSetting else { return [] }
            return change(items[home.selected], forward: command == .nextValue)
        case .select:
            guard items.indices.contains(home.selected) else { return [] }
            return choose(items[home.selected])
        case .back: return [.exit]
        default: break
        }
        return []
    }

    private mutating func choose(_ item: HomeItem) -> [AppAction] {
        switch item {
        case .fullInterview: return [.start(round: nil, settings: home.settings)]
        case .round(let kind): return [.start(round: kind, settings: home.settings)]
        case .resume: return home.resumable.map { [.resume(path: $0.path)] } ?? []
        case .history: return [.openHistory]
        case .help: help = (.home, 0)
        case .quit: return [.exit]
        case .language, .mode, .scenario, .guidance: return change(item, forward: true)
        }
        return []
    }

    /// Cycles a setting; the interface switches language at once.
    private mutating func change(_ item: HomeItem, forward: Bool) -> [AppAction] {
        var settings = home.settings
        let step = forward ? 1 : -1
        switch item {
        case .language: settings.language = Self.cycle(Language.allCases, settings.language, step)
        case .mode: settings.mode = Self.cycle(InterviewMode.allCases, settings.mode, step)
        case .scenario:
            let count = max(1, home.scenarios.count)
            settings.scenario = (settings.scenario + step + count) % count
        case .guidance: settings.showGuidance.toggle()
        default: return []
        }
        home.settings = settings
        strings = UIStrings.forLanguage(settings.language)
        home.selected = min(home.selected, home.items.count - 1)
        return [.settingsChanged(settings)]
    }

    static func cycle<T: Equatable>(_ all: [T], _ current: T, _ step: Int) -> T {
        guard let index = all.firstIndex(of: current) else { return current }
        return all[(index + step + all.count) % all.count]
    }
}
