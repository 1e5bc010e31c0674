import ZhibanModel

/// Look-ups over one roster, built once: shifts, checkpoints and people by name, people as
/// small integers (their position in `roster.volunteers`), teams as small integers too (in the
/// order volunteers first name them), team members in file order.
///
/// Every list here keeps the roster's file order, so nothing that iterates over it depends on
/// hashing order.
struct RosterIndex: Sendable {
    /// The roster the index was built from.
    let roster: Roster
    /// Shifts by name (the first one wins where names repeat).
    let shiftsByName: NameTable<Shift>
    /// Checkpoint positions by name.
    let checkpointIndexByName: NameTable<Int>
    /// Person numbers by name (the first one wins where names repeat).
    let personByName: NameTable<Int>
    /// Team numbers by name: every team a volunteer names (the empty name too), numbered in the
    /// order the volunteers (all of them, in file order) first name it.
    let teamByName: NameTable<Int>
    /// The teams' names, by team number.
    let teamNames: [String]
    /// Each volunteer's team number, by position in `roster.volunteers` (a repeated name too).
    let teamOfVolunteer: [Int]
    /// Person numbers of each team's members, in file order, by team number.
    private let membersOfTeam: [[Int]]

    /// Builds the index.
    init(_ roster: Roster) {
        self.roster = roster
        shiftsByName = NameTable(roster.shiftsByName)
        var checkpoints = NameTable<Int>()
        for (position, checkpoint) in roster.checkpoints.enumerated() { checkpoints.insert(position, for: checkpoint.name) }
        checkpointIndexByName = checkpoints
        var people = NameTable<Int>(minimumCapacity: roster.volunteers.count)
        var teams = NameTable<Int>()
        var names: [String] = []
        var teamOf: [Int] = []
        teamOf.reserveCapacity(roster.volunteers.count)
        var members: [[Int]] = []
        for (person, volunteer) in roster.volunteers.enumerated() {
            let (team, new) = teams.insert(names.count, for: volunteer.team)
            if new {
                names.append(volunteer.team)
                members.append([])
            }
            teamOf.append(team)
            if people.insert(person, for: volunteer.name).inserted { members[team].append(person) }
        }
        personByName = people
        teamByName = teams
        teamNames = names
        teamOfVolunteer = teamOf
        membersOfTeam = members
    }

    /// The volunteer with this number.
    func volunteer(_ person: Int) -> Volunteer { roster.volunteers[person] }

    /// Whether the person with this number counts towards `requirement`, read where the
    /// volunteer is kept (`Requirement.isMet(by:)` takes a copy, which retains every list and
    /// name the volunteer holds).
    func person(_ person: Int, meets requirement: Requirement) -> Bool {
        requirement.isMet(isPartyMember: roster.volunteers[person].isPartyMember, skills: roster.volunteers[person].skills)
    }

    /// The members of a team, in file order.
    func members(of team: String) -> [Int] { teamByName[team].map { membersOfTeam[$0] } ?? [] }

    /// The members of the team with this number, in file order.
    func members(ofTeam team: Int) -> [Int] { membersOfTeam[team] }

    /// The wall-clock span of a slot, if its shift exists.
    func span(of slot: Slot) -> TimeSpan? { shiftsByName[slot.shift]?.span(on: slot.date) }

    /// Every place a checkpoint has on the given dates: one slot per date and known shift,
    /// dates in order, shifts in the checkpoint's order.
    func slots(of checkpoint: Checkpoint, on dates: [LocalDate]) -> [Slot] {
        let shifts = checkpoint.shifts.filter { shiftsByName[$0] != nil }
        return dates.flatMap { date in shifts.map { Slot(date: date, shift: $0, checkpoint: checkpoint.name) } }
    }
}
