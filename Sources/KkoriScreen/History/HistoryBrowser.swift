import KkoriScenario

/// What the history screens ask the runtime to do (the screens read no files).
public enum HistoryRequest: Sendable, Hashable {
    /// Read this transcript and show it with `showReplay`.
    case replay(path: String)
    /// Compare attempts: `path` with `other` (nil: the closest earlier session that answered the same
    /// questions), showing `question` first; answer with `showCompare`.
    case compare(path: String, other: String?, question: String?)
    /// Aggregate every session and show it with `showProgress`.
    case progress
    /// Delete this transcript (the user confirmed), then `update(rows:)`.
    case delete(path: String)
    /// Leave history and resume this interrupted session.
    case resume(path: String)
    /// Leave history.
    case close
}

/// The history area as a value: the session list, replay, compare and progress pages on a stack,
/// with keys in, requests out and frames on demand. Time arrives with the input and with `tick`.
public struct HistoryBrowser: Sendable {
    /// A page of the history area.
    public enum Page: Sendable {
        /// The session list.
        case list
        /// A session being replayed.
        case replay(ReplayState)
        /// Two attempts side by side.
        case compare(CompareState)
        /// Progress over time, with its scroll.
        case progress(ProgressModel, scroll: Int)
    }

    /// The session list (kept while other pages are open).
    public internal(set) var list: HistoryListState
    /// Pages over the list, the top one on screen.
    public internal(set) var pages: [Page]
    /// Interface strings.
    public internal(set) var strings: HistoryStrings
    /// Terminal size.
    public internal(set) var width: Int
    /// Terminal height.
    public internal(set) var height: Int
    /// The help overlay, when open: its context and scroll.
    public internal(set) var help: (context: HistoryKeyContext, scroll: Int)?
    /// A one-line message for the list (deleted, cannot resume, …).
    public internal(set) var message: String?
    /// The runtime's clock at the last input or tick, for playback.
    var lastTime: Double?

    /// The list of `rows` (`now` is the runtime's clock, for the date filter).
    public init(rows: [HistoryRow], now: Double, language: Language, width: Int, height: Int) {
        list = HistoryListState(rows: rows, now: now)
        pages = [.list]
        strings = HistoryStrings.forLanguage(language)
        self.width = width
        self.height = height
    }

    /// The page on screen.
    public var page: Page { pages.last ?? .list }

    /// Whether real-time playback is running (the runtime should tick often).
    public var isPlaying: Bool {
        if case .replay(let state) = page { return state.playing }
        return false
    }

    /// Whether the terminal is too small for the pages.
    public var isTooSmall: Bool { width < AppModel.minimumWidth || height < AppModel.minimumHeight }

    /// Shows a session's replay over the current page.
    public mutating func showReplay(_ state: ReplayState) {
        pages.append(.replay(state))
    }

    /// Shows a comparison over the current page.
    public mutating func showCompare(_ state: CompareState) {
        pages.append(.compare(state))
    }

    /// Shows progress over the current page.
    public mutating func showProgress(_ model: ProgressModel) {
        pages.append(.progress(model, scroll: 0))
    }

    /// Replaces the list's rows (after a delete or a refresh).
    public mutating func update(rows: [HistoryRow]) {
        list.update(rows)
    }

    /// A one-line message: on the list, or as the replay's notice.
    public mutating func show(message text: String) {
        if case .replay(var state) = page {
            state.notice = text
            replaceTop(.replay(state))
        } else {
            message = text
        }
    }

    /// Real time passes: playback moves (`time` is the runtime's monotonic clock in seconds).
    public mutating func tick(at time: Double) {
        defer { lastTime = time }
        guard let last = lastTime, case .replay(var state) = page, state.playing else { return }
        state.advance(by: time - last)
        replaceTop(.replay(state))
    }

    mutating func replaceTop(_ page: Page) {
        if pages.isEmpty { pages = [page] } else { pages[pages.count - 1] = page }
    }

    /// The key context now (overlays first).
    public var context: HistoryKeyContext {
        if help != nil { return .help }
        switch page {
        case .list: return list.confirmingDelete == nil ? .list : .confirmDelete
        case .replay(let state): return state.query != nil ? .search : state.picker != nil ? .picker : .replay
        case .compare: return .compare
        case .progress: return .progress
        }
    }
}
