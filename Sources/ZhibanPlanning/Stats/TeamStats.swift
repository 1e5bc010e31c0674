/// A team's figures over a date range, with how evenly its members share the load.
public struct TeamStats: Hashable, Sendable {
    /// The team's name.
    public let name: String
    /// Number of members.
    public let members: Int
    /// Minutes on duty, all members together.
    public let minutes: Int
    /// Shifts on duty, all members together.
    public let shifts: Int
    /// Night shifts, all members together.
    public let nights: Int
    /// Shifts its members served as the reserve elsewhere.
    public let reserveCalls: Int
    /// Most minutes of one member minus fewest (0 for an empty team).
    public let minutesSpread: Int
    /// Most night shifts of one member minus fewest, among the members who could stand a night
    /// (one who cannot serve nights has not fallen behind).
    public let nightsSpread: Int
    /// Most days off (dates of the range without a shift) of one member minus fewest.
    public let daysOffSpread: Int

    /// Sums up the members' figures.
    public init(name: String, members: [PersonStats]) {
        self.name = name
        self.members = members.count
        minutes = members.reduce(0) { $0 + $1.minutes }
        shifts = members.reduce(0) { $0 + $1.shifts }
        nights = members.reduce(0) { $0 + $1.nights }
        reserveCalls = members.reduce(0) { $0 + $1.reserveCalls }
        let minutesEach = members.map(\.minutes)
        let nightsEach = members.filter(\.couldStandNights).map(\.nights)
        minutesSpread = (minutesEach.max() ?? 0) - (minutesEach.min() ?? 0)
        nightsSpread = (nightsEach.max() ?? 0) - (nightsEach.min() ?? 0)
        let daysOffEach = members.map(\.daysOff)
        daysOffSpread = (daysOffEach.max() ?? 0) - (daysOffEach.min() ?? 0)
    }
}
