import KkoriText

/// The hints line and the help overlay of the history screens, both generated from `HistoryKeyMap`.
enum HistoryHints {
    /// As many hints of `context` as fit, in table order, the help key always among them.
    static func render(row: Int, context: HistoryKeyContext, strings: HistoryStrings, into buffer: inout ScreenBuffer) {
        buffer.fill(Rect(row: row, column: 0, width: buffer.width, height: 1))
        var shown = HistoryKeyMap.hints(for: context)
        let language = strings.language
        let cost = { (b: HistoryBinding) in b.hintLabel.displayWidth + 1 + b.hint[language].displayWidth + 2 }
        while shown.count > 1, shown.reduce(1, { $0 + cost($1) }) - 2 > buffer.width - 1 {
            guard let drop = shown.lastIndex(where: { $0.command != .help && $0.command != .back }) else { break }
            shown.remove(at: drop)
        }
        var column = 1
        for binding in shown {
            guard column + cost(binding) - 2 <= buffer.width else { break }
            column = buffer.put(binding.hintLabel, row: row, column: column, style: Style(.accent, .bold))
            column = buffer.put(" " + binding.hint[language], row: row, column: column, style: Style(.muted)) + 2
        }
    }

    /// The help overlay: the keys of `context` with their sentences.
    static func document(context: HistoryKeyContext, strings: HistoryStrings, width: Int) -> Document {
        var doc = Document(width: width)
        let bindings = HistoryKeyMap.help(for: context)
        let keyWidth = min(16, bindings.map { $0.keyLabel.displayWidth }.max() ?? 8) + 2
        for binding in bindings {
            let keys = binding.keyLabel.padded(toColumns: keyWidth)
            let lines = WordWrap.lines(binding.help[strings.language], limit: max(1, width - keyWidth - 2))
            for (index, line) in lines.enumerated() {
                doc.line([.text("  " + (index == 0 ? keys : String(repeating: " ", count: keyWidth)), Style(.accent, .bold)),
                          .text(line, .plain)])
            }
        }
        return doc
    }

    /// Draws the help overlay for `context` over the whole screen.
    static func renderHelp(context: HistoryKeyContext, scroll: Int, title: String, strings: HistoryStrings,
                           into buffer: inout ScreenBuffer) {
        buffer.clear()
        buffer.titleBar(row: 0, left: title)
        let body = Rect(row: 2, column: 2, width: buffer.width - 4, height: buffer.height - 4)
        document(context: context, strings: strings, width: body.width).draw(into: &buffer, rect: body, scroll: scroll)
        render(row: buffer.height - 1, context: .help, strings: strings, into: &buffer)
    }
}
