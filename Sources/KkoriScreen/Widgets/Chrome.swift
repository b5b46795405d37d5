import KkoriText

/// The bars every screen shares: the title bar on top, the hints line at the bottom.
extension ScreenBuffer {
    /// A full-width bar: `left` from the left edge, `right` against the right edge (dropped first
    /// when both do not fit).
    public mutating func titleBar(row: Int, left: String, right: String = "", style: Style = Style(.title, .reverse)) {
        fill(Rect(row: row, column: 0, width: width, height: 1), style: style)
        let rightWidth = right.displayWidth
        let leftLimit = rightWidth + 3 <= width - left.displayWidth - 1 ? width - rightWidth - 3 : width - 2
        put(" " + left.truncated(toColumns: max(0, leftLimit)), row: row, column: 0, style: style.with(.bold),
            limit: width)
        if !right.isEmpty, rightWidth + 3 <= width - left.displayWidth - 1 {
            put(right, row: row, column: width - rightWidth - 1, style: style)
        }
    }

    /// The key hints of a context, as many as fit in table order — the help key always among them,
    /// so a narrow terminal still says where to find the rest. Keys in the accent colour, words muted.
    public mutating func hints(row: Int, context: KeyContext, strings: UIStrings) {
        fill(Rect(row: row, column: 0, width: width, height: 1))
        var shown = KeyMap.hints(for: context)
        let cost = { (binding: KeyBinding) in binding.hintLabel.displayWidth + 1 + binding.hint[strings.language].displayWidth + 2 }
        while shown.count > 1, shown.reduce(1, { $0 + cost($1) }) - 2 > width - 1 {
            guard let drop = shown.lastIndex(where: { $0.command != .help }) else { break }
            shown.remove(at: drop)
        }
        var column = 1
        for binding in shown {
            guard column + cost(binding) - 2 <= width else { break }
            column = put(binding.hintLabel, row: row, column: column, style: Style(.accent, .bold))
            column = put(" " + binding.hint[strings.language], row: row, column: column, style: Style(.muted)) + 2
        }
    }

    /// A centred box with a title and wrapped lines, drawn over whatever is below (dialogs).
    public mutating func dialog(title: String, lines: [(String, Style)], maxWidth: Int = 60) {
        let inner = max(1, min(maxWidth, width - 4) - 4)
        var wrapped: [(String, Style)] = []
        for (text, style) in lines {
            if text.isEmpty { wrapped.append(("", style)); continue }
            wrapped += WordWrap.lines(text, limit: inner).map { ($0, style) }
        }
        let rect = bounds.centered(width: inner + 4, height: wrapped.count + 4)
        fill(rect)
        box(rect, title: title)
        for (offset, line) in wrapped.prefix(max(0, rect.height - 4)).enumerated() {
            put(line.0, row: rect.row + 2 + offset, column: rect.column + 2, style: line.1, limit: inner)
        }
    }
}

/// Small formatting helpers shared by the views.
enum Format {
    /// `62%`.
    static func percent(_ score: Double) -> String {
        "\(Int((min(1, max(0, score.isFinite ? score : 0)) * 100).rounded()))%"
    }

    /// How many times, for "7.9× the kernel's time" / "커널의 7.9배": one decimal below ten, whole above.
    static func multiple(_ value: Double) -> String {
        guard value.isFinite, value > 0 else { return "-" }
        return value >= 10 ? String(Int(value.rounded())) : String(Double(Int((value * 10).rounded())) / 10)
    }

    /// `1:05`, or `1:02:03` past an hour.
    static func clock(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.isFinite ? seconds : 0))
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let mm = h > 0 && m < 10 ? "0\(m)" : "\(m)"
        let ss = s < 10 ? "0\(s)" : "\(s)"
        return h > 0 ? "\(h):\(mm):\(ss)" : "\(mm):\(ss)"
    }

    /// The colour role for a score: good from 0.6, warning from 0.4, bad below.
    static func role(for score: Double) -> ColorRole {
        score >= 0.6 ? .good : score >= 0.4 ? .warning : .bad
    }
}
