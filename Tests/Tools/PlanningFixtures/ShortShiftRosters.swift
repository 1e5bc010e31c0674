import ZhibanModel
import ZhibanPlanning

/// Small volunteer points from fixed seeds where a shift is short enough for two on one date: a
/// testing point (核酸采样点) and, on some seeds, a goods point (物资发放点), open 06:00–22:00 in
/// four 4-hour shifts (早 06–10, 上午 10–14, 下午 14–18, 晚 18–22), 1–2 people a shift, kept by one
/// volunteer team of about as many people as the places of a day (so 早 and 晚 of one date, eight
/// hours apart, fall to one person now and then). About one in four cannot serve one weekday,
/// one in seven cannot serve 早 or 晚. No party-member requirement, no reserve: what they show is
/// how evenly the days off fall inside the team.
public enum ShortShiftRosters {
    /// The seeds the tests and the benchmark plan.
    public static let seeds: [UInt64] = Array(1...8)

    /// April 2022, the month planned.
    public static let april = PlanRequest(from: LocalDate(year: 2022, month: 4, day: 1)!, to: LocalDate(year: 2022, month: 4, day: 30)!)

    /// The roster of one seed.
    public static func make(seed: UInt64) -> Roster {
        var random = SeededGenerator(seed: seed &* 104_729 &+ 3)
        func chance(_ percent: Int) -> Bool { Int.random(in: 1...100, using: &random) <= percent }
        let compound = ["幸福里", "和平苑", "建设新村", "春晖小区"][Int(seed % 4)]
        let shiftNames = ["早", "上午", "下午", "晚"]
        let shifts = zip(shiftNames, [6, 10, 14, 18]).map { name, hour in
            Shift(name: name, start: ClockTime(hour: hour, minute: 0)!, end: ClockTime(hour: hour + 4, minute: 0)!)
        }
        let points = ["核酸采样点", "物资发放点"].prefix(chance(40) ? 2 : 1).map { compound + $0 }
        let people = points.map { _ in Int.random(in: 1...2, using: &random) }
        let team = "\(compound)志愿服务队"
        let placesADay = people.reduce(0) { $0 + $1 * shiftNames.count }
        let memberCount = placesADay * Int.random(in: 85...140, using: &random) / 100
        let volunteers = (1...memberCount).map { number in
            var person = Volunteer(name: "志愿者\(number)号", isPartyMember: chance(40), team: team)
            if chance(25) { person.unavailable.append(.weekday(Weekday(rawValue: Int.random(in: 1...7, using: &random))!)) }
            if chance(15) { person.unavailable.append(.shift(chance(50) ? "早" : "晚")) }
            return person
        }
        let checkpoints = zip(points, people).map { point, count in
            Checkpoint(name: point, compound: compound, openFrom: ClockTime(hour: 6, minute: 0)!, openUntil: ClockTime(hour: 22, minute: 0)!,
                       shifts: shiftNames, peoplePerShift: count, requirements: [], keepers: [team], reserve: nil)
        }
        return Roster(settings: RosterSettings(title: "\(compound)志愿服务值班表（第 \(seed) 号）"), shifts: shifts,
                      checkpoints: checkpoints, teams: [Team(name: team, kind: "志愿服务队", compounds: [compound])], volunteers: volunteers)
    }
}
