import KkoriEngine
import KkoriScenario

/// The index file's format: plain text, one tab-separated line per fact, a session line followed by
/// its details, and a closing line with the count (a cut-off file is never taken for a whole one).
///
/// ```
/// kkori-history-index 1
/// S name size modified state corrupt problem scenario rounds lang mode started ended active asked overall recommendation
/// R round score            (per round that ended)
/// C competency score       (report)
/// Q id root round depth score kind
/// T root depthAsked depthAnsweredWell maxDepth
/// end <sessions>
/// ```
/// Text fields escape backslash, tab, newline and carriage return; a missing value is `-`. Parsing
/// is by hand over the bytes: JSON decoding of a thousand sessions' questions would cost most of the
/// 200 ms the history screen may take to open.
enum IndexFormat {
    static let header = "kkori-history-index 1"

    static func encode(_ summaries: [SessionSummary]) -> String {
        var out = header + "\n"
        out.reserveCapacity(summaries.count * 600)
        for s in summaries {
            out += encodeSession(s)
            for r in s.roundScores { out += "R\t\(r.round.rawValue)\t\(r.score)\n" }
            for c in s.competencies { out += "C\t\(c.competency.rawValue)\t\(c.score)\n" }
            for q in s.questions {
                out += "Q\t\(escape(q.questionID))\t\(escape(q.rootID))\t\(q.round.rawValue)\t\(q.depth)\t"
                    + "\(q.score.map { "\($0)" } ?? "-")\t\(q.kind?.rawValue ?? "-")\n"
            }
            for t in s.trees {
                out += "T\t\(escape(t.rootID))\t\(t.depthAsked)\t\(t.depthAnsweredWell)\t\(t.maxDepth.map(String.init) ?? "-")\n"
            }
        }
        out += "end \(summaries.count)\n"
        return out
    }

    private static func encodeSession(_ s: SessionSummary) -> String {
        let fields: [String] = [
            "S", escape(s.name), "\(s.size)", "\(s.modified)", s.state.rawValue, s.corrupt ? "1" : "0",
            s.problem.map(escape) ?? "-", escape(s.scenarioID), s.rounds.map(\.rawValue).joined(separator: ","),
            s.language?.rawValue ?? "-", s.mode?.rawValue ?? "-", "\(s.startedAt)", "\(s.endedAt)",
            "\(s.activeSeconds)", "\(s.questionsAsked)", s.overall.map { "\($0)" } ?? "-",
            s.recommendation?.rawValue ?? "-",
        ]
        return fields.joined(separator: "\t") + "\n"
    }

    /// Backslash, tab, newline and carriage return escaped; an empty or `-` text gets a marker so it
    /// is not read back as a missing value.
    static func escape(_ text: String) -> String {
        if text.isEmpty { return "\\0" }
        if text == "-" { return "\\-" }
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func unescape(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.contains(0x5C) else {
            return bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) ? String(decoding: $0, as: UTF8.self) : nil }
        }
        if bytes.elementsEqual("\\0".utf8) { return "" }
        if bytes.elementsEqual("\\-".utf8) { return "-" }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaping = false
        for byte in bytes {
            if escaping {
                switch byte {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "\\"): out.append(0x5C)
                default: return nil
                }
                escaping = false
            } else if byte == 0x5C {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        guard !escaping, out.withUnsafeBufferPointer(UTF8Check.isValid) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }
}
