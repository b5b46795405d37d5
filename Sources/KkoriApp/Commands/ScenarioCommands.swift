import Foundation
import KkoriPlatform
import KkoriScenario
import KkoriStore
import KkoriText

/// `kkori scenarios validate` and `kkori scenarios stats`.
public enum ScenarioCommands {
    /// Checks a scenario; prints every problem as `file:line:column: sentence`. Exit 1 if any.
    public static func validate(_ path: String?, out: (String) -> Void, err: (String) -> Void) -> Int32 {
        let folder: String
        let files: [SourceFile]
        do {
            folder = try ScenarioFolder.locate(path)
            files = try ScenarioFolder.read(folder)
        } catch {
            err("kkori: \(error.message)")
            return 1
        }
        let diagnostics: [Diagnostic]
        var summary = ""
        do {
            let scenario = try ScenarioLoader.load(files: files)
            let extra = TaskValidation.validate(scenario)
            diagnostics = extra
            let stats = ScenarioStats(scenario)
            summary = "\(scenario.id): \(stats.rootsPerRound.values.reduce(0, +)) root questions, "
                + "\(stats.totalNodes) nodes, \(scenario.taskFiles.count) task files"
        } catch {
            diagnostics = error.diagnostics
        }
        for diagnostic in diagnostics.sorted() {
            err(TerminalSafe.clean("\(folder)/\(diagnostic)", keepNewlines: false))
        }
        guard diagnostics.isEmpty else {
            err("\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") found in \(folder)")
            return 1
        }
        out("ok: \(TerminalSafe.clean(summary))")
        return 0
    }

    /// Prints the counts of a scenario, as text or JSON.
    public static func stats(_ path: String?, json: Bool, out: (String) -> Void, err: (String) -> Void) -> Int32 {
        let scenario: Scenario
        do {
            scenario = try SessionFactory.loadScenario(path)
        } catch {
            err("kkori: \(error.message)")
            return 1
        }
        let stats = ScenarioStats(scenario)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            guard let data = try? encoder.encode(stats), let text = String(data: data, encoding: .utf8) else { return 1 }
            out(text)
            return 0
        }
        out(TerminalSafe.clean(render(stats, scenario: scenario)))
        return 0
    }

    static func render(_ stats: ScenarioStats, scenario: Scenario) -> String {
        var lines = ["\(scenario.id) — \(scenario.title.en)"]
        lines.append("root questions by round:")
        for round in RoundKind.allCases {
            let roots = stats.rootsPerRound[round.rawValue] ?? 0
            let nodes = stats.nodesPerRound[round.rawValue] ?? 0
            if roots > 0 || nodes > 0 { lines.append("  \(round.rawValue): \(roots) roots, \(nodes) nodes") }
        }
        lines.append("root questions by topic:")
        for (topic, count) in stats.rootsPerTopic.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(topic): \(count)")
        }
        lines.append("total nodes: \(stats.totalNodes), key points: \(stats.keyPoints)")
        lines.append("follow-up depth: max \(stats.maxDepth); trees reaching 2 levels: \(stats.treesReaching2), 3 levels: \(stats.treesReaching3)")
        lines.append("texts missing a language: \(stats.missingLanguage.isEmpty ? "none" : stats.missingLanguage.joined(separator: ", "))")
        return lines.joined(separator: "\n")
    }
}

