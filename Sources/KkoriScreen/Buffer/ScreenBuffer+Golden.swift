/// Text snapshots of a buffer, for golden tests and for reading a screen in a test failure.
extension ScreenBuffer {
    /// The characters, one line per row, trailing blanks removed. Wide characters appear once (they
    /// take two columns in a monospaced editor, just as on screen).
    public var textLines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += text(of: self[row, column]) }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The style layer: one letter per column for the cell's role (`ColorRole.code`); when a row has
    /// attributes, a second layer follows after ` | ` with one letter per column (`attributeCode`),
    /// so both stay aligned with the text. Trailing plain cells are removed.
    public var styleLines: [String] {
        (0..<height).map { row in
            var line = ""
            var attributes = ""
            for column in 0..<width {
                let cell = self[row, column]
                line.append(cell.style.role.code)
                attributes.append(Self.attributeCode(cell.style.attributes))
            }
            while line.last == "." { line.removeLast() }
            while attributes.last == " " { attributes.removeLast() }
            return attributes.isEmpty ? line : line.padding(to: width) + " | " + attributes
        }
    }

    /// One letter for a cell's attributes: b bold, r reverse, u underline, d dim, + several.
    static func attributeCode(_ attributes: TextAttributes) -> Character {
        switch attributes {
        case []: " "
        case .bold: "b"
        case .reverse: "r"
        case .underline: "u"
        case .dim: "d"
        default: "+"
        }
    }

    /// The golden snapshot: a size line, the text framed so trailing spaces and width are visible,
    /// the cursor, then the style layer.
    public var snapshot: String {
        var out = "size \(width)x\(height)\n"
        let rule = "+" + String(repeating: "-", count: width) + "+\n"
        out += rule
        for row in 0..<height {
            var line = ""
            for column in 0..<width { line += text(of: self[row, column]) }
            out += "|" + line + "|\n"
        }
        out += rule
        out += cursor.map { "cursor \($0.row),\($0.column)\n" } ?? "cursor hidden\n"
        out += "styles\n"
        for (row, line) in styleLines.enumerated() where !line.isEmpty {
            out += String(row).leftPadded(to: 3) + " " + line + "\n"
        }
        return out
    }
}

extension String {
    func padding(to count: Int) -> String {
        self.count >= count ? self : self + String(repeating: " ", count: count - self.count)
    }

    func leftPadded(to count: Int) -> String {
        self.count >= count ? self : String(repeating: " ", count: count - self.count) + self
    }
}
