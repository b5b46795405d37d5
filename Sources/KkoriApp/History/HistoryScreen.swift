import Foundation
import KkoriPlatform
import KkoriScenario
import KkoriScreen
import KkoriTerminal
import KkoriText

/// The history screens full screen on their own, for `kkori history` and `kkori replay` on a
/// terminal: reads keys with a timeout, feeds the browser, carries out its requests, ticks playback,
/// draws only changed cells.
enum HistoryScreen {
    /// How the screens were left.
    enum Exit {
        /// Closed normally.
        case closed(Int32)
        /// The user chose to resume this session.
        case resume(String)
        /// Full screen could not start (line mode takes over).
        case unavailable(String)
    }

    /// Runs `makeBrowser` (given the terminal size) until the user leaves.
    static func run(driver: HistoryDriver, platform: Platform,
                    makeBrowser: (Int, Int) -> HistoryBrowser) -> Exit {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(allowColor: !platform.noColor, term: platform.environment["TERM"])
        } catch {
            return .unavailable(error.description)
        }
        var browser = makeBrowser(terminal.size.width, terminal.size.height)
        let exit = loop(&browser, terminal: terminal, driver: driver)
        terminal.close()
        return exit
    }

    private static func loop(_ browser: inout HistoryBrowser, terminal: CursesTerminal, driver: HistoryDriver) -> Exit {
        terminal.draw(browser.frame())
        while true {
            if let signal = TerminalSignals.received { return .closed(128 + signal) }
            let event = terminal.readEvent(timeout: browser.isPlaying ? 40 : 250)
            let now = Platform.monotonic()
            var requests: [HistoryRequest] = []
            if let event {
                requests = browser.handle(event, at: now)
                if case .resized = event { terminal.invalidate() }
            } else {
                browser.tick(at: now)
            }
            for request in requests {
                if request == .close { return .closed(0) }
                if let path = driver.perform(request, on: &browser) { return .resume(path) }
            }
            terminal.draw(browser.frame())
        }
    }
}
