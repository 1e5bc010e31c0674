import PlanningFixtures
import XCTest
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// Shangyi as an organizer who imports its lists has it: the rules `init` and `import` write.
enum ShangyiUnderInitsRules {
    /// Plans April with `plan`, checks that no rule is broken and no place or 党员 is short, and
    /// gives the figures of the plan.
    static func planned(by plan: (Roster) -> Roster, file: StaticString = #filePath, line: UInt = #line) throws -> RosterStats {
        var roster = try BundledExample.shangyi.roster()
        roster.settings.rules = .recommended
        let planned = plan(roster)
        XCTAssertEqual(RosterBuilder.breaks(planned).map(\.description), [], file: file, line: line)
        XCTAssertEqual(PlanScore(planned, RosterBuilder.april).shortfall, 0, "no empty place, no missing 党员", file: file, line: line)
        return RosterStats(planned, from: RosterBuilder.april.from, to: RosterBuilder.april.to)
    }
}
