/// The hard limits every plan keeps, overridable in the roster file.
public struct RosterRules: Hashable, Sendable {
    /// Least rest between two shifts of one person, in minutes (default 8 h).
    public var minRestMinutes: Int
    /// Least rest after a night shift, in minutes (default 12 h).
    public var minRestAfterNightMinutes: Int
    /// Most minutes of duty per person per calendar day (default 12 h).
    public var maxDutyMinutesPerDay: Int

    /// Creates rules; the defaults are 8 h rest, 12 h after a night, 12 h of duty a day.
    public init(minRestMinutes: Int = 480, minRestAfterNightMinutes: Int = 720, maxDutyMinutesPerDay: Int = 720) {
        self.minRestMinutes = minRestMinutes
        self.minRestAfterNightMinutes = minRestAfterNightMinutes
        self.maxDutyMinutesPerDay = maxDutyMinutesPerDay
    }

    /// The defaults: 8 h rest, 12 h after a night shift, at most 12 h of duty a day.
    public static let standard = RosterRules()
}
