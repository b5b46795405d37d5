import Foundation
import KkoriEngine
import KkoriScoring
import KkoriScreen
import KkoriText

/// `kkori export FILE --asciicast OUT.cast`: the session as an asciicast v2 recording (a JSON header
/// line, then `[seconds, "o", text]` lines) that asciinema's player plays: each question appears when
/// it was asked, each answer is typed out with its recorded keystroke timing, then its score.
///
/// Only kkori's own escape sequences (bold, colour, cursor up, clear) are in the output; text from the
/// transcript is cleaned first, so a hostile answer cannot drive the viewer's terminal.
struct AsciicastWriter {
    let session: LoadedSession
    let width: Int
    let height: Int

    init(_ session: LoadedSession, width: Int = 100, height: Int = 30) {
        self.session = session
        self.width = max(40, width)
        self.height = max(10, height)
    }

    /// The recording's lines.
    func lines() -> [String] {
        let timeline = session.timeline()
        var screen = CastScreen(width: width)
        let events = CastScript(timeline: timeline, strings: HistoryStrings.forLanguage(session.language)).events()
        var out = [header(timeline)]
        var last = 0.0
        for event in events {
            let output = screen.render(event.action)
            guard !output.isEmpty else { continue }
            last = max(last, event.time)
            out.append("[\(String(format: "%.3f", last)), \"o\", \(CastJSON.quote(output))]")
        }
        return out
    }

    private func header(_ timeline: ReplayTimeline) -> String {
        let title = "kkori · " + SafeText.line(timeline.digest.start?.scenarioID ?? "", limit: 60) + " · "
            + HistoryRows.date(timeline.digest.startedAt)
        let stamp = timeline.digest.startedAt.isFinite && timeline.digest.startedAt > 0
            ? Int(min(timeline.digest.startedAt, 1e11)) : 0
        return "{\"version\": 2, \"width\": \(width), \"height\": \(height), \"timestamp\": \(stamp), "
            + "\"title\": \(CastJSON.quote(title)), \"env\": {\"TERM\": \"xterm-256color\", \"SHELL\": \"/bin/sh\"}}"
    }
}

/// JSON string quoting for cast lines (control characters as `\u00XX`).
enum CastJSON {
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
