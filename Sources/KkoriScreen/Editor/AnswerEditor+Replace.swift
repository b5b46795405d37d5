import KkoriText

/// The one primitive every edit goes through: replace the text between two positions.
extension AnswerEditor {
    /// Replaces the text from `from` to `to` with `raw` (cleaned first), puts the cursor after the
    /// inserted text, and returns the change in code points — or nil when nothing changed.
    ///
    /// Only a small window around the change is re-segmented into characters: one character of
    /// context on each side is enough for a typed combining mark or a decomposed jamo to join the
    /// character before it, and keeps a keystroke's cost independent of the answer's length.
    mutating func replace(from: TextPosition, to: TextPosition, with raw: String) -> (offset: Int, removed: Int, inserted: String)? {
        var inserted = Self.clean(raw)
        let offset = scalarOffset(of: from)
        let removed = scalarOffset(of: to) - offset
        let removedCharacters = characters(from: from, to: to)
        let room = capacity - (characterCount - removedCharacters)
        if inserted.count > room { inserted = String(inserted.prefix(max(0, room))) }
        if inserted.isEmpty && removed == 0 { return nil }

        let windowStart = max(0, from.index - 1)
        let windowEnd = min(paragraphs[to.paragraph].characters.count, to.index + 1)
        let head = String(paragraphs[from.paragraph].characters[windowStart..<from.index])
        let tail = String(paragraphs[to.paragraph].characters[to.index..<windowEnd])
        let lines = (head + inserted + tail).split(separator: "\n", omittingEmptySubsequences: false)

        var rebuilt = lines.map { Paragraph(segmenting: $0) }
        rebuilt[0].prepend(paragraphs[from.paragraph], upTo: windowStart)
        rebuilt[rebuilt.count - 1].append(paragraphs[to.paragraph], from: windowEnd)

        paragraphs.replaceSubrange(from.paragraph...to.paragraph, with: rebuilt)
        for index in from.paragraph..<from.paragraph + rebuilt.count { rewrap(index) }
        characterCount = paragraphs.reduce(paragraphs.count - 1) { $0 + $1.characters.count }

        let target = head.unicodeScalars.count + inserted.unicodeScalars.count
        cursor = Self.position(afterScalars: target, in: rebuilt, firstParagraph: from.paragraph,
                               firstIndex: windowStart)
        goalColumn = nil
        scrollToCursor()
        return (offset, removed, inserted)
    }

    /// Characters between two positions (newlines count one each).
    func characters(from: TextPosition, to: TextPosition) -> Int {
        if from.paragraph == to.paragraph { return to.index - from.index }
        var count = paragraphs[from.paragraph].characters.count - from.index + to.index
        for index in from.paragraph + 1..<to.paragraph { count += paragraphs[index].characters.count }
        return count + (to.paragraph - from.paragraph)
    }

    /// The position `target` code points into freshly segmented paragraphs (after the character that
    /// holds the target, if it falls inside one).
    static func position(afterScalars target: Int, in rebuilt: [Paragraph], firstParagraph: Int,
                         firstIndex: Int) -> TextPosition {
        var remaining = target
        for (line, paragraph) in rebuilt.enumerated() {
            let base = line == 0 ? firstIndex : 0
            var index = base
            while remaining > 0, index < paragraph.characters.count {
                remaining -= paragraph.characters[index].unicodeScalars.count
                index += 1
            }
            if remaining <= 0 || line == rebuilt.count - 1 {
                return TextPosition(paragraph: firstParagraph + line, index: index)
            }
            remaining -= 1   // the newline
        }
        return TextPosition(paragraph: firstParagraph, index: firstIndex)
    }

    /// Typed or pasted text made safe for the answer: line endings unified, tabs as spaces, control
    /// characters and bidirectional overrides dropped (they would reorder or hide what was typed), and
    /// runs of zero-width marks cut at `maxMarks` (a pasted "zalgo" string can't build a giant
    /// character).
    static func clean(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCarriageReturn = false
        var marks = 0
        for scalar in raw.unicodeScalars {
            defer { afterCarriageReturn = scalar.value == 0x0D }
            switch scalar.value {
            case 0x0D, 0x2028, 0x2029: out.append("\n")
            case 0x0A: if !afterCarriageReturn { out.append(scalar) }
            case 0x09: out.append(contentsOf: "    ".unicodeScalars)
            case 0x202A...0x202E, 0x2066...0x2069: continue
            default:
                if DisplayWidth.isControl(scalar) { continue }
                marks = DisplayWidth.of(scalar) == 0 ? marks + 1 : 0
                if marks <= maxMarks { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Most zero-width code points kept in a row (real text needs a handful at most).
    static let maxMarks = 16
}

extension AnswerEditor.Paragraph {
    /// A paragraph holding `text` (no newlines), measured.
    init<S: StringProtocol>(segmenting text: S) {
        characters = Array(text)
        widths = characters.map { UInt8(DisplayWidth.of($0)) }
        scalars = characters.map { UInt8(clamping: $0.unicodeScalars.count) }
        spaces = characters.map { $0.asciiValue == 0x20 }
        scalarCount = scalars.reduce(0) { $0 + Int($1) }
    }

    /// Puts the first `count` characters of `other` in front.
    mutating func prepend(_ other: AnswerEditor.Paragraph, upTo count: Int) {
        guard count > 0 else { return }
        characters.insert(contentsOf: other.characters[..<count], at: 0)
        widths.insert(contentsOf: other.widths[..<count], at: 0)
        scalars.insert(contentsOf: other.scalars[..<count], at: 0)
        spaces.insert(contentsOf: other.spaces[..<count], at: 0)
        scalarCount += other.scalars[..<count].reduce(0) { $0 + Int($1) }
    }

    /// Appends the characters of `other` from `start` on.
    mutating func append(_ other: AnswerEditor.Paragraph, from start: Int) {
        guard start < other.characters.count else { return }
        characters.append(contentsOf: other.characters[start...])
        widths.append(contentsOf: other.widths[start...])
        scalars.append(contentsOf: other.scalars[start...])
        spaces.append(contentsOf: other.spaces[start...])
        scalarCount += other.scalars[start...].reduce(0) { $0 + Int($1) }
    }
}
