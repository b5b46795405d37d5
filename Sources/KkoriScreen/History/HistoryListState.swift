import KkoriScenario

/// The history list: every row, the order and filters chosen, the selection, a mark for comparing,
/// and a delete waiting for confirmation.
public struct HistoryListState: Sendable {
    /// Every session, as given.
    public private(set) var rows: [HistoryRow]
    /// "Now" for the date filter (the runtime's clock; the screen reads none).
    public var now: Double
    /// Order.
    public var sort: HistorySort = .date { didSet { refreshVisible() } }
    /// Whether the order is reversed (oldest, lowest, shortest first).
    public var reversed = false { didSet { refreshVisible() } }
    /// Only sessions that ran this round.
    public var round: RoundKind? { didSet { refreshVisible() } }
    /// Only this scenario.
    public var scenario: String? { didSet { refreshVisible() } }
    /// Only this recent.
    public var period: HistoryPeriod = .all { didSet { refreshVisible() } }
    /// Selected row in `visible`.
    public var selected = 0
    /// First row shown.
    public var scroll = 0
    /// The session marked for comparing (its name).
    public var marked: String?
    /// The session waiting for a delete confirmation (its name).
    public var confirmingDelete: String?

    public init(rows: [HistoryRow], now: Double) {
        self.rows = rows
        self.now = now
        refreshVisible()
    }

    /// The rows that pass the filters, in the chosen order.
    public private(set) var visible: [HistoryRow] = []

    /// The selected row, if any.
    public var selection: HistoryRow? {
        visible.indices.contains(selected) ? visible[selected] : nil
    }

    /// Replaces the rows (after a delete or a refresh), keeping the selection on the same session.
    public mutating func update(_ rows: [HistoryRow]) {
        let keep = selection?.name
        self.rows = rows
        if let marked, !rows.contains(where: { $0.name == marked }) { self.marked = nil }
        refreshVisible()
        if let keep, let index = visible.firstIndex(where: { $0.name == keep }) { selected = index }
        selected = min(selected, max(0, visible.count - 1))
    }

    /// Moves the selection by `delta` rows (clamped).
    public mutating func move(_ delta: Int) {
        selected = max(0, min(visible.count - 1, selected + delta))
    }

    /// Next sort order (date → score → time → scenario).
    public mutating func nextSort() {
        sort = Self.following(sort, in: HistorySort.allCases)
    }

    /// Reverses the order.
    public mutating func reverse() {
        reversed.toggle()
    }

    /// Next round filter (all → each round in turn).
    public mutating func nextRound() {
        let choices: [RoundKind?] = [nil] + RoundKind.allCases
        round = Self.following(round, in: choices)
    }

    /// Next scenario filter (all → each scenario seen).
    public mutating func nextScenario() {
        let names = Array(Set(rows.map(\.scenario)).filter { !$0.isEmpty }).sorted()
        scenario = Self.following(scenario, in: [nil] + names.map(Optional.some))
    }

    /// Next date filter.
    public mutating func nextPeriod() {
        period = Self.following(period, in: HistoryPeriod.allCases)
    }

    static func following<T: Equatable>(_ value: T, in all: [T]) -> T {
        guard let index = all.firstIndex(of: value), !all.isEmpty else { return all.first ?? value }
        return all[(index + 1) % all.count]
    }

    private mutating func refreshVisible() {
        let cutoff = period == .all ? -Double.infinity : now - Double(period.rawValue) * 86_400
        let kept = rows.filter { row in
            (round.map { row.rounds.contains($0) } ?? true) && (scenario.map { row.scenario == $0 } ?? true)
                && row.startedAt >= cutoff
        }
        visible = kept.sorted(by: order)
        if reversed { visible.reverse() }
        selected = min(selected, max(0, visible.count - 1))
    }

    /// The chosen order: the key, then newest first to break ties.
    private func order(_ a: HistoryRow, _ b: HistoryRow) -> Bool {
        let first: Bool?
        switch sort {
        case .date: first = nil
        case .score: first = a.score == b.score ? nil : (a.score ?? -1) > (b.score ?? -1)
        case .duration: first = a.duration == b.duration ? nil : a.duration > b.duration
        case .scenario: first = a.scenario == b.scenario ? nil : a.scenario < b.scenario
        }
        return first ?? ((a.startedAt, a.name) > (b.startedAt, b.name))
    }
}
