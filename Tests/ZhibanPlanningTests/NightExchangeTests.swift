import PlanningFixtures
import XCTest
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// Nights shared evenly inside a team where no single swap of a night for a day fits: chungu's
/// 新芜家园 gate (seven members, three a shift, each working six dates in seven: 12 to 14 nights)
/// and shangyi's 第十党小组 (two gates, 14 to 16 nights) were left two nights apart, every swap
/// breaking the rest after a night at the edge of a run; exchanging whole dates between two or
/// three members brings every team within one night, nothing else getting worse.
final class NightExchangeTests: XCTestCase {
    func testEveryTeamOfChunguAndShangyiIsWithinOneNight() throws {
        for example in [BundledExample.chungu, .shangyi] {
            let roster = try example.roster()
            let result = Planner(roster).plan(RosterBuilder.april)
            XCTAssertEqual(RosterBuilder.breaks(result.roster).map(\.description), [], "\(example)")
            XCTAssertEqual(result.emptyPlaces, 0, "\(example)")
            let score = PlanScore(result.roster, RosterBuilder.april)
            XCTAssertEqual(score.shortfall, 0, "\(example): no empty place, no missing 党员")
            XCTAssertEqual(score.reserveCalls, 0, "\(example): no reserve call, as before")
            let stats = RosterStats(result.roster, from: RosterBuilder.april.from, to: RosterBuilder.april.to)
            let uneven = stats.teams.filter { $0.nightsSpread > 1 }.map { "\($0.name): \($0.nightsSpread)" }
            XCTAssertEqual(uneven, [], "\(example): nights spread inside a team")
            // The hours stay as even as before: the exchange moves no hours from anyone at the spread's edge.
            let hours = stats.teams.map(\.minutesSpread).max() ?? 0
            XCTAssertLessThanOrEqual(hours, 12 * 60, "\(example): hours spread inside a team")
        }
    }

    func testTheExchangeIsTheSameEveryTime() throws {
        let roster = try BundledExample.chungu.roster()
        let first = Planner(roster).plan(RosterBuilder.april).roster.duties
        XCTAssertEqual(Planner(roster).plan(RosterBuilder.april).roster.duties, first)
    }
}
