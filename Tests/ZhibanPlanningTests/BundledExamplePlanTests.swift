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
}
