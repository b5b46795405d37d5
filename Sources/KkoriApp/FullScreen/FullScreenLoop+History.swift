import KkoriPlatform
import KkoriScreen
import KkoriTerminal

/// The history screens inside the app: the same browser `kkori history` shows, on the terminal that
/// is already open. Leaving returns to the home screen; choosing an interrupted session resumes it.
extension FullScreenLoop {
    func browseHistory() {
        let driver = HistoryDriver(platform: platform)
        let (width, height) = terminal.size
        var browser = driver.browser(language: model.strings.language, width: width, height: height)
        terminal.draw(browser.frame())
        while running {
            if TerminalSignals.received != nil { return }
            let event = terminal.readEvent(timeout: browser.isPlaying ? 40 : 250)
            let now = Platform.monotonic()
            var requests: [HistoryRequest] = []
            if let event {
                requests = browser.handle(event, at: now)
                if case .resized = event { _ = model.handle(event, at: now) }   // home keeps the size
            } else {
                browser.tick(at: now)
            }
            for request in requests {
                if request == .close {
                    leaveHistory()
                    return
                }
                if let path = driver.perform(request, on: &browser) {
                    terminal.invalidate()
                    resume(path: path)
                    return
                }
            }
            terminal.draw(browser.frame())
        }
    }

    /// Back to the home screen, with the resumable session re-read (one may have been deleted).
    private func leaveHistory() {
        terminal.invalidate()
        model.updateResumable(HomeLoader.latestResumable(platform: platform))
    }
}
