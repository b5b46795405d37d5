import CNcursesw
import KkoriScreen

/// Reading keys: wide characters with a timeout (invalid bytes can never block the app), function
/// keys, Alt combinations, resizes and bracketed pastes.
extension CursesTerminal {
    /// Key codes given to sequences curses does not name (above every curses key code).
    enum CustomKey {
        static let pasteStart: Int32 = 0o1001
        static let pasteEnd: Int32 = 0o1002
        static let wordLeft: Int32 = 0o1003
        static let wordRight: Int32 = 0o1004
    }

    /// Teaches curses the sequences of bracketed paste, Ctrl-arrows (xterm and rxvt forms), and the
    /// normal-mode cursor keys of terminals that ignore the keypad mode terminfo asks for.
    func defineKeys() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END),
            ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END), ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE),
            ("\u{1B}[6~", KEY_NPAGE),
            ("\u{1B}[200~", CustomKey.pasteStart), ("\u{1B}[201~", CustomKey.pasteEnd),
            ("\u{1B}[1;5D", CustomKey.wordLeft), ("\u{1B}[1;5C", CustomKey.wordRight),
            ("\u{1B}[1;3D", CustomKey.wordLeft), ("\u{1B}[1;3C", CustomKey.wordRight),
            ("\u{1B}Od", CustomKey.wordLeft), ("\u{1B}Oc", CustomKey.wordRight),
        ]
        for (sequence, code) in sequences { _ = define_key(sequence, code) }
    }

    /// The next input event, or nil when none came within `timeout` milliseconds.
    public func readEvent(timeout: Int32) -> InputEvent? {
        wtimeout(window, timeout)
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES: return functionKey(Int32(bitPattern: value))
        case OK: return character(UInt32(value))
        default: return nil
        }
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case kk_key_resize():
            invalidate()
            let (width, height) = size
            return .resized(width: width, height: height)
        case CustomKey.pasteStart: return .paste(readPaste())
        case CustomKey.pasteEnd: return nil
        case CustomKey.wordLeft: return .key(.wordLeft)
        case CustomKey.wordRight: return .key(.wordRight)
        default: return Self.namedKeys[code].map { .key($0) }
        }
    }

    static let namedKeys: [Int32: Key] = {
        var keys: [Int32: Key] = [
            KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right, KEY_HOME: .home, KEY_END: .end,
            KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_BACKSPACE: .backspace, KEY_DC: .delete,
            KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_SLEFT: .wordLeft, KEY_SRIGHT: .wordRight,
        ]
        for n in 1...12 { keys[kk_key_f(Int32(n))] = .function(n) }
        return keys
    }()

    /// A character code: controls become keys, Esc followed at once by a character is Alt.
    private func character(_ value: UInt32) -> InputEvent? {
        switch value {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x7F, 0x08: return .key(.backspace)
        case 0x1B: return escape()
        case 0x01...0x1A: return Unicode.Scalar(value + 0x60).map { .key(.control(Character($0))) }
        case 0x00, 0x1C...0x1F, 0x80...0x9F: return nil
        default: return Unicode.Scalar(value).map { .key(.character(Character($0))) }
        }
    }

    /// Esc alone, or Alt with the key that follows within the escape delay.
    private func escape() -> InputEvent? {
        wtimeout(window, 0)
        var next: wint_t = 0
        guard wget_wch(window, &next) == OK, next >= 0x20, next != 0x7F,
              let scalar = Unicode.Scalar(UInt32(next)) else { return .key(.escape) }
        return .key(.alt(Character(scalar)))
    }

    /// Collects a bracketed paste up to its end marker. A paste whose end never comes (a terminal
    /// that dropped it) ends after half a second of silence, so input can't stall.
    private func readPaste() -> String {
        var text = String.UnicodeScalarView()
        let limit = 1 << 20
        while text.count < limit {
            wtimeout(window, 500)
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                if Int32(bitPattern: value) == CustomKey.pasteEnd { break }
                if Int32(bitPattern: value) == KEY_ENTER { text.append("\n") }
                continue
            }
            if let scalar = Unicode.Scalar(UInt32(value)) { text.append(scalar) }   // the editor unifies \r\n
        }
        return String(text)
    }
}
