/// The hard limits every plan keeps, overridable in the roster file.
///
/// The limits over several days (days in a row, days off, nights in a row, hours in a week) are
/// optional: nil means no such limit, which is how a roster file written before they existed is
/// read. New rosters get `recommended`, which sets them.
public struct RosterRules: Hashable, Sendable {
    /// Least rest between two shifts of one person, in minutes (default 8 h).
    public var minRestMinutes: Int
    /// Least rest after a night shift, in minutes (default 12 h).
    public var minRestAfterNightMinutes: Int
    /// Most minutes of duty per person per calendar day (default 12 h).
    public var maxDutyMinutesPerDay: Int
    /// Most dates in a row on which a person starts a shift.
    public var maxDaysInARow: Int?
    /// Least dates without a shift start in any 7 dates in a row.
    public var minDaysOffPerWeek: Int?
    /// Most dates in a row on which a person starts a night shift.
    public var maxNightsInARow: Int?
    /// Most minutes of duty of the shifts starting in any 7 dates in a row.
    public var maxMinutesPerWeek: Int?

    /// Creates rules; the defaults are 8 h rest, 12 h after a night, 12 h of duty a day, no limits over several days.
    public init(minRestMinutes: Int = 480, minRestAfterNightMinutes: Int = 720, maxDutyMinutesPerDay: Int = 720,
                maxDaysInARow: Int? = nil, minDaysOffPerWeek: Int? = nil, maxNightsInARow: Int? = nil, maxMinutesPerWeek: Int? = nil) {
        self.minRestMinutes = minRestMinutes
        self.minRestAfterNightMinutes = minRestAfterNightMinutes
        self.maxDutyMinutesPerDay = maxDutyMinutesPerDay
        self.maxDaysInARow = maxDaysInARow
        self.minDaysOffPerWeek = minDaysOffPerWeek
        self.maxNightsInARow = maxNightsInARow
        self.maxMinutesPerWeek = maxMinutesPerWeek
    }

    /// The defaults: 8 h rest, 12 h after a night shift, at most 12 h of duty a day, no limits over several days.
    public static let standard = RosterRules()

    /// What a new roster starts with: the defaults, and at most 6 days on duty in a row, at least
    /// 1 day off in any 7, at most 4 nights in a row, at most 60 hours in any 7 days.
    public static let recommended = RosterRules(maxDaysInARow: 6, minDaysOffPerWeek: 1, maxNightsInARow: 4, maxMinutesPerWeek: 3600)

    /// Whether any limit over several days is set.
    public var hasWeekLimits: Bool {
        maxDaysInARow != nil || minDaysOffPerWeek != nil || maxNightsInARow != nil || maxMinutesPerWeek != nil
    }

    /// How many dates before a duty (and after it) these rules look when they judge it: one for
    /// rest and the hours of a day, the longest run allowed for days or nights in a row, six (a
    /// week of 7 dates) for the days off and the hours of a week. A check of one slot that reads
    /// the duties this far either side sees every rule that placing someone there can break.
    public var reachInDays: Int {
        let week = minDaysOffPerWeek != nil || maxMinutesPerWeek != nil ? 6 : 0
        return max(1, maxDaysInARow ?? 0, maxNightsInARow ?? 0, week)
    }
}
