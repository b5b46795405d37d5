import KkoriScenario
import KkoriText

/// The home screen: what to start, the settings, help and quit.
enum HomeView {
    static func render(_ state: HomeState, strings: UIStrings, into buffer: inout ScreenBuffer) {
        let title = state.scenario.map { "\(strings.appTitle) — \($0.title[strings.language])" } ?? strings.appTitle
        buffer.titleBar(row: 0, left: title)
        buffer.put(strings.tagline.truncated(toColumns: buffer.width - 4), row: 2, column: 3, style: Style(.muted))
        let items = state.items
        let listTop = 4
        let listHeight = max(1, buffer.height - listTop - 3)
        let first = max(0, min(state.selected - listHeight + 1, items.count - listHeight))
        let settingLabels = items.filter(\.isSetting).map { label(of: $0, strings: strings).displayWidth }
        let labelWidth = min((settingLabels.max() ?? 10) + 4, buffer.width / 2)
        var row = listTop
        for (index, item) in items.enumerated().dropFirst(first).prefix(listHeight) {
            let selected = index == state.selected
            drawItem(item, state: state, strings: strings, row: row, labelWidth: labelWidth, selected: selected,
                     into: &buffer)
            row += 1
        }
        if let message = state.message {
            buffer.put(message, row: buffer.height - 2, column: 2, style: Style(.warning), limit: buffer.width - 3)
        } else if items.indices.contains(state.selected) {
            let detail = detail(of: items[state.selected], state: state, strings: strings)
            buffer.put(detail, row: buffer.height - 2, column: 2, style: Style(.muted), limit: buffer.width - 3)
        }
        buffer.hints(row: buffer.height - 1, context: .home, strings: strings)
    }

    private static func drawItem(_ item: HomeItem, state: HomeState, strings: UIStrings, row: Int, labelWidth: Int,
                                 selected: Bool, into buffer: inout ScreenBuffer) {
        let style = selected ? Style(.selection, .reverse) : (item.isSetting ? Style(.normal) : Style(.normal, .bold))
        let label = (selected ? "▸ " : "  ") + self.label(of: item, strings: strings)
        if selected { buffer.fill(Rect(row: row, column: 2, width: buffer.width - 4, height: 1), style: style) }
        guard let value = value(of: item, state: state, strings: strings) else {
            buffer.put(label.truncated(toColumns: buffer.width - 4), row: row, column: 2, style: style)
            return
        }
        buffer.put(label.truncated(toColumns: labelWidth + 1), row: row, column: 2, style: style)
        let shown = selected ? "◂ \(value) ▸" : "  \(value)"
        buffer.put(shown.truncated(toColumns: buffer.width - labelWidth - 6), row: row, column: 4 + labelWidth,
                   style: selected ? style : Style(.accent))
    }

    static func label(of item: HomeItem, strings: UIStrings) -> String {
        switch item {
        case .fullInterview: strings.startFull
        case .round(let kind): strings.roundOnly(kind)
        case .resume: strings.resume
        case .history: strings.history
        case .language: strings.settingLanguage
        case .mode: strings.settingMode
        case .scenario: strings.settingScenario
        case .guidance: strings.settingGuidance
        case .help: strings.help
        case .quit: strings.quit
        }
    }

    /// A setting's current value.
    static func value(of item: HomeItem, state: HomeState, strings: UIStrings) -> String? {
        switch item {
        case .language: strings.languageName(state.settings.language)
        case .mode: strings.modeName(state.settings.mode)
        case .scenario: state.scenario?.title[strings.language]
        case .guidance: state.settings.showGuidance ? strings.on : strings.off
        default: nil
        }
    }

    /// The line under the menu that explains the selected row.
    static func detail(of item: HomeItem, state: HomeState, strings: UIStrings) -> String {
        switch item {
        case .fullInterview:
            let names = (state.scenario?.rounds ?? []).map { strings.roundName($0.kind) }
            return strings.startFullDetail + names.joined(separator: " → ")
        case .round(let kind):
            guard let spec = state.scenario?.rounds.first(where: { $0.kind == kind }) else { return "" }
            return strings.roundDetail(spec.draw, Format.clock(Double(spec.answerSeconds)))
        case .resume: return state.resumable.map { strings.resumeDetail("\($0.date) · \($0.title)") } ?? ""
        case .history: return strings.historyDetail
        case .mode: return strings.modeDetail(state.settings.mode)
        default: return ""
        }
    }
}
