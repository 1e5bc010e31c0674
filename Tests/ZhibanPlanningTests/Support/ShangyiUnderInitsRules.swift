import PlanningFixtures
import XCTest
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// Shangyi as an organizer who imports its lists has it: the rules `init` and `import` write.
enum ShangyiUnderInitsRules {
    /// Plans the request (April 2022) with `plan`, checks that no rule is broken and no place or
    /// 党员 is short, and gives the figures of the plan.
    static func planned(_ request: PlanRequest = RosterBuilder.april, by plan: (Roster, PlanRequest) -> Roster,
                        file: StaticString = #filePath, line: UInt = #line) throws -> RosterStats {
        var roster = try BundledExample.shangyi.roster()
        roster.settings.rules = .recommended
        let planned = plan(roster, request)
        XCTAssertEqual(RosterBuilder.breaks(planned).map(\.description), [], file: file, line: line)
        XCTAssertEqual(PlanScore(planned, request).shortfall, 0, "no empty place, no missing 党员", file: file, line: line)
        return RosterStats(planned, from: request.from, to: request.to)
    }
}
