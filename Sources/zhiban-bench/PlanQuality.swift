import ZhibanModel
import ZhibanPlanning

/// How good a plan is: hard-rule breaks, empty places against those no plan could fill, and the
/// worst spread of hours inside a team against the best any plan could reach.
struct PlanQuality {
    /// Hard-rule breaks in the planned roster (must be 0).
    let breaks: Int
    /// Person-places left empty.
    let emptyPlaces: Int
    /// Person-places no plan can fill (a lower bound: see `unavoidableEmptyPlaces`).
    let unavoidableEmptyPlaces: Int
    /// The team whose hours spread exceeds its best possible spread the most.
    let worstTeam: String
    /// That team's spread (most hours of a member minus fewest), in minutes.
    let worstSpread: Int
    /// The best spread any plan could give that team, in minutes.
    let bestSpread: Int
    /// The longest shift the team works, in minutes: the allowed excess.
    let oneShift: Int
    /// The largest spread of night shifts inside a team, among members who can work nights.
    let worstNightsSpread: Int
    /// The largest spread of days off (dates without a shift) inside a team that has duties.
    let worstDaysOffSpread: Int
    /// The team with that spread (the first in file order).
    let worstDaysOffTeam: String
    /// How many teams with duties have days off more than one apart.
    let unevenDaysOffTeams: Int

    /// Measures the plan of `request` in `result`, made from `roster`.
    init(roster: Roster, request: PlanRequest, result: PlanResult) {
        breaks = RuleChecker(result.roster).violations().filter(\.isBreak).count
        emptyPlaces = result.emptyPlaces
        let membersByTeam = Dictionary(grouping: roster.volunteers, by: \.team)
        unavoidableEmptyPlaces = PlanQuality.unavoidableEmptyPlaces(roster, request.dates, membersByTeam)
        let stats = RosterStats(result.roster, from: request.from, to: request.to)
        var worst: (team: String, spread: Int, best: Int, shift: Int) = ("", 0, 0, 0)
        for team in stats.teams where team.shifts > 0 {
            let (best, shift) = PlanQuality.bestSpread(of: team, in: roster, members: membersByTeam[team.name] ?? [], dates: request.dates)
            if team.minutesSpread - best > worst.spread - worst.best || worst.team.isEmpty {
                worst = (team.name, team.minutesSpread, best, shift)
            }
        }
        (worstTeam, worstSpread, bestSpread, oneShift) = worst
        var nightsByTeam: [String: [Int]] = [:]
        for (volunteer, person) in zip(roster.volunteers, stats.people) where !volunteer.unavailable.contains(.nightShifts) {
            nightsByTeam[volunteer.team, default: []].append(person.nights)
        }
        worstNightsSpread = nightsByTeam.values.map { ($0.max() ?? 0) - ($0.min() ?? 0) }.max() ?? 0
        let busy = stats.teams.filter { $0.shifts > 0 }
        let worstDaysOff = busy.first { team in !busy.contains { $0.daysOffSpread > team.daysOffSpread } }
        worstDaysOffSpread = worstDaysOff?.daysOffSpread ?? 0
        worstDaysOffTeam = worstDaysOff?.name ?? ""
        unevenDaysOffTeams = busy.filter { $0.daysOffSpread > 1 }.count
    }

    /// Whether the plan meets the targets: no break, nothing empty that could be filled, hours
    /// spread no more than one shift above the best possible.
    var meetsTargets: Bool {
        breaks == 0 && emptyPlaces <= unavoidableEmptyPlaces && worstSpread <= bestSpread + oneShift
    }

    /// A lower bound on the person-places no plan can fill: per date, the places of shifts for
    /// which too few keepers or reserve are available at all, or the places beyond what the
    /// people available that day can take (each can start at most ⌊daily limit / shortest shift⌋ shifts a day).
    static func unavoidableEmptyPlaces(_ roster: Roster, _ dates: [LocalDate], _ membersByTeam: [String: [Volunteer]]) -> Int {
        let shifts = roster.shiftsByName
        let shortest = roster.shifts.map(\.durationMinutes).filter { $0 > 0 }.min() ?? 1
        let perDay = max(0, roster.settings.rules.maxDutyMinutesPerDay / shortest)
        var total = 0
        for date in dates {
            var byShift = 0
            var needed = 0
            var available: Set<String> = []
            for checkpoint in roster.checkpoints {
                let teams = checkpoint.keepers + (checkpoint.reserve.map { [$0] } ?? [])
                let pool = teams.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.flatMap { membersByTeam[$0] ?? [] }
                for name in checkpoint.shifts {
                    guard let shift = shifts[name] else { continue }
                    let free = pool.filter { $0.isAvailable(on: date, shift: shift) }
                    free.forEach { available.insert($0.name) }
                    needed += checkpoint.peoplePerShift
                    byShift += max(0, checkpoint.peoplePerShift - free.count)
                }
            }
            total += max(byShift, needed - available.count * perDay)
        }
        return total
    }

    /// The smallest spread of minutes a team's shifts could have: its members' capacities are the
    /// days they can serve at least one shift where the team may stand, and the team's shifts are
    /// shared out as evenly as those capacities allow. Returns that spread and one shift's length.
    static func bestSpread(of team: TeamStats, in roster: Roster, members: [Volunteer], dates: [LocalDate]) -> (spread: Int, shift: Int) {
        let shifts = roster.shiftsByName
        let places = roster.checkpoints.filter { $0.accepts(team: team.name) }
        let teamShifts = places.flatMap(\.shifts).compactMap { shifts[$0] }
        let shiftLength = teamShifts.map(\.durationMinutes).max() ?? 0
        let capacities = members.map { member in
            dates.filter { date in teamShifts.contains { member.isAvailable(on: date, shift: $0) } }.count
        }
        var share = Array(repeating: 0, count: capacities.count)
        var left = team.shifts
        while left > 0 {
            // Give one more shift to the member with the fewest who still has room.
            guard let next = share.indices.filter({ share[$0] < capacities[$0] }).min(by: { share[$0] < share[$1] }) else { break }
            share[next] += 1
            left -= 1
        }
        let spread = (share.max() ?? 0) - (share.min() ?? 0)
        return (spread * shiftLength, shiftLength)
    }
}
