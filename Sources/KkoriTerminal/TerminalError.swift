/// Why the full-screen terminal could not start; each says what to do instead.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The locale's character set is not UTF-8 and no UTF-8 locale could be used.
    case notUTF8(codeset: String)
    /// ncurses could not start on this terminal type.
    case unusableTerminal(term: String)

    public var description: String {
        switch self {
        case .notUTF8(let codeset):
            "the locale uses \(codeset), not UTF-8, so Korean would not display; set LANG=C.UTF-8 (or ko_KR.UTF-8) and run again, or use --plain"
        case .unusableTerminal(let term):
            "the terminal type '\(term)' cannot run full screen; set TERM (e.g. TERM=xterm-256color) or use --plain"
        }
    }
}
