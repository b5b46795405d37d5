import CNcursesw
import Glibc
import KkoriScreen

/// The ncurses back end: draws screen buffers, reads keys. The only code that talks to curses.
///
/// It keeps the last frame it sent, so each new frame costs only its changed cells. Everything runs
/// on the thread that created it; curses is not thread-safe.
public final class CursesTerminal {
    /// The curses screen this terminal drives.
    let screen: OpaquePointer
    /// Its standard window.
    let window: UnsafeMutablePointer<WINDOW>
    /// Colour roles to attributes.
    let palette: CursesPalette
    /// The frame on screen now, or nil when the screen must be redrawn whole.
    var shown: ScreenBuffer?
    /// Whether the cursor is visible now.
    var cursorVisible = true
    /// Output stream: the bracketed-paste switch is written there.
    let output: UnsafeMutablePointer<FILE>
    /// Whether `close` already ran.
    var closed = false

    /// Starts full screen on the process's terminal: UTF-8 locale, fixed size variables removed,
    /// raw keys with a timeout, colours unless `allowColor` is false (`NO_COLOR`), bracketed paste on,
    /// and the terminal restored on fatal signals.
    public static func open(allowColor: Bool, term: String?) throws(TerminalError) -> CursesTerminal {
        try TerminalSetup.selectUTF8Locale()
        TerminalSetup.forgetFixedSize()
        _ = set_escdelay(25)
        TerminalSignals.saveTerminalModes(fd: STDIN_FILENO)
        guard let screen = newterm(nil, kk_stdout(), kk_stdin()) else { throw .unusableTerminal(term: term ?? "") }
        let terminal = CursesTerminal(screen: screen, output: kk_stdout(), allowColor: allowColor)
        TerminalSignals.install()
        return terminal
    }

    /// Wraps a curses screen made with `newterm` (tests use one writing to /dev/null).
    init(screen: OpaquePointer, output: UnsafeMutablePointer<FILE>, allowColor: Bool) {
        self.screen = screen
        self.output = output
        _ = set_term(screen)
        window = kk_stdscr()!
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = meta(window, true)
        _ = intrflush(window, false)
        palette = CursesPalette(allowColor: allowColor)
        defineKeys()
        setBracketedPaste(true)
    }

    /// Terminal size as curses knows it (columns, rows).
    public var size: (width: Int, height: Int) {
        (Int(kk_getmaxx(window)), Int(kk_getmaxy(window)))
    }

    /// Forgets the frame on screen, so the next `draw` sends everything (after a resize, or when
    /// another program used the terminal).
    public func invalidate() {
        shown = nil
        _ = clearok(window, true)
    }

    /// Hands the terminal back (to run an editor, say); `resume` takes it again.
    public func suspend() {
        setBracketedPaste(false)
        _ = endwin()
    }

    /// Takes the terminal back after `suspend` and redraws everything on the next frame.
    public func resume() {
        _ = wrefresh(window)
        setBracketedPaste(true)
        invalidate()
    }

    /// Restores the terminal for good. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        setBracketedPaste(false)
        _ = curs_set(1)
        _ = endwin()
        delscreen(screen)
        TerminalSignals.uninstall()
    }

    /// Turns bracketed paste on or off (pastes then arrive between markers, never as typed keys).
    func setBracketedPaste(_ on: Bool) {
        fputs(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l", output)
        fflush(output)
    }

    deinit {
        close()
    }
}
