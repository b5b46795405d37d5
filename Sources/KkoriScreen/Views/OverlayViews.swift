import KkoriText

/// The round summary, the quit dialog and the "enlarge the terminal" notice.
enum OverlayViews {
    static func summary(_ state: SummaryState, title: String, strings: UIStrings, into buffer: inout ScreenBuffer) {
        let summary = state.summary
        let role = Format.role(for: summary.score)
        var lines: [(String, Style)] = [
            (strings.roundEnded(strings.roundName(summary.round)), Style(.normal, .bold)),
            ("", .plain),
            ("\(strings.score) \(Format.percent(summary.score)) · \(strings.questionsCount(summary.attempted))",
             Style(role, .bold)),
        ]
        if summary.ending == .timeLimit { lines.append((strings.timeUp, Style(.warning))) }
        buffer.titleBar(row: 0, left: title)
        buffer.dialog(title: strings.roundName(summary.round), lines: lines, maxWidth: 56)
        buffer.hints(row: buffer.height - 1, context: .summary, strings: strings)
    }

    static func confirmQuit(strings: UIStrings, into buffer: inout ScreenBuffer) {
        let keys = KeyMap.help(for: .confirmQuit).map { "\($0.keys[0].label) \($0.hint[strings.language])" }
        buffer.dialog(title: strings.quitTitle, lines: [(strings.quitBody, .plain), ("", .plain),
                                                         (keys.joined(separator: "    "), Style(.accent, .bold))],
                      maxWidth: 56)
        buffer.cursor = nil
    }

    /// Below the minimum size: a centred request to enlarge, as much of it as fits (down to 1×1).
    static func enlarge(strings: UIStrings, minimum: (Int, Int), into buffer: inout ScreenBuffer) {
        buffer.clear()
        let size = strings.enlargeSize(buffer.width, buffer.height, minimum.0, minimum.1)
        let candidates = [[strings.enlarge, size], [strings.enlarge], [strings.enlargeShort], ["↔"], ["+"]]
        for candidate in candidates {
            let blocks = candidate.map { WordWrap.lines($0, limit: buffer.width) }
            let lines = blocks.flatMap { $0 }
            guard lines.count <= buffer.height, lines.allSatisfy({ $0.displayWidth <= buffer.width }) else { continue }
            var row = (buffer.height - lines.count) / 2
            for (number, block) in blocks.enumerated() {
                for line in block {
                    buffer.put(line, row: row, column: (buffer.width - line.displayWidth) / 2,
                               style: number == 0 ? Style(.warning, .bold) : Style(.muted))
                    row += 1
                }
            }
            return
        }
    }
}
