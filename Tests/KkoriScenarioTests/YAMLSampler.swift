/// Writes random YAML documents that lean on the corners of the syntax: indentation variants,
/// compact and indentless lists, every scalar style with folding and escapes, flow collections over
/// several lines, comments and blank lines. Used to compare the fast reader with libyaml.
struct YAMLSampler {
    var rng: SplitMix

    init(seed: UInt64) {
        rng = SplitMix(seed: seed)
    }

    mutating func pick(_ n: Int) -> Int {
        Int(rng.next() % UInt64(n))
    }

    mutating func chance(_ percent: Int) -> Bool {
        pick(100) < percent
    }

    /// A whole document.
    mutating func document() -> String {
        var out = chance(10) ? "# heading\n" : ""
        if chance(10) { out += "---\n" }
        out += chance(70) ? mapping(indent: 0, depth: 0) : sequence(indent: 0, depth: 0)
        if chance(10) { out += "...\n" }
        if chance(10) { out += "\n# tail" }
        return out
    }

    mutating func key() -> String {
        let words = ["id", "text", "ko", "en", "points", "a b", "키", "x-y", "null", "~", "1", "k:v", "k#v", "-k"]
        let word = words[pick(words.count)]
        switch pick(8) {
        case 0: return "\"" + word + "\""
        case 1: return "'" + word + "'"
        default: return word
        }
    }

    mutating func mapping(indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = ""
        for index in 0..<(1 + pick(4)) {
            if chance(10) { out += pad + "# note\n" }
            if chance(8) { out += "\n" }
            out += (index == 0 && out.isEmpty ? "" : pad) + key() + (chance(10) ? " :" : ":")
            out += value(indent: indent, depth: depth)
        }
        return out
    }

    mutating func sequence(indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = ""
        for index in 0..<(1 + pick(4)) {
            out += (index == 0 ? "" : pad) + "-"
            out += item(indent: indent, depth: depth)
        }
        return out
    }

    /// What follows `key:`.
    mutating func value(indent: Int, depth: Int) -> String {
        let deeper = indent + 1 + pick(4)
        switch depth > 3 ? 3 + pick(4) : pick(8) {
        case 0: return "\n" + String(repeating: " ", count: deeper) + mapping(indent: deeper, depth: depth + 1)
        case 1: return "\n" + String(repeating: " ", count: deeper) + sequence(indent: deeper, depth: depth + 1)
        case 2: return "\n" + String(repeating: " ", count: indent) + sequence(indent: indent, depth: depth + 1)
        case 3: return " " + flow(depth: depth) + "\n"
        case 4: return chance(50) ? "\n" : " # empty\n"
        case 5: return " " + blockScalar(indent: indent)
        default: return " " + inlineScalar(indent: indent) + "\n"
        }
    }

    /// What follows `-`.
    mutating func item(indent: Int, depth: Int) -> String {
        let gap = 1 + pick(3)
        let column = indent + 1 + gap
        switch depth > 3 ? 2 + pick(4) : pick(7) {
        case 0: return String(repeating: " ", count: gap) + mapping(indent: column, depth: depth + 1)
        case 1: return String(repeating: " ", count: gap) + sequence(indent: column, depth: depth + 1)
        case 2: return "\n"
        case 3: return " " + flow(depth: depth) + "\n"
        case 4: return " " + blockScalar(indent: indent)
        default: return " " + inlineScalar(indent: indent) + "\n"
        }
    }

    mutating func inlineScalar(indent: Int) -> String {
        let plain = ["word", "two words", "null", "~", "Null", "3.5", "a:b", "a #b", "x # comment", "-1", ":x", "?y",
                     "http://x.y/z", "과적합 (overfitting)", "a, b [c] {d}", "end:", "k: v", "é ü"]
        switch pick(6) {
        case 0:
            let continuation = String(repeating: " ", count: max(0, indent + pick(4) - 1))
            return plain[pick(plain.count)] + "\n" + (chance(30) ? "\n" : "") + continuation + plain[pick(plain.count)]
        case 1: return singleQuoted()
        case 2: return doubleQuoted(indent: indent)
        default: return plain[pick(plain.count)]
        }
    }

    mutating func singleQuoted() -> String {
        let parts = ["it''s", " a ", "b", "\n  c", "\n\n d", "''", "  ", "\"q\"", "#", ": "]
        return "'" + (0..<pick(4)).map { _ in parts[pick(parts.count)] }.joined() + "'"
    }

    mutating func doubleQuoted(indent: Int) -> String {
        let parts = ["a", " b ", "\\n", "\\t", "\\\"", "\\\\", "\\x41", "\\u00e9", "\\U0001F600", "\\u2028", "\\_",
                     "\\N", "\\0", "\\/", "\\ ", "\\\n   c", "\n  d", "\n\n e", "\\q", "\\ud800", "'", ": ", " #x"]
        return "\"" + (0..<pick(5)).map { _ in parts[pick(parts.count)] }.joined() + "\""
    }

    mutating func blockScalar(indent: Int) -> String {
        let headers = ["|", ">", "|-", ">-", "|+", ">+", "|2", ">1-", "|+1", "| # c", "|0", "|x"]
        var out = headers[pick(headers.count)] + "\n"
        let inner = indent + 1 + pick(3)
        let lines = ["first line", "  more indented", "", "   ", "# not a comment", "last", "다음 줄", "a: b"]
        for _ in 0..<(1 + pick(5)) {
            let text = lines[pick(lines.count)]
            out += (text.isEmpty ? "" : String(repeating: " ", count: inner)) + text + "\n"
        }
        if chance(20) { out += "\n\n" }
        return out
    }

    mutating func flow(depth: Int) -> String {
        let scalars = ["a", "\"b c\"", "'d'", "1.5", "null", "과적합", "x y", "-z", "a:b", "\"k\":v"]
        if depth > 4 || chance(30) { return scalars[pick(scalars.count)] }
        let separator = chance(20) ? ",\n   " : ", "
        if chance(50) {
            let items = (0..<pick(4)).map { _ in flow(depth: depth + 1) }
            return "[" + items.joined(separator: separator) + (chance(10) ? "," : "") + "]"
        }
        let pairs = (0..<pick(4)).map { index in "k\(index): " + flow(depth: depth + 1) }
        return "{" + pairs.joined(separator: separator) + (chance(10) ? ", " : "") + "}"
    }

    /// A short run of random YAML fragments: mostly invalid, but the valid ones hit combinations no
    /// one would write by hand.
    mutating func soup() -> String {
        let pieces = ["- ", "-", "a: ", "b:", "k", "? ", ": ", "[", "]", "{", "}", ", ", ",", "'", "''", "\"", "\\",
                      "\\n", "# c", " #", "|", ">", "|-", ">+", "|2", "x", "y z", ":", "...", "---", "é", "과", "~", "null",
                      "\"q\": ", "'s': ", "  ", " ", "\n", "\n", "\n", "\n  ", "\n    ", "\n- ", "\n  - ", "a:b", "-1",
                      "\\\n", "\\x41", "\\u00e9", "\"\"", "0"]
        return (0..<(1 + pick(20))).map { _ in pieces[pick(pieces.count)] }.joined()
    }

    /// `bytes` with a few random edits of YAML-significant characters.
    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        let alphabet = Array(":-[]{}#'\"|>\n ,?&*!\\%@`~.0ab가".utf8) + [0x09, 0x0D]
        var result = bytes
        for _ in 0..<(1 + pick(4)) where !result.isEmpty {
            let position = pick(result.count)
            switch pick(4) {
            case 0: result[position] = alphabet[pick(alphabet.count)]
            case 1: result.remove(at: position)
            case 2: result.insert(alphabet[pick(alphabet.count)], at: position)
            default: result.insert(contentsOf: Array(" ".utf8), at: position)
            }
        }
        return result
    }
}
