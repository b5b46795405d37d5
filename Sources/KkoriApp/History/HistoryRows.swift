import Foundation
import KkoriScreen
import KkoriStore

/// Turns stored session summaries into what the list shows.
public enum HistoryRows {
    /// One row per summary, in the same order; dates in the local time zone.
    public static func rows(_ summaries: [SessionSummary], store: HistoryStore) -> [HistoryRow] {
        summaries.map { row($0, store: store) }
    }

    static func row(_ s: SessionSummary, store: HistoryStore) -> HistoryRow {
        let state: HistoryRowState = switch s.state {
        case .finished: .finished
        case .interrupted: .interrupted
        case .futureVersion: .futureVersion
        case .unreadable: .unreadable
        }
        return HistoryRow(name: s.name, path: store.path(of: s.name), startedAt: s.startedAt,
                          date: date(s.startedAt, fallbackName: s.name),
                          scenario: s.scenarioID, rounds: s.rounds, duration: s.activeSeconds, score: s.overall,
                          questions: s.questionsAsked, state: state, problem: s.problem, resumable: s.isResumable)
    }

    /// `2026-11-28 21:04` local time; from the file name when the transcript has no usable time.
    /// (`localtime_r`, not a `DateFormatter`: a thousand rows must format in well under a millisecond.)
    static func date(_ seconds: Double, fallbackName: String) -> String {
        guard seconds > 0, seconds.isFinite, seconds < 1e11 else { return String(SafeText.line(fallbackName).prefix(15)) }
        var time = time_t(seconds)
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else { return String(fallbackName.prefix(15)) }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }

    /// A date label for one time.
    public static func date(_ seconds: Double) -> String {
        date(seconds, fallbackName: "-")
    }
}
