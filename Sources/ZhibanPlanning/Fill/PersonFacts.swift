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
    /// Who is a party member, and each person's skills, for requirement checks.
    private let isPartyMember: [Bool]
    private let skills: [[String]]
    /// Each person's wishes.
    private let wishes: [[Wish]]

    /// Unpacks the roster's volunteers.
    init(_ roster: Roster) {
        names = roster.volunteers.map(\.name)
        teams = roster.volunteers.map(\.team)
        unavailable = roster.volunteers.map(\.unavailable)
        isPartyMember = roster.volunteers.map(\.isPartyMember)
        skills = roster.volunteers.map(\.skills)
        wishes = roster.volunteers.map(\.wishes)
    }

    /// The first limit that keeps the person off this shift on this date.
    func unavailability(of person: Int, on date: LocalDate, shift: Shift) -> Unavailability? {
        let limits = unavailable[person]
        if limits.isEmpty { return nil }
        return limits.first { $0.excludes(date: date, shift: shift) }
    }

    /// Whether the person has any wish.
    func hasWishes(_ person: Int) -> Bool { !wishes[person].isEmpty }

    /// How well the shift suits the person's wishes (positive: wanted, negative: not wanted).
    func wishScore(of person: Int, on date: LocalDate, shift: Shift) -> Int {
        wishes[person].isEmpty ? 0 : Wish.score(of: wishes[person], on: date, shift: shift)
    }

    /// Whether the person counts towards a requirement.
    func meets(_ requirement: Requirement, _ person: Int) -> Bool {
        requirement.isMet(isPartyMember: isPartyMember[person], skills: skills[person])
    }
}
