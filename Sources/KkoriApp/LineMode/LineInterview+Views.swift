import Foundation
import KkoriCoding
import KkoriEngine
import KkoriScenario
import KkoriScoring
import KkoriText

/// Feedback, tasks and the report as plain text.
extension LineInterview {
    func showFeedback(_ feedback: Feedback) {
        let scenario = runtime.session.scenario
        guard let question = scenario.questions[feedback.questionID] else { return }
        let lang = text.language
        let a = feedback.assessment
        say("\n  \(bar(a.score)) \(text.percent(a.score))")
        if a.isDontKnow { say("  \(text.honest)") }
        let covered = zip(question.rubric.points, a.points).filter { $0.1.isCovered }
        if !covered.isEmpty {
            say("  \(text.covered):")
            for (point, result) in covered {
                let words = result.evidence.prefix(3).map { "“\(TerminalSafe.clean($0, keepNewlines: false))”" }
                say("   + \(TerminalSafe.clean(point.conveys[lang]))  \(words.joined(separator: " "))")
            }
        }
        let missed = zip(question.rubric.points, a.points).filter { !$0.1.isCovered }
        if !missed.isEmpty {
            say("  \(text.missed):")
            for (point, _) in missed { say("   - \(TerminalSafe.clean(point.conveys[lang]))") }
        }
        let wrong = question.rubric.misconceptions.filter { a.misconceptions.contains($0.id) }
        if !wrong.isEmpty {
            say("  \(text.misconceptions):")
            for item in wrong { say("   ! \(TerminalSafe.clean(item.says[lang]))") }
        }
        for line in a.advice { say("  → \(TerminalSafe.clean(line))") }
        say("  \(text.modelAnswer): \(TerminalSafe.clean(question.modelAnswer[lang]).trimmingCharacters(in: .whitespacesAndNewlines))")
        if feedback.nextFollowUp != nil { say("  (\(text.nextProbe))") }
    }

    func presentTask(_ taskID: String, number: Int, total: Int) {
        say("\n[\(text.roundName(.coding)) \(number)/\(total)] \(taskID)")
        if let desk { say(TerminalSafe.clean(desk.statement(taskID: taskID, language: text.language))) }
        say(desk == nil ? text.skipTask : text.taskCommands)
        while let line = io.readLine() {
            let entry = line.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty { continue }
            if entry == "/skip" || desk == nil {
                pending += runtime.send(.skipped(at: runtime.now))
                return
            }
            if entry == "/quit" { break }
            let visibleOnly = entry.hasPrefix("/run ")
            var path = entry
            for command in ["/run ", "/submit "] where entry.hasPrefix(command) {
                path = String(entry.dropFirst(command.count)).trimmingCharacters(in: .whitespaces)
            }
            // `/help` or a mistyped command (one word after a slash, not a path): show the commands again.
            if entry.hasPrefix("/"), !entry.dropFirst().contains("/"), !FileManager.default.fileExists(atPath: entry) {
                say(text.taskCommands)
                continue
            }
            if gradeTask(taskID, file: path, visibleOnly: visibleOnly) { return }
        }
        pending += runtime.send(.quitRequested(at: runtime.now))
    }

    /// Grades a file and prints each case; true when it was a submission the engine took. A file that
    /// cannot be graded (missing, unreadable, no python3) is reported and the task stays open.
    private func gradeTask(_ taskID: String, file: String, visibleOnly: Bool) -> Bool {
        guard let desk else { return false }
        let result: TaskResult
        do throws(UserError) {
            result = try desk.grade(taskID: taskID, file: file, visibleOnly: visibleOnly)
        } catch {
            say("  " + TerminalSafe.clean(error.message))
            return false
        }
        let outcome = TaskDesk.outcome(result)
        say("  \(outcome.verdict): \(outcome.passed)/\(outcome.total)")
        for row in TaskText.rows(result, language: text.language, mode: runtime.session.config.mode) { say(row.text) }
        pending += runtime.send(.taskGraded(outcome, at: runtime.now))
        return !visibleOnly
    }

    func showReport(_ report: SessionReport) {
        let scenario = runtime.session.scenario
        let lang = text.language
        say("\n== \(text.report) ==")
        say("\(text.overall): \(bar(report.overall)) \(text.percent(report.overall))   \(text.recommendationLabel): \(text.recommendation(report.recommendation))")
        for round in report.rounds { say("  \(text.roundName(round.round)): \(text.percent(round.score)) (\(round.attempted))") }
        for item in report.competencies {
            say("  \(text.competency(item.competency)): \(bar(item.score)) \(text.percent(item.score))")
        }
        if !report.trees.isEmpty {
            say("\(text.depthLabel):")
            for tree in report.trees {
                let depth = max(0, tree.depthAnsweredWell)
                say("  \(tree.rootID): \(depth)/\(tree.maxDepth)  \(text.percent(tree.score))")
            }
        }
        if !report.strongest.isEmpty { say("\(text.strongest): \(report.strongest.joined(separator: ", "))") }
        if !report.weakest.isEmpty { say("\(text.weakest): \(report.weakest.joined(separator: ", "))") }
        if !report.missedPoints.isEmpty {
            say("\(text.studyNext):")
            for missed in report.missedPoints.prefix(6) {
                guard let point = scenario.questions[missed.questionID]?.rubric.points.first(where: { $0.id == missed.pointID })
                else { continue }
                say("  - \(TerminalSafe.clean(point.conveys[lang]))")
            }
        }
    }

    func bar(_ score: Double, width: Int = 20) -> String {
        let filled = max(0, min(width, Int((score * Double(width)).rounded())))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    }
}
