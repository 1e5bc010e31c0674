import ZhibanModel
import ZhibanPlanning

/// A city district's month, built from a fixed seed: 750 checkpoints each kept by its own grid
/// branch of 21, 75 reserve teams of 16–17 (one for every ten checkpoints), 17,000 volunteers,
/// 白班/夜班 with two people each and one party member per shift. As in the district reported
/// (751 grid branches, 17,000+ party members taking part), every volunteer is a party member
/// unless `partyPercent` says fewer (the 40 % district); about one in six cannot serve one weekday, one in twelve no nights, one in twenty two days.
enum DistrictRoster {
    /// Checkpoints.
    static let checkpoints = 750
    /// Volunteers.
    static let volunteers = 17_000

    /// Builds the district; `scale` times as many checkpoints, teams and volunteers for
    /// measuring how the cost grows.
    static func make(seed: UInt64, partyPercent: Int = 100, scale: Int = 1) -> Roster {
        let checkpoints = Self.checkpoints * scale
        let volunteers = Self.volunteers * scale
        var random = SeededGenerator(seed: seed)
        func chance(_ percent: Int) -> Bool { Int.random(in: 1...100, using: &random) <= percent }
        let shifts = [Shift(name: "白班", start: ClockTime(hour: 8, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!),
                      Shift(name: "夜班", start: ClockTime(hour: 20, minute: 0)!, end: ClockTime(hour: 8, minute: 0)!)]
        let reserveTeams = checkpoints / 10
        var teams: [Team] = []
        var people: [Volunteer] = []
        var posts: [Checkpoint] = []
        func addMembers(_ count: Int, to team: String) {
            for _ in 0..<count {
                var person = Volunteer(name: "志愿者\(people.count + 1)", isPartyMember: chance(partyPercent), team: team)
                if chance(15) { person.unavailable.append(.weekday(Weekday(rawValue: Int.random(in: 1...7, using: &random))!)) }
                if chance(8) { person.unavailable.append(.nightShifts) }
                if chance(5) {
                    let first = LocalDate(year: 2022, month: 4, day: Int.random(in: 1...28, using: &random))!
                    person.unavailable += [.date(first), .date(first.adding(days: 1))]
                }
                people.append(person)
            }
        }
        for number in 1...checkpoints {
            let team = "第\(number)网格党支部"
            teams.append(Team(name: team, kind: "党支部", compounds: ["小区\(number)"]))
            addMembers(21, to: team)
            posts.append(Checkpoint(name: "小区\(number)卡口", compound: "小区\(number)", openFrom: ClockTime(minutes: 0)!,
                                    openUntil: ClockTime(minutes: 1440)!, shifts: ["白班", "夜班"], peoplePerShift: 2,
                                    requirements: [Requirement(kind: .partyMembers, count: 1)], keepers: [team],
                                    reserve: "第\((number - 1) / 10 + 1)机动队"))
        }
        let remaining = volunteers - people.count
        for number in 1...reserveTeams {
            let team = "第\(number)机动队"
            teams.append(Team(name: team, kind: "机动组"))
            addMembers(remaining / reserveTeams + (number <= remaining % reserveTeams ? 1 : 0), to: team)
        }
        return Roster(settings: RosterSettings(title: "区级疫情防控值班表"), shifts: shifts, checkpoints: posts, teams: teams,
                      volunteers: people)
    }
}
