import CNcursesw
import Glibc

/// Process-wide preparation before ncurses starts.
public enum TerminalSetup {
    /// Selects the user's locale, falling back to C.UTF-8 when it is not UTF-8, and returns the
    /// character set in use. Without a UTF-8 locale ncurses draws Korean blank and drops Korean keys,
    /// so a locale that stays non-UTF-8 is an error rather than mojibake.
    @discardableResult
    public static func selectUTF8Locale() throws(TerminalError) -> String {
        _ = setlocale(LC_ALL, "")
        if isUTF8(currentCodeset()) { return currentCodeset() }
        let original = currentCodeset()
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, candidate) != nil {
            if isUTF8(currentCodeset()) { return currentCodeset() }
        }
        throw .notUTF8(codeset: original)
    }

    /// Removes `LINES` and `COLUMNS` from the environment: ncurses would take them as a fixed size and
    /// ignore every resize.
    public static func forgetFixedSize() {
        unsetenv("LINES")
        unsetenv("COLUMNS")
    }

    static func currentCodeset() -> String {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return "unknown" }
        return String(cString: codeset)
    }

    static func isUTF8(_ codeset: String) -> Bool {
        let folded = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return folded == "utf8"
    }
}
