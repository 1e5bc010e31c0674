import CNcursesw
import ZhibanTUI

/// The colours (or, on a monochrome terminal and with `NO_COLOR`, the attributes alone) that
/// each style role is drawn with. Every role also carries a symbol or word on screen, so the
/// monochrome palette loses no information.
struct Palette {
    private let useColor: Bool

    /// Sets up the colour pairs when the terminal has colours and they are wanted.
    init(colorWanted: Bool) {
        useColor = colorWanted && has_colors()
        guard useColor else { return }
        start_color()
        use_default_colors()
        for role in StyleRole.allCases {
            let colors = Palette.colors(for: role)
            init_pair(Int16(role.rawValue + 1), colors.foreground, colors.background)
        }
    }

    /// The attributes and colour pair of a cell style.
    func attributes(for style: CellStyle) -> (attributes: attr_t, pair: Int16) {
        var attributes: attr_t = 0
        if style.bold { attributes |= cn_attr_bold() }
        if style.reverse { attributes |= cn_attr_reverse() }
        guard useColor else { return (attributes | Palette.monochrome(style.role), 0) }
        return (attributes, Int16(style.role.rawValue + 1))
    }

    /// Foreground and background per role (-1: the terminal's default).
    private static func colors(for role: StyleRole) -> (foreground: Int16, background: Int16) {
        switch role {
        case .normal, .footer: return (-1, -1)
        case .header: return (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        case .cursor: return (Int16(COLOR_CYAN), -1)
        case .marked: return (Int16(COLOR_MAGENTA), -1)
        case .empty: return (Int16(COLOR_YELLOW), -1)
        case .problem, .error: return (Int16(COLOR_RED), -1)
        case .reserve: return (Int16(COLOR_MAGENTA), -1)
        case .muted: return (Int16(COLOR_BLUE), -1)
        case .good, .bar: return (Int16(COLOR_GREEN), -1)
        case .group: return (Int16(COLOR_CYAN), -1)
        case .served: return (Int16(COLOR_GREEN), -1)
        case .absent: return (Int16(COLOR_RED), -1)
        case .substituted: return (Int16(COLOR_CYAN), -1)
        case .partly: return (Int16(COLOR_YELLOW), -1)
        }
    }

    /// What stands in for colour on a monochrome terminal.
    private static func monochrome(_ role: StyleRole) -> attr_t {
        switch role {
        case .header: return cn_attr_reverse()
        case .problem, .error, .group, .absent: return cn_attr_bold()
        case .empty: return cn_attr_underline()
        case .muted: return cn_attr_dim()
        case .normal, .footer, .cursor, .marked, .reserve, .good, .bar, .served, .substituted, .partly: return 0
        }
    }
}
