import KkoriScreen

/// The report as one self-contained HTML file: styles inline, charts as inline SVG, no script and no
/// external resource, every text escaped.
extension ExportReport {
    func html(strings: HistoryStrings) -> String {
        let e = HTML.escape
        var body = "<header><h1>\(e(scenario)) <small>\(e(started))</small></h1>"
        body += "<p class=\"meta\">" + e([rounds.joined(separator: "+"), language, mode, seed.map { "seed \($0)" } ?? "",
                                          HistoryFormat.clock(activeSeconds), file].filter { !$0.isEmpty }
            .joined(separator: " · ")) + "</p>"
        if let damage { body += "<p class=\"warn\">\(e(strings.damagedNote(damage)))</p>" }
        if !finished { body += "<p class=\"warn\">\(e(strings.stateInterrupted))</p>" }
        body += "</header>"
        if let overall {
            body += "<section class=\"overall\"><span class=\"big\" style=\"color:\(SVGChart.color(overall))\">"
                + "\(HistoryFormat.percent(overall))</span> \(e(strings.overall))"
                + (recommendationLabel.map { " · <strong>\(e($0))</strong>" } ?? "") + "</section>"
        }
        if !roundScores.isEmpty {
            body += "<section><h2>\(e(strings.byRound))</h2>"
                + SVGChart.bars(roundScores.map { ($0.label, $0.score) }, title: strings.byRound) + "</section>"
        }
        if !competencies.isEmpty {
            body += "<section><h2>\(e(strings.byCompetency))</h2>"
                + SVGChart.bars(competencies.map { ($0.label, $0.score) }, title: strings.byCompetency) + "</section>"
        }
        if questions.contains(where: { $0.score != nil }) {
            body += "<section><h2>\(e(strings.score))</h2>"
                + SVGChart.columns(questions.map { ($0.label + " " + $0.question, $0.score) }, title: strings.score)
                + "</section>"
        }
        body += depthSection(strings)
        body += "<section><h2>\(e(strings.answerLabel))</h2>" + questions.map { html($0, strings: strings) }.joined() + "</section>"
        if !tasks.isEmpty {
            body += "<section><h2>\(e(strings.tasksTitle))</h2><table>" + tasks.map { task in
                "<tr><td>\(e(task.id))</td><td>\(e(strings.taskRunKind(!task.submitted)))</td><td>\(e(task.verdict))</td>"
                    + "<td>\(task.passed)/\(task.total)</td><td>\(e(Self.speed(task, strings: strings)))</td></tr>"
            }.joined() + "</table></section>"
        }
        if !studyNext.isEmpty {
            body += "<section><h2>\(e(strings.missed))</h2><ul>" + studyNext.map { "<li>\(e($0))</li>" }.joined() + "</ul></section>"
        }
        return Self.page(title: "kkori · \(scenario) · \(started)", language: language, body: body)
    }

    private func depthSection(_ strings: HistoryStrings) -> String {
        guard !trees.isEmpty else { return "" }
        let e = HTML.escape
        var out = "<section><h2>\(e(strings.depth))</h2><table>"
        for tree in trees {
            let dots = (0...max(0, tree.maxDepth)).map { level in
                level <= tree.depthAnsweredWell ? "●" : level <= tree.depthAsked ? "◐" : "○"
            }.joined()
            out += "<tr><td class=\"dots\">\(dots)</td><td>\(HistoryFormat.percent(tree.score))</td><td>\(e(tree.question))</td></tr>"
        }
        return out + "</table></section>"
    }

    private func html(_ q: Question, strings: HistoryStrings) -> String {
        let e = HTML.escape
        var out = "<article><h3>\(e(q.label))"
        if let score = q.score {
            out += " <span class=\"score\" style=\"color:\(SVGChart.color(score))\">\(HistoryFormat.percent(score))</span>"
        }
        out += "</h3><p class=\"q\">\(e(q.question))</p>"
        if let answer = q.answer, q.answerKind == "answer" {
            out += "<pre>\(e(answer))</pre>"
        } else {
            out += "<p class=\"muted\">\(e(q.answerKind ?? strings.notAnswered))</p>"
        }
        var items: [String] = []
        items += q.covered.map { "<li class=\"good\">✓ \(e($0.text))"
            + ($0.evidence.isEmpty ? "" : " <q>" + e($0.evidence.joined(separator: "”, “")) + "</q>") + "</li>" }
        items += q.missed.map { "<li class=\"miss\">✗ \(e($0.text))</li>" }
        items += q.misconceptions.map { "<li class=\"bad\">! \(e($0.text))</li>" }
        items += q.advice.map { "<li>→ \(e($0))</li>" }
        if !items.isEmpty { out += "<ul>" + items.joined() + "</ul>" }
        if let next = q.next { out += "<p class=\"muted\">\(e(strings.next)): \(e(next))</p>" }
        return out + "</article>"
    }

    static func page(title: String, language: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="\(HTML.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(HTML.escape(title))</title>
        <style>
        body{font:15px/1.5 system-ui,-apple-system,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
        h1 small{font-weight:normal;color:#666;font-size:.6em} .meta,.muted{color:#666} .warn{color:#9a5b00;font-weight:bold}
        .overall{font-size:1.2rem;margin:1rem 0} .big{font-size:2.4rem;font-weight:bold}
        .chart{width:100%;max-width:44rem;height:auto} .chart .label,.chart .value,.chart .axis{font-size:12px;fill:#333}
        .chart .track{fill:#eee} .chart .grid{stroke:#ddd}
        article{border-top:1px solid #ddd;padding:.5rem 0} pre{white-space:pre-wrap;background:#f6f6f6;padding:.6rem;border-radius:4px}
        .q{font-weight:600} .good{color:#2e7d32} .miss{color:#9a5b00} .bad{color:#c62828} .score{font-size:.9em}
        td{padding:.1rem .6rem} .dots{letter-spacing:.2em;color:#555}
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
