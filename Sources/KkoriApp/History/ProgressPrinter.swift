import KkoriScreen
import KkoriText

/// `kkori progress` in line mode: the progress model as text, with sparklines and bars.
struct ProgressPrinter {
    let model: ProgressModel
    let strings: HistoryStrings
    var sparkWidth = 30

    func lines() -> [String] {
        let range = [model.sessions.first, model.sessions.last].compactMap { $0 }
        var out = ["== \(strings.progressTitle) · \(strings.overTime(model.sessions.count))"
            + (range.count == 2 ? " (\(range[0]) → \(range[1]))" : "") + " =="]
        guard !model.isEmpty else { return out + [strings.noProgress] }
        let sparkWidth = min(self.sparkWidth, max(4, model.sessions.count))
        let labelWidth = max(12, min(24, (model.competencies + model.topics).map { $0.label.displayWidth + 2 }.max() ?? 12))
        out.append(row(model.overall, labelWidth: labelWidth, sparkWidth: sparkWidth, indent: ""))
        for (title, series) in [(strings.byCompetency, model.competencies), (strings.byTopic, model.topics)]
        where series.contains(where: { $0.count > 0 }) {
            out += ["", title]
            for item in series where item.count > 0 {
                out.append(row(item, labelWidth: labelWidth, sparkWidth: sparkWidth, indent: "  "))
            }
        }
        if !model.weakest.isEmpty {
            out += ["", strings.weakestQuestions]
            for item in model.weakest {
                out.append("  " + HistoryFormat.percent(item.mean).leftPadded(4) + "  "
                    + strings.attempts(item.attempts).padded(toColumns: 10) + "  " + item.text)
            }
        }
        if !model.trees.isEmpty {
            out += ["", strings.depthOverTime]
            for tree in model.trees {
                let most = max(tree.levels ?? 0, tree.depths.max() ?? 0, 1)
                let spark = Sparkline.text(tree.depths.map { Double($0) }, width: 12, maximum: Double(most))
                out.append("  " + spark.padded(toColumns: 13) + "\(tree.depths.last ?? 0)/\(most)".padded(toColumns: 6)
                    + tree.text)
            }
        }
        return out
    }

    private func row(_ series: ProgressSeries, labelWidth: Int, sparkWidth: Int, indent: String) -> String {
        var text = indent + series.label.padded(toColumns: labelWidth - indent.count) + "  "
            + Sparkline.text(series.values, width: sparkWidth).padded(toColumns: sparkWidth) + "  "
            + Self.bar(series.latest ?? 0, width: 10) + " " + (series.latest.map(HistoryFormat.percent) ?? "-").leftPadded(4)
        if let change = series.change {
            let points = Int((change * 100).rounded())
            text += "  " + (points > 0 ? "+\(points)" : "\(points)")
        }
        return text
    }

    /// A bar of block characters `width` long, filled to `fraction`.
    static func bar(_ fraction: Double, width: Int) -> String {
        let filled = max(0, min(width, Int(((fraction.isFinite ? fraction : 0) * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
