/// Why an output cannot be made: a name or setting the roster does not have.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    /// The roster's time zone is not known to the system.
    case unknownTimeZone(String)
    /// No volunteer and no duty has this name.
    case unknownPerson(String)
    /// No team has this name.
    case unknownTeam(String)

    /// The message, in Chinese and English.
    public var description: String {
        switch self {
        case .unknownTimeZone(let zone): return "未知时区 / unknown time zone: \(zone)（roster.toml settings）"
        case .unknownPerson(let name): return "值班表里没有这个人 / no such person: \(name)"
        case .unknownTeam(let name): return "值班表里没有这个队伍 / no such team: \(name)"
        }
    }
}
