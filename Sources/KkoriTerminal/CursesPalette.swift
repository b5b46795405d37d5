import CNcursesw
import KkoriScreen

/// How colour roles become curses attributes: colour pairs when the terminal has colours and the user
/// has not set `NO_COLOR`, plain attributes otherwise (bold, dim, underline), so every role stays
/// distinguishable on a monochrome terminal.
struct CursesPalette {
    /// Whether colour pairs are in use.
    let usesColor: Bool
    /// Attributes per role (indexed by raw value).
    private var attributes: [attr_t]
    /// Colour pair per role (0: the terminal's colours).
    private var pairs: [Int16]

    /// Sets up colour pairs if allowed; call after `newterm`.
    init(allowColor: Bool) {
        usesColor = allowColor && has_colors() && start_color() == OK
        attributes = Array(repeating: kk_a_normal(), count: ColorRole.allCases.count)
        pairs = Array(repeating: 0, count: ColorRole.allCases.count)
        if usesColor {
            _ = use_default_colors()
            for role in ColorRole.allCases {
                guard let (pair, foreground, extra) = Self.colour(for: role) else { continue }
                _ = init_pair(Int16(pair), Int16(foreground), -1)
                attributes[Int(role.rawValue)] = extra
                pairs[Int(role.rawValue)] = Int16(pair)
            }
        } else {
            for role in ColorRole.allCases { attributes[Int(role.rawValue)] = Self.monochrome(role) }
        }
    }

    /// The colour pair for a cell style.
    func pair(for style: Style) -> Int16 {
        pairs[Int(style.role.rawValue)]
    }

    /// The attributes for a cell style (colour excluded: see `pair(for:)`).
    func attributes(for style: Style) -> attr_t {
        var value = attributes[Int(style.role.rawValue)]
        if style.attributes.contains(.bold) { value |= kk_a_bold() }
        if style.attributes.contains(.reverse) { value |= kk_a_reverse() }
        if style.attributes.contains(.underline) { value |= kk_a_underline() }
        if style.attributes.contains(.dim) { value |= kk_a_dim() }
        return value
    }

    /// Pair number, foreground colour and extra attributes of a role (nil: the terminal's defaults).
    private static func colour(for role: ColorRole) -> (Int, Int32, attr_t)? {
        let bright = kk_colors() >= 16
        switch role {
        case .normal, .editor: return nil
        case .title: return (1, COLOR_CYAN, 0)
        case .muted: return bright ? (2, 8, 0) : (2, COLOR_WHITE, kk_a_dim())
        case .accent: return (3, COLOR_CYAN, 0)
        case .good: return (4, COLOR_GREEN, 0)
        case .warning: return (5, COLOR_YELLOW, 0)
        case .bad: return (6, COLOR_RED, 0)
        case .selection: return (7, COLOR_BLUE, 0)
        case .frame: return (8, COLOR_BLUE, 0)
        }
    }

    /// Attributes that keep roles apart without colour.
    private static func monochrome(_ role: ColorRole) -> attr_t {
        switch role {
        case .normal, .editor, .frame, .good, .selection, .title: kk_a_normal()
        case .muted: kk_a_dim()
        case .accent, .warning: kk_a_bold()
        case .bad: kk_a_bold() | kk_a_underline()
        }
    }
}
