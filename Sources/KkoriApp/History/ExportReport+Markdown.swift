import Foundation
import KkoriScreen

/// The report as Markdown: headings and tables for the scores, each answer in a fenced block (so
/// nothing a candidate typed is read as Markdown or HTML), everything else escaped.
extension ExportReport {
    func markdown(strings: HistoryStrings) -> String {
        var out: [String] = []
        out.append("# \(MD.text(strings.reportTitle)): \(MD.text(scenario)) — \(MD.text(started))")
        out.append("")
        out.append("- " + [MD.text(rounds.joined(separator: "+")), language, mode, seed.map { "seed \($0)" } ?? "",
                           HistoryFormat.clock(activeSeconds)].filter { !$0.isEmpty }.joined(separator: " · "))
        out.append("- `" + MD.code(file) + "`" + (finished ? "" : " — " + MD.text(strings.stateInterrupted)))
        if let damage { out.append("- **\(MD.text(strings.stateDamaged))**: \(MD.text(damage))") }
        if let overall {
            out.append("- **\(MD.text(strings.overall))**: \(HistoryFormat.percent(overall))"
                + (recommendationLabel.map { " — " + MD.text($0) } ?? ""))
        }
        out += table(strings.byRound, roundScores.map { ($0.label, $0.score, "\($0.attempted)") })
        out += table(strings.byCompetency, competencies.map { ($0.label, $0.score, "\($0.answers)") })
        if !trees.isEmpty {
            out += ["", "## \(MD.text(strings.depth))", "", "| | | |", "|---|---|---|"]
            for tree in trees {
                out.append("| \(MD.cell(tree.question)) | \(max(0, tree.depthAnsweredWell + 1))/\(tree.maxDepth + 1) | \(HistoryFormat.percent(tree.score)) |")
            }
        }
        for question in questions { out += markdown(question, strings: strings) }
        if !tasks.isEmpty {
            out += ["", "## \(MD.text(strings.tasksTitle))", "", "| | | | | |", "|---|---|---|---:|---|"]
            for task in tasks {
                out.append("| \(MD.cell(task.id)) | \(MD.cell(strings.taskRunKind(!task.submitted))) | \(MD.cell(task.verdict)) "
                    + "| \(task.passed)/\(task.total) | \(MD.cell(Self.speed(task, strings: strings))) |")
            }
        }
        if !studyNext.isEmpty {
            out += ["", "## \(MD.text(strings.missed))", ""]
            out += studyNext.map { "- " + MD.text($0) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func table(_ title: String, _ rows: [(String, Double, String)]) -> [String] {
        guard !rows.isEmpty else { return [] }
        var out = ["", "## \(MD.text(title))", "", "| | | |", "|---|---:|---:|"]
        for (label, score, count) in rows { out.append("| \(MD.cell(label)) | \(HistoryFormat.percent(score)) | \(count) |") }
        return out
    }

    private func markdown(_ q: Question, strings: HistoryStrings) -> [String] {
        var out = ["", "### \(MD.text(q.label))", "", MD.text(q.question), ""]
        if let answer = q.answer, q.answerKind == "answer" {
            let fence = MD.fence(for: answer)
            out += [fence, answer, fence]
        } else if let kind = q.answerKind {
            out.append("_\(MD.text(kind))_")
        } else {
            out.append("_\(MD.text(strings.notAnswered))_")
        }
        if let score = q.score {
            out += ["", "**\(MD.text(strings.score))**: \(HistoryFormat.percent(score))", ""]
            out += q.covered.map { "- ✓ " + MD.text($0.text) + ($0.evidence.isEmpty ? "" : " — " + $0.evidence.map { "“\(MD.text($0))”" }.joined(separator: " ")) }
            out += q.missed.map { "- ✗ " + MD.text($0.text) }
            out += q.misconceptions.map { "- ! " + MD.text($0.text) }
            out += q.advice.map { "- → " + MD.text($0) }
        }
        if let next = q.next { out += ["", "_\(MD.text(strings.next)): \(MD.text(next))_"] }
        return out
    }
}

/// Markdown escaping.
enum MD {
    /// Text on one line with everything Markdown or HTML could act on escaped: emphasis, code, links,
    /// tables and HTML anywhere; headings, quotes and list markers where a line starts.
    static func text(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                out.append("\\")
                out.append(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        if let first = out.first, "#+-=".contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != out.startIndex,
           out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// A table cell.
    static func cell(_ value: String) -> String { text(value) }

    /// Text inside an inline code span (backticks removed).
    static func code(_ value: String) -> String {
        value.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " ")
    }

    /// A backtick fence longer than any backtick run in `body`.
    static func fence(for body: String) -> String {
        var longest = 0
        var run = 0
        for character in body {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }
}
