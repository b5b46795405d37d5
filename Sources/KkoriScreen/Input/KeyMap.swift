import KkoriScenario

/// One binding: the keys, the command, where it applies, and its words for hints and help.
public struct KeyBinding: Sendable {
    /// Keys that trigger it; the first is the one shown.
    public var keys: [Key]
    /// What it does.
    public var command: Command
    /// Screens where it applies.
    public var contexts: Set<KeyContext>
    /// A word or two for the hints line.
    public var hint: Localized
    /// A sentence for the help screen.
    public var help: Localized
    /// Whether the hints line shows it (editing keys are only in help).
    public var inHints: Bool
    /// How the hints line writes the key when a pair shares one hint (`↑↓`); nil for the first key.
    public var hintKeys: String?

    public init(_ keys: [Key], _ command: Command, _ contexts: Set<KeyContext>, hint: Localized, help: Localized,
                inHints: Bool = true, hintKeys: String? = nil) {
        self.keys = keys
        self.command = command
        self.contexts = contexts
        self.hint = hint
        self.help = help
        self.inHints = inHints
        self.hintKeys = hintKeys
    }

    /// The keys as written in help (`^A/Home`).
    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }

    /// The key as written in the hints line.
    public var hintLabel: String { hintKeys ?? keys[0].label }
}

/// The one table of keys: resolving a key, the hints line and the help screen all read it, so they
/// cannot disagree.
public enum KeyMap {
    /// The command `key` means in `context`, if any. In the interview, unbound printable keys type.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        if let binding = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) {
            return binding.command
        }
        if context == .interview, case .character(let character) = key { return .edit(.insert(String(character))) }
        return nil
    }

    /// The bindings shown in the hints line of `context`, in table order.
    public static func hints(for context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.inHints && $0.contexts.contains(context) }
    }

    /// Every binding of `context`, for the help screen.
    public static func help(for context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }
}
