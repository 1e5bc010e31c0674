import XCTest
import ZhibanModel
import ZhibanPlanning

/// `RosterStats` (person-shifts gathered in one list and grouped by person, teams and keepers
/// as numbers) held against the figures worked out the plain way, duty by duty and name by name,
/// over random rosters: as they come, planned, with their duties shuffled, with a name written
/// twice among the volunteers and a team no team table lists.
final class RosterStatsPropertyTests: XCTestCase {
    /// One person's figures, the plain way.
    private struct Plain: Equatable {
        var minutes = 0, shifts = 0, nights = 0, reserveCalls = 0
        var longestStretch = 0, daysInARow = 0, daysOff = 0, nightsInARow = 0
    }

    /// The most consecutive numbers in a set.
    private func longestRun(_ numbers: Set<Int>) -> Int {
        var (longest, length, previous) = (0, 0, Int.min)
        for number in numbers.sorted() {
            length = number == previous + 1 ? length + 1 : 1
            (longest, previous) = (max(longest, length), number)
        }
        return longest
    }

    private func plainFigures(_ roster: Roster, _ dates: ClosedRange<LocalDate>) -> [Plain] {
        var figures = Array(repeating: Plain(), count: roster.volunteers.count)
        var days = Array(repeating: Set<Int>(), count: roster.volunteers.count)
        var nights = days
        var spans = Array(repeating: [TimeSpan](), count: roster.volunteers.count)
        for duty in roster.duties where dates.contains(duty.date) {
            guard let checkpoint = roster.checkpoints.first(where: { $0.name == duty.checkpoint }),
                  checkpoint.shifts.contains(duty.shift), let shift = roster.shiftsByName[duty.shift] else { continue }
            var seen: [String] = []
            for name in duty.people where !seen.contains(name) {
                seen.append(name)
                guard let person = roster.volunteers.firstIndex(where: { $0.name == name }) else { continue }
                let span = shift.span(on: duty.date)
                figures[person].minutes += span.minutes
                figures[person].shifts += 1
                figures[person].nights += shift.isNight ? 1 : 0
                figures[person].reserveCalls += checkpoint.keepers.contains(roster.volunteers[person].team) ? 0 : 1
                spans[person].append(span)
                days[person].insert(duty.date.dayNumber)
                if shift.isNight { nights[person].insert(duty.date.dayNumber) }
            }
        }
        for person in figures.indices {
            var stretch: (start: Int, end: Int)?  // spans in order, joined while they touch or overlap
            for span in spans[person].sorted() {
                if let run = stretch, span.start <= run.end { stretch = (run.start, max(run.end, span.end)) } else { stretch = (span.start, span.end) }
                figures[person].longestStretch = max(figures[person].longestStretch, stretch!.end - stretch!.start)
            }
            figures[person].daysInARow = longestRun(days[person])
            figures[person].nightsInARow = longestRun(nights[person])
            figures[person].daysOff = dates.lowerBound.distance(to: dates.upperBound) + 1 - days[person].count
        }
        return figures
    }

    private func plainTeams(_ roster: Roster) -> [String] {
        var names = roster.teams.map(\.name)
        for volunteer in roster.volunteers where !volunteer.team.isEmpty && !names.contains(volunteer.team) { names.append(volunteer.team) }
        return names
    }

    func testTheFiguresAreThoseCountedThePlainWay() {
        var generator = RandomRoster(seed: 20221208)
        var random = SeededGenerator(seed: 8)
        var counted = 0
        for round in 0..<80 {
            let (input, request) = generator.next()
            var planned = Planner(input).plan(request).roster
            var shuffled = planned
            shuffled.duties.shuffle(using: &random)
            if let first = planned.volunteers.first {
                planned.volunteers.append(Volunteer(name: first.name, isPartyMember: false, team: "别队"))
                planned.volunteers.append(Volunteer(name: "编外", isPartyMember: false, team: "散兵"))
                if let duty = planned.duties.indices.randomElement(using: &random) { planned.duties[duty].people.append("编外") }
            }
            for roster in [input, planned, shuffled] {
                let stats = RosterStats(roster, from: request.from, to: request.to)
                let plain = plainFigures(roster, request.from...request.to)
                let figures = stats.people.map {
                    Plain(minutes: $0.minutes, shifts: $0.shifts, nights: $0.nights, reserveCalls: $0.reserveCalls,
                          longestStretch: $0.longestStretchMinutes, daysInARow: $0.longestDaysInARow, daysOff: $0.daysOff,
                          nightsInARow: $0.longestNightsInARow)
                }
                XCTAssertEqual(figures, plain, "round \(round)")
                XCTAssertEqual(stats.teams.map(\.name), plainTeams(roster), "round \(round)")
                for team in stats.teams {
                    let members = roster.volunteers.indices.filter { person in
                        roster.volunteers[person].team == team.name
                            && roster.volunteers.firstIndex(where: { $0.name == roster.volunteers[person].name }) == person
                    }
                    XCTAssertEqual(team.members, members.count, "round \(round), \(team.name)")
                    XCTAssertEqual(team.minutes, members.map { plain[$0].minutes }.reduce(0, +), "round \(round), \(team.name)")
                }
                counted += plain.filter { $0.shifts > 0 }.count
            }
        }
        XCTAssertGreaterThan(counted, 1000, "the rosters have people on duty")
    }
}
