import KkoriEngine
import KkoriScenario

/// Number formats shared by the history screens, line mode and exports.
public enum HistoryFormat {
    /// `62%` (scores are clamped to 0...1).
    public static func percent(_ score: Double) -> String {
        Format.percent(score)
    }

    /// `12:05`, or `1:02:03` past an hour.
    public static func clock(_ seconds: Double) -> String {
        Format.clock(seconds)
    }

    /// The colour role for a score (muted when there is none).
    static func role(_ score: Double?) -> ColorRole {
        score.map(Format.role(for:)) ?? .muted
    }

    /// Rounds as a label: one round by its name, several by short names (`Tech+Proj+Pers`).
    public static func rounds(_ rounds: [RoundKind], strings: HistoryStrings) -> String {
        rounds.count == 1 ? strings.roundName(rounds[0]) : rounds.map { strings.roundShort($0) }.joined(separator: "+")
    }

    /// `Technical · Q2/5 › follow-up 1` — the round, the root's number, and the follow-up depth.
    public static func place(_ asked: AskedQuestion, strings: HistoryStrings) -> String {
        var text = strings.roundName(asked.round)
        if asked.total > 0 { text += " · Q\(asked.number)/\(asked.total)" }
        if asked.depth > 0 { text += " › \(strings.followUpLabel) \(asked.depth)" }
        return text
    }
}
