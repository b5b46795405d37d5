/// Makes untrusted text (scenario files, transcripts, answers) safe to print to a terminal:
/// escape sequences and control characters are removed, so a file can never move the cursor,
/// change colours, set the window title or write to the clipboard.
public enum TerminalSafe {
    /// `text` without C0/C1 control characters (newline and tab kept when `keepNewlines`), without
    /// escape sequences, and without bidirectional overrides.
    public static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar.value {
            case 0x1B:
                skipEscape(&iterator)
            case 0x0A, 0x09:
                out.append(keepNewlines ? scalar : " ")
            case 0x0D:
                continue
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Skips the rest of an escape sequence (CSI, OSC, or a two-character escape).
    private static func skipEscape(_ iterator: inout String.UnicodeScalarView.Iterator) {
        guard let next = iterator.next() else { return }
        switch next {
        case "[":
            // CSI: parameters and intermediates up to a final byte in 0x40...0x7E.
            while let c = iterator.next(), !(0x40...0x7E).contains(c.value) {}
        case "]", "P", "_", "^", "X":
            // OSC / DCS / APC / PM / SOS: up to BEL or ESC \.
            while let c = iterator.next() {
                if c.value == 0x07 { break }
                if c.value == 0x1B { _ = iterator.next(); break }
            }
        default:
            break
        }
    }
}
