import Foundation
import KkoriCoding
import KkoriEngine
import KkoriScenario
import KkoriScreen
import KkoriText

/// Tasks and results as plain text (line mode and `kkori task`). Text from solutions (tracebacks,
/// output) is stripped of control characters before it is shown.
enum TaskText {
    /// Title, statement, signature, limits and the starter hint.
    static func statement(_ task: CodingTask, language: Language) -> String {
        let text = TaskStrings(language: language)
        var facts: [String] = []
        if let minutes = task.minutes { facts.append(text.suggested(minutes)) }
        facts.append(text.caseCounts(visible: task.visibleCases.count, hidden: task.hiddenCases.count))
        facts.append(text.perCase(number(task.limits.seconds)))
        facts.append(text.tolerance(number(task.tolerance.rtol), number(task.tolerance.atol)))
        let lines = [
            "\(task.title[language]) (\(task.id))", "",
            task.statement[language].trimmingCharacters(in: .whitespacesAndNewlines), "",
            "def \(task.signature):", facts.joined(separator: " · "), text.starterHint(task.id),
        ]
        return TerminalSafe.clean(lines.joined(separator: "\n"))
    }

    /// One line per case, then the speed comparison.
    static func result(_ result: TaskResult, task: CodingTask, language: Language) -> [String] {
        let text = TaskStrings(language: language)
        let head = "\(task.id): \(result.verdict.rawValue) (\(text.passed(result.passed, result.total)))"
        return [TerminalSafe.clean(head)] + rows(result, language: language, mode: .practice).map(\.text)
    }

    /// The lines under a result's headline: every visible case (with why it failed), the hidden cases
    /// one by one in practice (study) mode or as a count in real (exam) mode, then the speed against
    /// the kernel.
    static func rows(_ result: TaskResult, language: Language, mode: InterviewMode) -> [TaskLine] {
        let hiddenDetails = result.visibleOnly || mode == .practice
        let text = TaskStrings(language: language)
        var lines: [TaskLine] = []
        let width = max(8, result.cases.map(\.name.count).max() ?? 8)
        for item in result.cases where item.visible || hiddenDetails {
            let group = pad(item.visible ? text.visible : text.hidden, 8)
            let name = pad(item.name, width)
            let verdict = pad(item.verdict.rawValue, 15)
            lines.append(TaskLine("  \(group) \(name)  \(verdict) \(milliseconds(item.seconds))",
                                  tone: item.verdict.isAccepted ? .passed : .failed))
            if !item.verdict.isAccepted { lines += details(item, text: text).map { TaskLine($0, tone: .detail) } }
        }
        let hidden = result.cases.filter { !$0.visible }
        if !hiddenDetails, !hidden.isEmpty {
            let passed = hidden.filter(\.verdict.isAccepted).count
            lines.append(TaskLine("  \(pad(text.hidden, 8)) \(text.passed(passed, hidden.count))",
                                  tone: passed == hidden.count ? .passed : .failed))
        }
        if let mine = result.candidateSeconds, let kernel = result.referenceSeconds {
            lines.append(TaskLine(text.speed(candidate: milliseconds(mine), reference: milliseconds(kernel),
                                             ratio: ratio(mine, kernel, text: text)), tone: .plain))
        }
        return lines.map { TaskLine(TerminalSafe.clean($0.text), tone: $0.tone) }
    }

    /// The explanation and input shapes of a failing case, indented.
    private static func details(_ item: CaseResult, text: TaskStrings) -> [String] {
        var lines: [String] = []
        if let detail = item.detail {
            lines += detail.split(separator: "\n", omittingEmptySubsequences: false).map { "      \($0)" }
        }
        let shapes = item.inputs.map { "\($0.name) \($0.shape.map(String.init).joined(separator: "×"))" }
        if !shapes.isEmpty { lines.append("      " + text.inputs(shapes.joined(separator: ", "))) }
        return lines
    }

    /// `text` followed by spaces up to `columns` terminal columns (Hangul takes two).
    static func pad(_ text: String, _ columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - DisplayWidth.of(text)))
    }

    static func milliseconds(_ seconds: Double) -> String {
        let ms = seconds * 1000
        return ms >= 100 ? String(format: "%.0f ms", ms) : String(format: "%.2f ms", ms)
    }

    static func ratio(_ mine: Double, _ kernel: Double, text: TaskStrings) -> String {
        guard mine > 0, kernel > 0 else { return "-" }
        return mine >= kernel ? text.slower(String(format: "%.1f", mine / kernel))
            : text.faster(String(format: "%.1f", kernel / mine))
    }

    /// A limit or tolerance as written in task files (`10`, `0.5`, `1e-05`).
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e6 { return String(Int(value)) }
        guard abs(value) < 1e-3, value != 0 else { return String(value) }
        // 1e-4 rather than 0.0001, as task files write it.
        return String(format: "%.1e", value).replacingOccurrences(of: ".0e", with: "e")
            .replacingOccurrences(of: "e-0", with: "e-")
    }
}
