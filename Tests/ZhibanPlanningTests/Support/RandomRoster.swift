import ZhibanModel
import ZhibanPlanning

/// Small random rosters from a fixed seed: odd shifts, requirements, unavailability, rotations,
/// and duties already there (pinned or not, valid or not), for property tests.
struct RandomRoster {
    private var random: SeededGenerator
    /// The first date of every generated roster's planning range.
    static let firstDate = RosterBuilder.date("2022-04-01")

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    private mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }

    /// A roster and a request over 3–8 days.
    mutating func next() -> (Roster, PlanRequest) {
        let shiftSets: [[Shift]] = [
            RosterBuilder.dayAndNight,
            [RosterBuilder.shift("夜班", "00:00", "08:00"), RosterBuilder.shift("早班", "08:00", "16:00"), RosterBuilder.shift("中班", "16:00", "24:00")],
            [RosterBuilder.shift("早班", "05:00", "14:30"), RosterBuilder.shift("晚班", "14:30", "24:00")],
            [RosterBuilder.shift("甲", "06:00", "10:00"), RosterBuilder.shift("乙", "09:00", "15:00"), RosterBuilder.shift("丙", "19:00", "03:00"),
             RosterBuilder.shift("丁", "23:00", "07:00")],
        ]
        let shifts = pick(shiftSets)
        let teamCount = int(1...4)
        let teams = (1...teamCount).map { "队\($0)" }
        var volunteers: [Volunteer] = []
        let days = int(3...8)
        for team in teams {
            for member in 1...int(1...7) {
                var person = Volunteer(name: "\(team)员\(member)", isPartyMember: chance(60), team: team,
                                       skills: chance(40) ? ["登记"] : [])
                if chance(35) { person.unavailable.append(unavailability(shifts: shifts, days: days)) }
                if chance(10) { person.unavailable.append(unavailability(shifts: shifts, days: days)) }
                volunteers.append(person)
            }
        }
        let checkpoints = (1...int(1...4)).map { number -> Checkpoint in
            let used = shifts.filter { _ in chance(70) }.map(\.name)
            let keepers = teams.filter { _ in chance(45) }
            let requires = [chance(40) ? "党员:1" : nil, chance(20) ? "登记:1" : nil].compactMap { $0 }
            return RosterBuilder.gate("卡口\(number)", shifts: used.isEmpty ? [shifts[0].name] : used, people: int(1...3),
                                      requires: requires, keepers: keepers.isEmpty ? [teams[0]] : keepers,
                                      reserve: chance(50) ? pick(teams) : nil, compound: "小区\(number % 2)")
        }
        let rules = pick([RosterRules.standard, RosterRules(minRestMinutes: 360, minRestAfterNightMinutes: 600, maxDutyMinutesPerDay: 600),
                          RosterRules(minRestMinutes: 600, minRestAfterNightMinutes: 900, maxDutyMinutesPerDay: 960)])
        var roster = RosterBuilder.roster(shifts: shifts, checkpoints: checkpoints, volunteers: volunteers, rules: rules)
        roster.teams = teams.map { Team(name: $0, kind: "队伍", compounds: chance(50) ? ["小区0"] : ["小区1"]) }
        roster.rotations = (0..<int(0...2)).map { _ in rotation(roster) }
        roster.duties = (0..<(chance(40) ? 0 : int(1...12))).map { _ in duty(roster, days: days) }
        let request = PlanRequest(from: RandomRoster.firstDate, to: RandomRoster.firstDate.adding(days: days - 1),
                                  checkpoint: chance(15) ? checkpoints[0].name : nil, fresh: chance(20))
        return (roster, request)
    }

    private mutating func unavailability(shifts: [Shift], days: Int) -> Unavailability {
        switch int(0...3) {
        case 0: return .weekday(Weekday(rawValue: int(1...7))!)
        case 1: return .date(RandomRoster.firstDate.adding(days: int(0...days)))
        case 2: return .shift(pick(shifts).name)
        default: return .nightShifts
        }
    }

    private mutating func rotation(_ roster: Roster) -> RotationPattern {
        let checkpoint = pick(roster.checkpoints)
        let step: RotationPattern.Step = chance(50) ? .day : .shift
        switch int(0...2) {
        case 0: return RotationPattern(kind: .teams, checkpoint: chance(80) ? checkpoint.name : nil, teams: checkpoint.keepers.shuffled(using: &random),
                                       step: step, offset: int(0...3))
        case 1: return RotationPattern(kind: .members, checkpoint: checkpoint.name, teams: [pick(checkpoint.keepers)], step: step, offset: int(0...5))
        default: return RotationPattern(kind: .places, checkpoint: checkpoint.name, compounds: ["小区1", "小区0"], step: step)
        }
    }

    /// A duty anywhere near the range, sometimes pinned, with people who may well break rules.
    private mutating func duty(_ roster: Roster, days: Int) -> Duty {
        let checkpoint = pick(roster.checkpoints)
        let people = (0..<int(1...3)).map { _ in pick(roster.volunteers).name }
        let unique = people.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return Duty(date: RandomRoster.firstDate.adding(days: int(-1...days)), shift: pick(checkpoint.shifts), checkpoint: checkpoint.name,
                    people: unique, pinned: chance(50))
    }
}
