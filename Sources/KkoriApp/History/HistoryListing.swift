import Foundation
import KkoriScenario
import KkoriScreen
import KkoriStore
import KkoriText

/// What `kkori history` was asked for.
public struct HistoryOptions: Sendable {
    public var round: String?
    public var scenario: String?
    public var days: Int?
    public var sort: String?
    public var reverse: Bool
    public var json: Bool

    public init(round: String? = nil, scenario: String? = nil, days: Int? = nil, sort: String? = nil,
                reverse: Bool = false, json: Bool = false) {
        self.round = round
        self.scenario = scenario
        self.days = days
        self.sort = sort
        self.reverse = reverse
        self.json = json
    }
}

/// `kkori history` in line mode: the sessions as a table (or JSON Lines), filtered and sorted like
/// the history screen, with the command to resume each interrupted one.
enum HistoryListing {
    /// The list state the options select (same filters and order as the screen).
    static func state(_ rows: [HistoryRow], options: HistoryOptions, now: Double) throws(UserError) -> HistoryListState {
        var state = HistoryListState(rows: rows, now: now)
        if let name = options.round {
            guard let round = RoundKind(rawValue: name.lowercased()) else {
                throw UserError("unknown round '\(name)'; use technical, project, personality or coding", code: 2)
            }
            state.round = round
        }
        state.scenario = options.scenario
        if let days = options.days {
            guard let period = HistoryPeriod.allCases.first(where: { $0.rawValue == days }) else {
                throw UserError("--days takes 7, 30 or 365 (got \(days))", code: 2)
            }
            state.period = period
        }
        if let name = options.sort {
            guard let sort = HistorySort(rawValue: name == "time" ? "duration" : name.lowercased()) else {
                throw UserError("unknown sort '\(name)'; use date, score, time or scenario", code: 2)
            }
            state.sort = sort
        }
        if options.reverse { state.reverse() }
        state.update(rows)
        return state
    }

    /// The table's lines.
    static func table(_ rows: [HistoryRow], total: Int, folder: String, strings: HistoryStrings) -> [String] {
        guard !rows.isEmpty else { return [total == 0 ? strings.empty : strings.noMatch] }
        let scenarioWidth = min(24, max(8, rows.map { SafeText.line($0.scenario, limit: 40).displayWidth }.max() ?? 8))
        let roundsWidth = min(40, max(6, rows.map { HistoryFormat.rounds($0.rounds, strings: strings).displayWidth }.max() ?? 6))
        var lines = [[strings.columnDate.padded(toColumns: 16), strings.columnScenario.padded(toColumns: scenarioWidth),
                      strings.columnRounds.padded(toColumns: roundsWidth), strings.columnTime.leftPadded(7),
                      strings.columnScore.leftPadded(6), " " + strings.columnState].joined(separator: "  ")]
        for row in rows {
            let time = row.state == .unreadable || row.state == .futureVersion ? "-" : HistoryFormat.clock(row.duration)
            var state = glyph(row) + " " + row.stateLabel(strings)
            if let problem = row.problem { state += ": " + SafeText.line(problem, limit: 120) }
            lines.append([row.date.padded(toColumns: 16),
                          SafeText.line(row.scenario.isEmpty ? "?" : row.scenario, limit: 40).padded(toColumns: scenarioWidth),
                          HistoryFormat.rounds(row.rounds, strings: strings).padded(toColumns: roundsWidth),
                          time.leftPadded(7), (row.score.map(HistoryFormat.percent) ?? "-").leftPadded(6),
                          " " + state].joined(separator: "  "))
        }
        lines.append("")
        let interrupted = rows.filter { $0.state == .interrupted }.count
        let damaged = rows.filter { $0.problem != nil }.count
        var footer = [strings.sessionsCount(rows.count)]
        if interrupted > 0 { footer.append(strings.interruptedCount(interrupted)) }
        if damaged > 0 { footer.append(strings.damagedCount(damaged)) }
        lines.append(footer.joined(separator: " · ") + " — " + SafeText.line(folder, limit: 300))
        if let latest = rows.filter(\.resumable).max(by: { $0.startedAt < $1.startedAt }) {
            lines.append(strings.resumeHint(SafeText.line(latest.path, limit: 1000)))
        }
        return lines
    }

    static func glyph(_ row: HistoryRow) -> String {
        switch row.state {
        case .futureVersion: "⇡"
        case .unreadable: "✗"
        case _ where row.problem != nil: "!"
        case .finished: "✓"
        case .interrupted: "◐"
        }
    }
}

extension String {
    /// Padded on the left to `width` columns.
    func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - displayWidth)) + self
    }
}
