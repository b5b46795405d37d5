import KkoriEngine
import KkoriScenario
import KkoriText

/// The report at the end of a session: scores per round and competency, depth per question tree,
/// strongest and weakest answers, the recommendation and what to study next.
enum ReportView {
    static func render(_ state: ReportState, strings: UIStrings, into buffer: inout ScreenBuffer) {
        buffer.titleBar(row: 0, left: strings.reportTitle, right: state.scenario.title[strings.language])
        let body = Rect(row: 2, column: 2, width: buffer.width - 4, height: buffer.height - 4)
        document(state, strings: strings, width: body.width).draw(into: &buffer, rect: body, scroll: state.scroll)
        buffer.hints(row: buffer.height - 1, context: .report, strings: strings)
    }

    static func document(_ state: ReportState, strings: UIStrings, width: Int) -> Document {
        let report = state.report
        var doc = Document(width: width)
        let barWidth = min(24, max(6, width / 4))
        let labelWidth = min(24, max(10, width / 4))
        let role = Format.role(for: report.overall)
        doc.line([.text(strings.overall.padded(toColumns: labelWidth), Style(.normal, .bold)),
                  .bar(columns: barWidth, fraction: report.overall, Style(role)),
                  .text(" " + Format.percent(report.overall).leftPadded(to: 4), Style(role, .bold)),
                  .text("   \(strings.recommendation): ", Style(.muted)),
                  .text(strings.recommendationName(report.recommendation), Style(role, .bold))])
        doc.blank()
        doc.heading(strings.byRound)
        for round in report.rounds {
            let note = strings.questionsCount(round.attempted) + (round.ending == .timeLimit ? " · " + strings.timeUp : "")
            doc.line(scoreRow(strings.roundName(round.round), round.score, note, labelWidth, barWidth))
        }
        if !report.competencies.isEmpty {
            doc.blank()
            doc.heading(strings.byCompetency)
            for item in report.competencies {
                doc.line(scoreRow(strings.competencyName(item.competency), item.score,
                                  strings.questionsCount(item.answers), labelWidth, barWidth))
            }
        }
        depths(state, strings: strings, into: &doc)
        answers(state, strings: strings, into: &doc)
        return doc
    }

    private static func scoreRow(_ label: String, _ score: Double, _ note: String, _ labelWidth: Int,
                                 _ barWidth: Int) -> [Span] {
        [.text("  " + label.padded(toColumns: labelWidth - 2), .plain),
         .bar(columns: barWidth, fraction: score, Style(Format.role(for: score))),
         .text(" " + Format.percent(score).leftPadded(to: 4), Style(Format.role(for: score), .bold)),
         .text("  " + note, Style(.muted))]
    }

    /// Depth reached in each tree: ● answered well, ◐ asked, ○ not reached.
    private static func depths(_ state: ReportState, strings: UIStrings, into doc: inout Document) {
        guard !state.report.trees.isEmpty else { return }
        doc.blank()
        doc.heading(strings.depth)
        let textWidth = max(8, doc.width - 20)
        for tree in state.report.trees {
            let levels = (0...max(0, tree.maxDepth)).map { level -> Character in
                level <= tree.depthAnsweredWell ? "●" : level <= tree.depthAsked ? "◐" : "○"
            }
            doc.line([.text("  " + String(levels).padded(toColumns: 8), Style(.accent)),
                      .text(Format.percent(tree.score).leftPadded(to: 4) + "  ", Style(Format.role(for: tree.score))),
                      .text(questionText(tree.rootID, state, strings).truncated(toColumns: textWidth), .plain)])
        }
    }

    /// Strongest and weakest answers, coding tasks, and concrete advice.
    private static func answers(_ state: ReportState, strings: UIStrings, into doc: inout Document) {
        let report = state.report
        for (title, ids, role) in [(strings.strongest, report.strongest, ColorRole.good),
                                   (strings.weakest, report.weakest, ColorRole.warning)] where !ids.isEmpty {
            doc.blank()
            doc.heading(title)
            for id in ids {
                doc.paragraph(questionText(id, state, strings), indent: 1, marker: "• ", markerStyle: Style(role, .bold))
            }
        }
        if !report.tasks.isEmpty {
            doc.blank()
            doc.heading(strings.tasks)
            let width = report.tasks.map(\.taskID.displayWidth).max() ?? 0
            for task in report.tasks {
                let role = Format.role(for: task.score)
                let name = task.taskID + String(repeating: " ", count: max(0, width - task.taskID.displayWidth))
                var spans: [Span] = [.text("  \(name)  ", .plain), .bar(columns: 10, fraction: task.score, Style(role)),
                                     .text(" \(task.passed)/\(task.total)  \(task.verdict)", Style(role))]
                if let mine = task.candidateSeconds, let kernel = task.referenceSeconds, mine > 0, kernel > 0 {
                    spans.append(.text("  " + strings.timeAgainstKernel(mine / kernel), Style(.muted)))
                }
                doc.line(spans)
            }
        }
        let advice = report.missedPoints.compactMap { missed -> String? in
            state.scenario.questions[missed.questionID]?.rubric.points.first { $0.id == missed.pointID }?
                .conveys[strings.language]
        }
        if !advice.isEmpty {
            doc.blank()
            doc.heading(strings.nextTime)
            for line in advice.prefix(8) { doc.paragraph(line, indent: 1, marker: "→ ", markerStyle: Style(.accent)) }
        }
        if let path = state.transcriptPath {
            doc.blank()
            doc.paragraph(strings.savedTo(path), style: Style(.muted))
        }
    }

    private static func questionText(_ id: String, _ state: ReportState, _ strings: UIStrings) -> String {
        state.scenario.questions[id]?.text[strings.language] ?? id
    }
}
