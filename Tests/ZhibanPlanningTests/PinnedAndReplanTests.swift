import XCTest
import ZhibanModel
import ZhibanPlanning

/// Pinned duties are never changed; re-planning changes as little as it can.
final class PinnedAndReplanTests: XCTestCase {
    private typealias B = RosterBuilder
    private let week = PlanRequest(from: RosterBuilder.date("2022-04-01"), to: RosterBuilder.date("2022-04-07"))

    private func twoGates(duties: [Duty] = []) -> Roster {
        B.roster(checkpoints: [B.gate("北门", requires: ["党员:1"], keepers: ["北门组"], reserve: "机动组"),
                               B.gate("南门", requires: ["党员:1"], keepers: ["南门组"], reserve: "机动组")],
                 volunteers: B.people("北", 8, team: "北门组") + B.people("南", 8, team: "南门组") + B.people("机", 4, team: "机动组"),
                 duties: duties)
    }

    func testAPinnedDutyIsKeptExactlyAndPlannedAround() {
        let pinned = Duty(date: B.date("2022-04-02"), shift: "白班", checkpoint: "北门", people: ["北1", "机1", "机2"], pinned: true,
                          note: "手工安排")
        let result = Planner(twoGates(duties: [pinned])).plan(week)
        XCTAssertEqual(result.roster.duties.filter { $0.slot == pinned.slot }, [pinned])
        let sameTime = result.roster.duties.filter { $0.date == pinned.date && $0.shift == "白班" && $0.checkpoint != "北门" }
        XCTAssertFalse(sameTime.flatMap(\.people).contains("机1"), "a pinned person is not placed twice at once")
        let breaks = B.breaks(result.roster)
        XCTAssertEqual(breaks.map(\.kind), [.overstaffed], "only the pinned duty's own break remains")
    }

    func testAShortPinnedDutyStaysShortAndSaysWhy() {
        let pinned = B.duty("2022-04-02", "夜班", "南门", ["南1"], pinned: true)
        let result = Planner(twoGates(duties: [pinned])).plan(week)
        XCTAssertEqual(result.roster.people("2022-04-02", "夜班", "南门"), ["南1"])
        let place = result.unfilled.first { $0.slot == pinned.slot }
        XCTAssertEqual(place?.pinned, true)
        XCTAssertTrue(place?.description.hasPrefix("2022-04-02 夜班 南门：需要 2 人，已排 1 人（已锁定，不自动补人） — ") ?? false)
    }

    func testPlanningAgainChangesNothing() {
        let first = Planner(twoGates()).plan(week)
        XCTAssertEqual(first.emptyPlaces, 0)
        XCTAssertEqual(first.changes.count, 7 * 2 * 2 * 2)
        XCTAssertTrue(first.changes.allSatisfy { $0.kind == .added })
        let again = Planner(first.roster).plan(week)
        XCTAssertEqual(again.changes, [])
        XCTAssertEqual(again.roster, first.roster)
    }

    func testReplanningReplacesOnlyWhatNoLongerHolds() {
        var roster = Planner(twoGates()).plan(week).roster
        let away = roster.duties.first { $0.date == B.date("2022-04-04") && $0.checkpoint == "北门" }!.people[0]
        let index = roster.volunteers.firstIndex { $0.name == away }!
        roster.volunteers[index].unavailable = [.date(B.date("2022-04-04"))]
        XCTAssertEqual(B.breaks(roster).map(\.kind), [.unavailable])
        let replanned = Planner(roster).plan(week)
        XCTAssertEqual(B.breaks(replanned.roster), [])
        let removed = replanned.changes.filter { $0.kind != .added }
        XCTAssertEqual(removed.count, 1)
        XCTAssertEqual(removed.first?.person, away)
        XCTAssertEqual(replanned.changes.filter { $0.kind == .added }.count, 1, "one replacement, nothing else moved")
    }

    func testAFreshPlanIgnoresWhatWasPlannedBefore() {
        let planned = Planner(twoGates()).plan(week).roster
        var shuffled = planned
        shuffled.duties = shuffled.duties.map { duty in
            var swapped = duty
            swapped.people.reverse()
            return swapped
        }
        let kept = Planner(shuffled).plan(week)
        XCTAssertEqual(kept.roster, shuffled, "without --fresh, valid duties stay as they are")
        var fresh = week
        fresh.fresh = true
        XCTAssertEqual(Planner(shuffled).plan(fresh).roster, planned)
    }

    func testOnlyTheRequestedCheckpointAndDatesChange() {
        let planned = Planner(twoGates()).plan(week).roster
        var request = PlanRequest(from: B.date("2022-04-03"), to: B.date("2022-04-04"), checkpoint: "南门", fresh: true)
        var emptied = planned
        emptied.duties.removeAll { $0.checkpoint == "南门" && (request.from...request.to).contains($0.date) }
        let result = Planner(emptied).plan(request)
        let outside = { (roster: Roster) in roster.duties.filter { $0.checkpoint != "南门" || !(request.from...request.to).contains($0.date) } }
        XCTAssertEqual(outside(result.roster), outside(emptied))
        XCTAssertEqual(result.changes.count, 2 * 2 * 2)
        request.checkpoint = "西门"
        XCTAssertEqual(Planner(emptied).plan(request).roster, emptied, "an unknown checkpoint plans nothing")
    }

    func testAnUnpinnedDutyOnAShiftTheCheckpointNoLongerUsesIsDropped() {
        var roster = twoGates(duties: [B.duty("2022-04-02", "夜班", "北门", ["北1", "北2"])])
        roster.checkpoints[0].shifts = ["白班"]
        let result = Planner(roster).plan(week)
        XCTAssertEqual(result.roster.people("2022-04-02", "夜班", "北门"), [])
        XCTAssertTrue(result.changes.contains(DutyChange(kind: .removed, person: "北2", slot: Slot(date: B.date("2022-04-02"), shift: "夜班", checkpoint: "北门"))))
    }
}
