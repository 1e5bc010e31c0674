/// Roster-wide settings: its title, the time zone its clock times are in, and its rules.
public struct RosterSettings: Hashable, Sendable {
    /// The roster's title, printed at the top of every sheet, e.g. `春谷社区疫情防控值班表`.
    public var title: String
    /// IANA time zone of the wall-clock times, used when exporting calendars.
    public var timeZone: String
    /// The hard limits.
    public var rules: RosterRules
    /// The line that ends every group-chat notice, e.g. `请提前10分钟到岗，做好个人防护。` (empty: none).
    public var notifyClosing: String
    /// Whether each save is also a git commit saying what changed (`[sharing] commit_on_save`).
    public var commitOnSave = false

    /// Creates settings.
    public init(title: String, timeZone: String = "Asia/Shanghai", rules: RosterRules = .standard, notifyClosing: String = "") {
        self.title = title
        self.timeZone = timeZone
        self.rules = rules
        self.notifyClosing = notifyClosing
    }
}
