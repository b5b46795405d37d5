/// What a piece of text is, so the back end can choose a colour for it (or, without colour, an
/// attribute). Views pick roles, never colours: that keeps monochrome and `NO_COLOR` output readable.
public enum ColorRole: UInt8, Sendable, Hashable, CaseIterable {
    /// Body text.
    case normal
    /// Screen titles and the header bar.
    case title
    /// Secondary text: hints, clocks, labels.
    case muted
    /// Highlights: the selected item, breadcrumbs, key names.
    case accent
    /// Good news: covered points, a strong score.
    case good
    /// Caution: missed points, a clock past its guidance.
    case warning
    /// Bad news: misconceptions, a weak score.
    case bad
    /// The answer editor's text area.
    case editor
    /// A selected row in a list.
    case selection
    /// Frames and rules.
    case frame

    /// One letter per role, used in golden snapshots of the style layer.
    public var code: Character {
        switch self {
        case .normal: "."
        case .title: "T"
        case .muted: "m"
        case .accent: "A"
        case .good: "G"
        case .warning: "W"
        case .bad: "B"
        case .editor: "e"
        case .selection: "S"
        case .frame: "f"
        }
    }
}

/// Text attributes that do not depend on colour support.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Heavier text.
    public static let bold = TextAttributes(rawValue: 1)
    /// Swapped foreground and background.
    public static let reverse = TextAttributes(rawValue: 2)
    /// Underlined text.
    public static let underline = TextAttributes(rawValue: 4)
    /// Fainter text.
    public static let dim = TextAttributes(rawValue: 8)
}

/// How a cell is drawn: a colour role plus attributes. Two bytes, so cells stay small.
public struct Style: Sendable, Hashable {
    /// The colour role.
    public var role: ColorRole
    /// Attributes on top of the role's colour.
    public var attributes: TextAttributes

    public init(_ role: ColorRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Plain body text.
    public static let plain = Style()

    /// The same role with attributes added.
    public func with(_ extra: TextAttributes) -> Style {
        Style(role, attributes.union(extra))
    }
}
