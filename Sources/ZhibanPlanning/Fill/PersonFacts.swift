import ZhibanModel

/// What the planner needs to know about each person, unpacked once into arrays indexed by
/// person number so the inner loops do not copy volunteer records.
struct PersonFacts: Sendable {
    /// Names.
    let names: [String]
    /// Teams.
    let teams: [String]
    /// When each person cannot serve.
    let unavailable: [[Unavailability]]
    /// Each person as a volunteer, for requirement checks.
    private let volunteers: [Volunteer]

    /// Unpacks the roster's volunteers.
    init(_ roster: Roster) {
        volunteers = roster.volunteers
        names = roster.volunteers.map(\.name)
        teams = roster.volunteers.map(\.team)
        unavailable = roster.volunteers.map(\.unavailable)
    }

    /// The first limit that keeps the person off this shift on this date.
    func unavailability(of person: Int, on date: LocalDate, shift: Shift) -> Unavailability? {
        let limits = unavailable[person]
        if limits.isEmpty { return nil }
        return limits.first { $0.excludes(date: date, shift: shift) }
    }

    /// How well the shift suits the person's wishes (positive: wanted, negative: not wanted).
    func wishScore(of person: Int, on date: LocalDate, shift: Shift) -> Int {
        volunteers[person].wishes.isEmpty ? 0 : volunteers[person].wishScore(on: date, shift: shift)
    }

    /// Whether the person counts towards a requirement.
    func meets(_ requirement: Requirement, _ person: Int) -> Bool { requirement.isMet(by: volunteers[person]) }
}
