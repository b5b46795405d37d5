import Glibc

/// Signals while full screen is up.
///
/// Termination requests (SIGTERM, SIGHUP, SIGINT, SIGQUIT) only set a flag: the event loop sees it
/// within one input timeout, saves the session and restores the terminal normally. Crashes (SIGSEGV,
/// SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) cannot return to the loop, so their handler puts the
/// terminal back itself — the saved line discipline, then escape sequences that leave the alternate
/// screen, show the cursor and stop bracketed paste — using only async-signal-safe calls, and then
/// dies of the same signal.
public enum TerminalSignals {
    /// Terminal modes from before full screen; read by the crash handler, which can take no context.
    nonisolated(unsafe) static var savedModes = termios()
    /// Whether `savedModes` holds something.
    nonisolated(unsafe) static var haveSavedModes = false
    /// The descriptor of the terminal.
    nonisolated(unsafe) static var terminalFD: Int32 = STDIN_FILENO
    /// The last termination signal received, 0 if none. Written by the handler, read by the loop
    /// after an opaque curses call, so the read is never hoisted out of the loop.
    nonisolated(unsafe) static var pending: Int32 = 0

    static let termination = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    static let fatal = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// The termination signal that arrived, if any (it stays set).
    public static var received: Int32? { pending == 0 ? nil : pending }

    /// Remembers the terminal's modes for the crash handler.
    static func saveTerminalModes(fd: Int32) {
        terminalFD = fd
        haveSavedModes = tcgetattr(fd, &savedModes) == 0
    }

    static func install() {
        for signal in termination { _ = Glibc.signal(signal, onTermination) }
        for signal in fatal { _ = Glibc.signal(signal, onFatal) }
        // A parent may have started us with these blocked (the mask is inherited through exec): a
        // blocked SIGTERM would never reach the handler, and a blocked SIGWINCH would hide every
        // resize from curses.
        var set = sigset_t()
        sigemptyset(&set)
        for signal in termination + fatal + [SIGWINCH] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    static func uninstall() {
        for signal in termination + fatal { _ = Glibc.signal(signal, SIG_DFL) }
    }
}

private func onTermination(_ signal: Int32) {
    TerminalSignals.pending = signal
}

private func onFatal(_ signal: Int32) {
    if TerminalSignals.haveSavedModes {
        _ = tcsetattr(TerminalSignals.terminalFD, TCSANOW, &TerminalSignals.savedModes)
    }
    let reset: StaticString = "\u{1B}[?2004l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
    _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
    _ = Glibc.signal(signal, SIG_DFL)
    _ = raise(signal)
}
