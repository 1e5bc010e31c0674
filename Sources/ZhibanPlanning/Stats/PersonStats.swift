/// One person's figures over a date range.
public struct PersonStats: Hashable, Sendable {
    /// The person's name.
    public let name: String
    /// Their team.
    public let team: String
    /// Minutes on duty.
    public internal(set) var minutes = 0
    /// Shifts on duty.
    public internal(set) var shifts = 0
    /// Night shifts (through any part of 00:00–05:00).
    public internal(set) var nights = 0
    /// The longest continuous time on duty, back-to-back shifts joined, in minutes.
    public internal(set) var longestStretchMinutes = 0
    /// The most dates in a row with a shift (a shift counts on the date it starts).
    public internal(set) var longestDaysInARow = 0
    /// Dates of the range without a shift.
    public internal(set) var daysOff = 0
    /// The most night shifts on dates in a row.
    public internal(set) var longestNightsInARow = 0
    /// Shifts on a date or shift the person wished for (`想值`).
    public internal(set) var wishedShifts = 0
    /// Shifts on a date or shift the person wished not to serve (`不想值`).
    public internal(set) var unwishedShifts = 0
    /// Shifts served as the reserve (at a checkpoint their team does not keep).
    public internal(set) var reserveCalls = 0
    /// Whether a night shift of the dates fits what they can serve (不能值班): someone who can
    /// never stand a night is left out of the team's night spread.
    public internal(set) var couldStandNights = true

    /// Creates empty figures.
    public init(name: String, team: String) {
        self.name = name
        self.team = team
    }
}
