/// A key press (or a terminal event that arrives like one), as the terminal edge decodes it.
public enum Key: Hashable, Sendable {
    /// A printable character; Chinese typed through an input method arrives whole.
    case character(Character)
    /// A letter typed with Ctrl held (lowercase letter).
    case control(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// Text pasted into the terminal (bracketed paste): text for the field that has focus, never keys.
    case paste(String)

    /// How the key is written in the footer and the help: `↑`, `Ctrl-S`, `Enter`, `q`.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .resize: return "resize"
        case .paste: return "paste"
        }
    }
}
