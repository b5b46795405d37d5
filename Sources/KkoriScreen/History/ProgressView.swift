import KkoriText

/// Progress over time: sparklines and bars per competency and topic, the weakest questions, and the
/// depth reached in each question tree.
enum ProgressView {
    static func render(_ model: ProgressModel, scroll: Int, strings: HistoryStrings, into buffer: inout ScreenBuffer) {
        let range = [model.sessions.first, model.sessions.last].compactMap { $0 }
        buffer.titleBar(row: 0, left: strings.progressTitle + " · " + strings.overTime(model.sessions.count),
                        right: range.count == 2 && range[0] != range[1] ? range[0] + " → " + range[1] : (range.first ?? ""))
        let body = Rect(row: 2, column: 2, width: buffer.width - 4, height: buffer.height - 4)
        document(model, strings: strings, width: body.width).draw(into: &buffer, rect: body, scroll: scroll)
        HistoryHints.render(row: buffer.height - 1, context: .progress, strings: strings, into: &buffer)
    }

    static func document(_ model: ProgressModel, strings: HistoryStrings, width: Int) -> Document {
        var doc = Document(width: width)
        guard !model.isEmpty else {
            doc.paragraph(strings.noProgress, style: Style(.muted))
            return doc
        }
        let labelWidth = min(22, max(10, width / 4))
        let sparkWidth = min(30, max(4, model.sessions.count), max(4, width - labelWidth - 24))
        doc.line(row(model.overall, labelWidth: labelWidth, sparkWidth: sparkWidth, bold: true))
        for (title, series) in [(strings.byCompetency, model.competencies), (strings.byTopic, model.topics)]
        where series.contains(where: { $0.count > 0 }) {
            doc.blank()
            doc.heading(title)
            for item in series where item.count > 0 {
                doc.line(row(item, labelWidth: labelWidth, sparkWidth: sparkWidth, bold: false))
            }
        }
        weakest(model, strings: strings, into: &doc)
        trees(model, strings: strings, sparkWidth: sparkWidth, into: &doc)
        return doc
    }

    /// `Label  ▂▄▅▇  ████░░ 72%  +15`.
    static func row(_ series: ProgressSeries, labelWidth: Int, sparkWidth: Int, bold: Bool) -> [Span] {
        let latest = series.latest
        let role = HistoryFormat.role(latest)
        var spans: [Span] = [
            .text((bold ? "" : "  ") + series.label.padded(toColumns: labelWidth - (bold ? 0 : 2)),
                  bold ? Style(.normal, .bold) : .plain),
            .text(Sparkline.text(series.values, width: sparkWidth).padded(toColumns: sparkWidth + 2), Style(.accent)),
            .bar(columns: 8, fraction: latest ?? 0, Style(role)),
            .text(" " + (latest.map(HistoryFormat.percent) ?? "-").leftPadded(toColumns: 4), Style(role, .bold)),
        ]
        if let change = series.change {
            let points = Int((change * 100).rounded())
            spans.append(.text("  " + (points > 0 ? "+\(points)" : "\(points)"),
                               Style(points > 0 ? .good : points < 0 ? .bad : .muted)))
        }
        return spans
    }

    private static func weakest(_ model: ProgressModel, strings: HistoryStrings, into doc: inout Document) {
        guard !model.weakest.isEmpty else { return }
        doc.blank()
        doc.heading(strings.weakestQuestions)
        for item in model.weakest {
            let role = Format.role(for: item.mean)
            doc.line([.text("  " + HistoryFormat.percent(item.mean).leftPadded(toColumns: 4), Style(role, .bold)),
                      .text("  " + strings.attempts(item.attempts).padded(toColumns: 10), Style(.muted)),
                      .text(item.text, .plain)])
        }
    }

    private static func trees(_ model: ProgressModel, strings: HistoryStrings, sparkWidth: Int, into doc: inout Document) {
        guard !model.trees.isEmpty else { return }
        doc.blank()
        doc.heading(strings.depthOverTime)
        for tree in model.trees {
            let most = max(tree.levels ?? 0, tree.depths.max() ?? 0, 1)
            let latest = tree.depths.last ?? 0
            doc.line([.text("  " + Sparkline.text(tree.depths.map { Double($0) }, width: min(12, sparkWidth),
                                                  maximum: Double(most)).padded(toColumns: min(12, sparkWidth) + 2),
                            Style(.accent)),
                      .text("\(latest)/\(most)".padded(toColumns: 6), Style(Format.role(for: Double(latest) / Double(most)))),
                      .text(tree.text, .plain)])
        }
    }
}
