import ZhibanModel
import ZhibanPlanning

/// Small, tight communities built from fixed seeds, as the reports describe them: 2–4 gates of
/// one compound open day and night (白班/夜班, 12 h each), 2–3 people a shift, `党员:1` at most
/// gates, one keeper team shared by two gates and one team for each other gate, about as many
/// people as places, 35–55 % party members, a reserve of 2–4. About one in five cannot serve
/// one weekday, one in ten no nights, one in ten two dates of April.
public enum TightRosters {
    /// The seeds the tests and the benchmark plan (and `Scripts/cpsat_tight.py` solved).
    public static let seeds: [UInt64] = Array(1...12)

    /// April 2022, the month planned.
    public static let april = PlanRequest(from: LocalDate(year: 2022, month: 4, day: 1)!, to: LocalDate(year: 2022, month: 4, day: 30)!)

    /// The roster of one seed.
    public static func make(seed: UInt64) -> Roster {
        var random = SeededGenerator(seed: seed &* 7919 &+ 17)
        func chance(_ percent: Int) -> Bool { Int.random(in: 1...100, using: &random) <= percent }
        let compound = ["幸福里", "和平苑", "建设新村", "春晖小区"][Int(seed % 4)]
        let gateCount = Int.random(in: 2...4, using: &random)
        let gates = ["东门", "南门", "西门", "北门"].prefix(gateCount).map { compound + $0 }
        let partyPercent = Int.random(in: 35...55, using: &random)
        let people = gates.map { _ in Int.random(in: 2...3, using: &random) }
        let withoutParty = chance(50) ? Int.random(in: 0..<gateCount, using: &random) : nil
        // Gates 0 and 1 share one keeper team; every other gate has its own.
        let teamOfGate = gates.indices.map { max(0, $0 - 1) }
        let teamNames = (0..<(gateCount - 1)).map { number in
            number == 0 ? "\(gates[0].dropFirst(compound.count))\(gates[1].dropFirst(compound.count))值守组"
                : "\(gates[number + 1].dropFirst(compound.count))值守组"
        }
        let reserve = "机动组"
        var volunteers: [Volunteer] = []
        func addMembers(_ count: Int, to team: String) {
            for _ in 0..<count {
                var person = Volunteer(name: "\(team.prefix(2))\(volunteers.count + 1)号", isPartyMember: chance(partyPercent), team: team)
                if chance(20) { person.unavailable.append(.weekday(Weekday(rawValue: Int.random(in: 1...7, using: &random))!)) }
                if chance(10) { person.unavailable.append(.nightShifts) }
                if chance(10) {
                    let first = LocalDate(year: 2022, month: 4, day: Int.random(in: 1...29, using: &random))!
                    person.unavailable += [.date(first), .date(first.adding(days: 1))]
                }
                volunteers.append(person)
            }
        }
        for (number, team) in teamNames.enumerated() {
            let places = gates.indices.filter { teamOfGate[$0] == number }.reduce(0) { $0 + 2 * people[$1] }
            addMembers(places + Int.random(in: 0...max(1, places / 4), using: &random), to: team)
        }
        addMembers(Int.random(in: 2...4, using: &random), to: reserve)
        let checkpoints = gates.enumerated().map { number, gate in
            Checkpoint(name: gate, compound: compound, openFrom: ClockTime(minutes: 0)!, openUntil: ClockTime(minutes: 1440)!,
                       shifts: ["白班", "夜班"], peoplePerShift: people[number],
                       requirements: number == withoutParty ? [] : [Requirement(kind: .partyMembers, count: 1)],
                       keepers: [teamNames[teamOfGate[number]]], reserve: reserve)
        }
        let teams = teamNames.map { Team(name: $0, kind: "值守组", compounds: [compound]) } + [Team(name: reserve, kind: "机动组")]
        let shifts = [Shift(name: "白班", start: ClockTime(hour: 8, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!),
                      Shift(name: "夜班", start: ClockTime(hour: 20, minute: 0)!, end: ClockTime(hour: 8, minute: 0)!)]
        return Roster(settings: RosterSettings(title: "\(compound)值班表（第 \(seed) 号）"), shifts: shifts,
                      checkpoints: checkpoints, teams: teams, volunteers: volunteers)
    }
}
