/// Whose duties a calendar holds.
public enum CalendarSubject: Hashable, Sendable {
    /// One person's duties: one event per duty.
    case person(String)
    /// A team's duties: one event per duty any of its members stands, naming them.
    case team(String)

    /// The person's or team's name.
    public var name: String {
        switch self {
        case .person(let name), .team(let name): return name
        }
    }
}
