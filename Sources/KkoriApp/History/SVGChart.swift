import Foundation

/// HTML and SVG escaping: every text from a transcript goes through `HTML.escape`.
enum HTML {
    /// Text safe in element content and in quoted attribute values; control characters dropped.
    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Small inline SVG charts for the HTML report: no script, no external file, readable offline.
enum SVGChart {
    /// The fill for a score: green from 0.6, amber from 0.4, red below.
    static func color(_ score: Double) -> String {
        score >= 0.6 ? "#2e7d32" : score >= 0.4 ? "#b7791f" : "#c62828"
    }

    static func number(_ value: Double) -> String {
        String(format: "%.1f", value.isFinite ? value : 0)
    }

    /// Horizontal bars, one per labelled score (0...1).
    static func bars(_ rows: [(label: String, score: Double)], title: String) -> String {
        let rowHeight = 24.0
        let labelWidth = 200.0
        let barWidth = 320.0
        let height = Double(rows.count) * rowHeight + 8
        var out = #"<svg class="chart" role="img" viewBox="0 0 \#(number(labelWidth + barWidth + 60)) \#(number(height))" "#
            + #"xmlns="http://www.w3.org/2000/svg"><title>\#(HTML.escape(title))</title>"#
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight + 4
            let score = row.score.isFinite ? min(1, max(0, row.score)) : 0
            out += #"<text x="0" y="\#(number(y + 16))" class="label">\#(HTML.escape(row.label))</text>"#
            out += #"<rect x="\#(number(labelWidth))" y="\#(number(y + 4))" width="\#(number(barWidth))" height="14" class="track"/>"#
            out += #"<rect x="\#(number(labelWidth))" y="\#(number(y + 4))" width="\#(number(barWidth * score))" height="14" "#
                + #"fill="\#(color(score))"/>"#
            out += #"<text x="\#(number(labelWidth + barWidth + 8))" y="\#(number(y + 16))" class="value">\#(Int((score * 100).rounded()))%</text>"#
        }
        return out + "</svg>"
    }

    /// One column per answered question, in order, with the question as its tooltip.
    static func columns(_ items: [(label: String, score: Double?)], title: String) -> String {
        let columnWidth = 18.0
        let chartHeight = 120.0
        let width = max(200, Double(items.count) * columnWidth + 40)
        var out = #"<svg class="chart" role="img" viewBox="0 0 \#(number(width)) \#(number(chartHeight + 30))" "#
            + #"xmlns="http://www.w3.org/2000/svg"><title>\#(HTML.escape(title))</title>"#
        for level in [0.0, 0.5, 1.0] {
            let y = 10 + chartHeight * (1 - level)
            out += #"<line x1="30" x2="\#(number(width))" y1="\#(number(y))" y2="\#(number(y))" class="grid"/>"#
            out += #"<text x="0" y="\#(number(y + 4))" class="axis">\#(Int(level * 100))%</text>"#
        }
        for (index, item) in items.enumerated() {
            let x = 34 + Double(index) * columnWidth
            guard let raw = item.score else { continue }
            let score = raw.isFinite ? min(1, max(0, raw)) : 0
            let height = max(1, chartHeight * score)
            out += #"<rect x="\#(number(x))" y="\#(number(10 + chartHeight - height))" width="\#(number(columnWidth - 4))" "#
                + #"height="\#(number(height))" fill="\#(color(score))"><title>\#(HTML.escape(item.label)) — "#
                + #"\#(Int((score * 100).rounded()))%</title></rect>"#
        }
        return out + "</svg>"
    }
}
