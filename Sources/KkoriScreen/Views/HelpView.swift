import KkoriText

/// The help screen, generated from the key map: the keys of the screen it was opened from first,
/// then the keys of the other screens.
enum HelpView {
    static func render(context: KeyContext, scroll: Int, strings: UIStrings, into buffer: inout ScreenBuffer) {
        buffer.clear()
        buffer.titleBar(row: 0, left: strings.helpTitle, right: strings.helpContext(context))
        let body = Rect(row: 2, column: 2, width: buffer.width - 4, height: buffer.height - 4)
        document(context: context, strings: strings, width: body.width).draw(into: &buffer, rect: body, scroll: scroll)
        buffer.hints(row: buffer.height - 1, context: .help, strings: strings)
    }

    static func document(context: KeyContext, strings: UIStrings, width: Int) -> Document {
        var doc = Document(width: width)
        let order = [context] + [KeyContext.interview, .home, .feedback, .report].filter { $0 != context }
        for (number, section) in order.enumerated() {
            if number > 0 { doc.blank() }
            doc.heading(strings.helpContext(section))
            let bindings = KeyMap.help(for: section).filter { $0.command != .help || section == context }
            let keyWidth = min(16, bindings.map { $0.keyLabel.displayWidth }.max() ?? 8) + 2
            for binding in bindings {
                let keys = binding.keyLabel.padded(toColumns: keyWidth)
                let lines = WordWrap.lines(binding.help[strings.language], limit: max(1, width - keyWidth - 2))
                for (index, line) in lines.enumerated() {
                    doc.line([.text("  " + (index == 0 ? keys : String(repeating: " ", count: keyWidth)),
                                    Style(.accent, .bold)), .text(line, .plain)])
                }
            }
        }
        return doc
    }
}
