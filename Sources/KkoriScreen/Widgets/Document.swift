import KkoriText

/// A piece of a document line.
public enum Span: Sendable, Hashable {
    /// Text in a style.
    case text(String, Style)
    /// A bar `columns` wide filled to a fraction.
    case bar(columns: Int, fraction: Double, Style)
}

/// A scrollable block of styled lines, laid out for one width: feedback, report and help are built
/// as documents, then a window of them is drawn.
public struct Document: Sendable {
    /// Lines, each a run of spans.
    public private(set) var lines: [[Span]] = []
    /// The width the text was wrapped for.
    public let width: Int

    public init(width: Int) {
        self.width = max(1, width)
    }

    /// An empty line.
    public mutating func blank() {
        lines.append([])
    }

    /// A line made of spans, cut at the width when drawn.
    public mutating func line(_ spans: [Span]) {
        lines.append(spans)
    }

    /// Wrapped text: `marker` (styled apart) on the first line, later lines indented under the text.
    public mutating func paragraph(_ text: String, style: Style = .plain, indent: Int = 0, marker: String = "",
                                   markerStyle: Style? = nil) {
        let lead = indent + marker.displayWidth
        let pad = String(repeating: " ", count: lead)
        for (number, row) in WordWrap.lines(text, limit: max(1, width - lead)).enumerated() {
            if number == 0 {
                lines.append([.text(String(repeating: " ", count: indent), style),
                              .text(marker, markerStyle ?? style), .text(row, style)])
            } else {
                lines.append([.text(pad, style), .text(row, style)])
            }
        }
    }

    /// A section heading.
    public mutating func heading(_ text: String, style: Style = Style(.title, .bold)) {
        lines.append([.text(text, style)])
    }

    /// Draws lines `scroll...` into `rect`; returns the scroll actually used (clamped so the last
    /// page is full).
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, rect: Rect, scroll: Int) -> Int {
        let top = max(0, min(scroll, lines.count - rect.height))
        for (offset, spans) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            var column = rect.column
            for span in spans {
                let room = rect.right - column
                guard room > 0 else { break }
                switch span {
                case .text(let text, let style):
                    column = buffer.put(text, row: rect.row + offset, column: column, style: style, limit: room)
                case .bar(let columns, let fraction, let style):
                    buffer.bar(row: rect.row + offset, column: column, length: min(columns, room), fraction: fraction,
                               style: style)
                    column += min(columns, room)
                }
            }
        }
        return top
    }
}
