/// A key the terminal reported, decoded from whatever sequence produced it.
public enum Key: Sendable, Hashable {
    /// A printable character (typed, or committed by an input method).
    case character(Character)
    /// Ctrl with a letter, given in lowercase (`.control("d")` is Ctrl-D).
    case control(Character)
    /// Alt (Meta) with a character.
    case alt(Character)
    /// Enter / Return.
    case enter
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace (however the terminal sends it: DEL, ^H or the key code).
    case backspace
    /// Delete (forward).
    case delete
    /// Escape on its own.
    case escape
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Ctrl-Left (previous word).
    case wordLeft
    /// Ctrl-Right (next word).
    case wordRight
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// A function key, F1 = 1.
    case function(Int)

    /// How the key is written in hints and help (terminal conventions: `^D`, `M-b`, `PgUp`).
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "^" + String(c).uppercased()
        case .alt(let c): "M-" + String(c)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .escape: "Esc"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .wordLeft: "^←"
        case .wordRight: "^→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        }
    }
}

/// Everything the front end reacts to, as the terminal back end delivers it.
public enum InputEvent: Sendable, Hashable {
    /// A key press.
    case key(Key)
    /// Text pasted with bracketed paste: inserted as text, never read as commands.
    case paste(String)
    /// The terminal changed size.
    case resized(width: Int, height: Int)
}
