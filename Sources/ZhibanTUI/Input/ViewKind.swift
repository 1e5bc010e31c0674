import ZhibanModel

/// The views of the interface, numbered as their keys.
public enum ViewKind: Int, Hashable, Sendable, CaseIterable {
    /// The day board: checkpoints down, shifts across (the home view).
    case day = 1
    /// Days × checkpoints (or × people).
    case period
    /// The volunteers.
    case people
    /// The teams.
    case teams
    /// Checkpoints and shifts.
    case checkpoints
    /// Empty places and broken rules.
    case problems
    /// Hours and nights per person and team.
    case stats

    /// The name on the view's tab.
    public var title: Localized {
        switch self {
        case .day: return Localized("日报", "Day")
        case .period: return Localized("总览", "Period")
        case .people: return Localized("人员", "People")
        case .teams: return Localized("队伍", "Teams")
        case .checkpoints: return Localized("卡口", "Posts")
        case .problems: return Localized("问题", "Problems")
        case .stats: return Localized("统计", "Stats")
        }
    }

    /// The key that shows the view.
    public var key: Key { .character(Character(String(rawValue))) }

    /// The next view, wrapping around.
    public var next: ViewKind { ViewKind(rawValue: rawValue % ViewKind.allCases.count + 1)! }

    /// The previous view, wrapping around.
    public var previous: ViewKind {
        ViewKind(rawValue: (rawValue + ViewKind.allCases.count - 2) % ViewKind.allCases.count + 1)!
    }
}
