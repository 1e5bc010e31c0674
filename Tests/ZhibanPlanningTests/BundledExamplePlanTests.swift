import XCTest
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// Each bundled example planned for April 2022 keeps every hard rule.
final class BundledExamplePlanTests: XCTestCase {
    func testEveryExamplePlansAprilWithoutBreakingARule() throws {
        for example in BundledExample.allCases {
            let roster = try example.roster()
            let result = Planner(roster).plan(RosterBuilder.april)
            XCTAssertEqual(RosterBuilder.breaks(result.roster).map(\.description), [], "\(example)")
            XCTAssertFalse(result.roster.duties.isEmpty, "\(example)")
            print("\(example): \(result.roster.duties.count) duties, \(result.emptyPlaces) empty places, \(result.shortfalls.count) short days")
            for place in result.unfilled.prefix(3) { print("  \(place)") }
        }
    }

    /// Shangyi's first two weeks under the rules `init` and `import` write (days in a row, days
    /// off, nights in a row, hours a week): found by hand, its 4月7日 白班 商务区公寓大门 was
    /// planned with four people, one of them twice, where two were needed.
    func testShangyiPlansUnderTheRecommendedRulesWithEveryoneOnce() throws {
        var roster = try BundledExample.shangyi.roster()
        roster.settings.rules = .recommended
        let result = Planner(roster).plan(PlanRequest(from: RosterBuilder.date("2022-04-01"), to: RosterBuilder.date("2022-04-14")))
        XCTAssertEqual(RosterBuilder.breaks(result.roster).map(\.description), [])
        for duty in result.roster.duties {
            XCTAssertEqual(duty.people.count, duty.distinctPeople.count, "\(duty.slot): \(duty.people)")
        }
    }
}
