import ZhibanModel

/// Why an output cannot be made: a name or setting the roster does not have.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    /// The roster's time zone is not known to the system.
    case unknownTimeZone(String)
    /// No volunteer and no duty has this name.
    case unknownPerson(String)
    /// No team has this name.
    case unknownTeam(String)

    /// The message, in Chinese and English.
    public var description: String { "\(message(in: .zh)) / \(message(in: .en))" }

    /// The message in one language.
    public func message(in language: Language) -> String {
        switch self {
        case .unknownTimeZone(let zone): return Localized("未知时区：\(zone)（roster.toml 的 time_zone）", "unknown time zone: \(zone) (time_zone in roster.toml)")(language)
        case .unknownPerson(let name): return Localized("值班表里没有这个人：\(name)", "no such person in the roster: \(name)")(language)
        case .unknownTeam(let name): return Localized("值班表里没有这个队伍：\(name)", "no such team in the roster: \(name)")(language)
        }
    }
}
