import ZhibanModel

/// What was served beside what was planned, per person and per team, over the dates of the
/// figures (`RosterStats.dates`): the served column of `zhiban stats` and the interface's stats view.
/// Planned duties of days not yet closed with nothing recorded are counted apart (unconfirmed),
/// never as served.
public struct ServedBesidePlanned: Hashable, Sendable {
    /// One person's or team's served figures.
    public struct Figures: Hashable, Sendable {
        /// Minutes served (late arrivals and early leaving taken off; substitutes' hours to them).
        public var served = 0
        /// Minutes of planned duties still unconfirmed.
        public var unconfirmed = 0

        /// Creates figures.
        public init(served: Int = 0, unconfirmed: Int = 0) {
            self.served = served
            self.unconfirmed = unconfirmed
        }
    }

    /// Per person's name (keyed by `NameKey`: looked up for every row of a district's stats).
    private let people: [NameKey: Figures]
    /// Per team's name.
    private let teams: [NameKey: Figures]
    /// The dates in the range still to close.
    public let unconfirmedDates: [LocalDate]

    /// The figures over `dates`, or nil when nothing is recorded yet (then there is nothing to
    /// show beside the plan) or there are no dates.
    public init?(_ roster: Roster, record: ServedRecord, dates: ClosedRange<LocalDate>?, today: LocalDate) {
        guard record.eventCount > 0, let dates else { return nil }
        let tally = ServedTally(roster, record: record, from: dates.lowerBound, to: dates.upperBound, today: today)
        func figures(_ rows: [ServedPerson]) -> [NameKey: Figures] {
            Dictionary(rows.map { (NameKey($0.name), Figures(served: $0.minutes, unconfirmed: $0.unconfirmedMinutes)) }, uniquingKeysWith: { first, _ in first })
        }
        people = figures(tally.people)
        teams = figures(tally.grouped(by: \.team))
        unconfirmedDates = tally.unconfirmedDates
    }

    /// A person's figures (zero for a name with none).
    public func person(_ name: String) -> Figures { people[NameKey(name)] ?? Figures() }

    /// A team's figures (zero for a team with none).
    public func team(_ name: String) -> Figures { teams[NameKey(name)] ?? Figures() }
}
