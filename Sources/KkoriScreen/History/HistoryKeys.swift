import KkoriScenario

/// What a key means on a history screen.
public enum HistoryCommand: Sendable, Hashable {
    /// Move the selection or scroll up.
    case up
    /// Move the selection or scroll down.
    case down
    /// A page up.
    case pageUp
    /// A page down.
    case pageDown
    /// To the first row or event.
    case top
    /// To the last row or event.
    case bottom
    /// Open the selected item (replay a session, jump to a question, run a search).
    case open
    /// Resume the selected interrupted session.
    case resume
    /// Delete the selected session (asks first).
    case delete
    /// Next sort order.
    case sort
    /// Reverse the order.
    case reverse
    /// Next round filter.
    case filterRound
    /// Next scenario filter.
    case filterScenario
    /// Next date filter.
    case filterPeriod
    /// Mark the selected session for comparing.
    case mark
    /// Compare attempts at the same questions.
    case compare
    /// Open the progress screen.
    case progress
    /// One event back.
    case stepBack
    /// One event on.
    case stepForward
    /// Start or stop real-time playback.
    case playPause
    /// Play at this speed.
    case speed(Int)
    /// Play faster.
    case faster
    /// Play slower.
    case slower
    /// Pick a question to jump to.
    case jump
    /// Search the session's text.
    case search
    /// The next search match.
    case nextMatch
    /// The previous search match.
    case previousMatch
    /// Yes (delete).
    case confirm
    /// No (keep).
    case cancel
    /// Open or close the key help.
    case help
    /// Leave this screen.
    case back
}

/// Where keys are read in history: each page and overlay has its own bindings.
public enum HistoryKeyContext: String, Sendable, Hashable, CaseIterable {
    /// The session list.
    case list
    /// A session being replayed.
    case replay
    /// Two attempts side by side.
    case compare
    /// Progress over time.
    case progress
    /// The question picker of the replay.
    case picker
    /// The replay's search prompt.
    case search
    /// The delete confirmation.
    case confirmDelete
    /// The key help.
    case help
}

/// One binding: keys, command, where it applies, words for the hints line and the help overlay.
public struct HistoryBinding: Sendable {
    /// Keys that trigger it; the first is the one shown.
    public var keys: [Key]
    /// What it does.
    public var command: HistoryCommand
    /// Where it applies.
    public var contexts: Set<HistoryKeyContext>
    /// A word or two for the hints line.
    public var hint: Localized
    /// A sentence for the help overlay.
    public var help: Localized
    /// Whether the hints line shows it.
    public var inHints: Bool
    /// How the hints line writes the key(s), when not the first key's label.
    public var hintKeys: String?

    init(_ keys: [Key], _ command: HistoryCommand, _ contexts: Set<HistoryKeyContext>, _ hint: Localized,
         _ help: Localized, inHints: Bool = true, hintKeys: String? = nil) {
        self.keys = keys
        self.command = command
        self.contexts = contexts
        self.hint = hint
        self.help = help
        self.inHints = inHints
        self.hintKeys = hintKeys
    }

    /// The keys as written in help.
    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }

    /// The key as written in the hints line.
    public var hintLabel: String { hintKeys ?? keys.first?.label ?? "" }
}

/// The one table of history keys: resolving keys, the hints line and the help overlay all read it.
public enum HistoryKeyMap {
    /// The command `key` means in `context`, if any.
    public static func command(for key: Key, in context: HistoryKeyContext) -> HistoryCommand? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.command
    }

    /// Bindings shown in the hints line of `context`, in table order.
    public static func hints(for context: HistoryKeyContext) -> [HistoryBinding] {
        bindings.filter { $0.inHints && $0.contexts.contains(context) }
    }

    /// Every binding of `context`, for the help overlay.
    public static func help(for context: HistoryKeyContext) -> [HistoryBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }
}
