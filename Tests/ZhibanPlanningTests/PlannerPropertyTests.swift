import XCTest
import ZhibanModel
import ZhibanPlanning

/// Over 200 random small rosters (fixed seed): the planner never adds a hard-rule break, never
/// touches what it must not, explains every empty place, and gives the same plan twice.
final class PlannerPropertyTests: XCTestCase {
    func testPlansOfRandomRostersNeverBreakAHardRule() {
        var generator = RandomRoster(seed: 20220401)
        var planned = 0
        var empty = 0
        var cleanInputs = 0
        for round in 0..<200 {
            let (roster, request) = generator.next()
            let result = Planner(roster).plan(request)
            // A break the input already had (a pinned duty's) may be reported on another slot
            // afterwards, so breaks are counted by rule and person: no count may grow.
            let key = { (violation: RuleViolation) in "\(violation.kind) \(violation.people)" }
            let before = RuleChecker(roster).violations().filter(\.isBreak)
            let after = RuleChecker(result.roster).violations().filter(\.isBreak)
            let counts = { (list: [RuleViolation]) in Dictionary(list.map { (key($0), 1) }, uniquingKeysWith: +) }
            let (countsBefore, countsAfter) = (counts(before), counts(after))
            let added = after.filter { countsAfter[key($0)]! > countsBefore[key($0), default: 0] }
            XCTAssertEqual(added.map(\.message), [], "round \(round): the plan broke a rule")
            if before.isEmpty { XCTAssertEqual(after.map(\.message), [], "round \(round)") }
            cleanInputs += before.isEmpty ? 1 : 0
            let inRange = { (duty: Duty) in
                (request.from...request.to).contains(duty.date) && (request.checkpoint == nil || request.checkpoint == duty.checkpoint)
            }
            let kept = roster.duties.filter { $0.pinned || !inRange($0) }
            for duty in kept {
                XCTAssertTrue(result.roster.duties.contains(duty), "round \(round): \(duty.slot) must stay as it was")
            }
            for place in result.unfilled where !place.pinned {
                let free = place.candidates.filter { $0.refusal == nil }.map(\.person)
                XCTAssertEqual(free, [], "round \(round): \(place.slot) left short while someone was free")
            }
            XCTAssertEqual(Planner(roster).plan(request), result, "round \(round): planning is deterministic")
            planned += result.roster.duties.count
            empty += result.emptyPlaces
        }
        XCTAssertGreaterThan(planned, 1000, "the generator makes rosters worth planning")
        XCTAssertGreaterThan(empty, 0, "the generator makes some places impossible")
        XCTAssertGreaterThan(cleanInputs, 50, "many rosters start without any break")
    }
}
