import XCTest
import ZhibanModel
import ZhibanPlanning

/// A hand edit pins the people it put on a shift, not the shift: the planner keeps them there
/// and still fills the shift's other places.
final class PinnedPeopleTests: XCTestCase {
    private typealias B = RosterBuilder
    private let day = PlanRequest(from: RosterBuilder.date("2022-04-01"), to: RosterBuilder.date("2022-04-01"))

    private func gate(duties: [Duty]) -> Roster {
        B.roster(checkpoints: [B.gate("南门", keepers: ["南门组"])], volunteers: B.people("南", 6, team: "南门组"), duties: duties)
    }

    func testTheOtherEmptyPlaceOfAShiftWithAPinnedPersonIsFilled() {
        var swapped = B.duty("2022-04-01", "白班", "南门", ["南5"])
        swapped.pinnedPeople = ["南5"]
        let result = Planner(gate(duties: [swapped])).plan(day)
        let people = result.roster.people("2022-04-01", "白班", "南门")
        XCTAssertEqual(people.count, 2, "the empty place is filled")
        XCTAssertEqual(people.first, "南5", "the pinned person stays")
        XCTAssertEqual(result.roster.duties.first { $0.shift == "白班" }?.pinnedPeople, ["南5"])
        XCTAssertEqual(result.unfilled, [])
    }

    func testAPinnedPersonIsNeitherMovedByBalancingNorDroppedByAFreshPlan() {
        var swapped = B.duty("2022-04-01", "夜班", "南门", ["南1", "南2"])
        swapped.pinnedPeople = ["南1"]
        let fresh = Planner(gate(duties: [swapped])).plan(PlanRequest(from: day.from, to: day.to, fresh: true))
        XCTAssertTrue(fresh.roster.people("2022-04-01", "夜班", "南门").contains("南1"))
        XCTAssertEqual(fresh.roster.people("2022-04-01", "夜班", "南门").count, 2)
    }

    func testAWholePinnedShiftStaysShort() {
        let pinned = B.duty("2022-04-01", "白班", "南门", ["南5"], pinned: true)
        let result = Planner(gate(duties: [pinned])).plan(day)
        XCTAssertEqual(result.roster.people("2022-04-01", "白班", "南门"), ["南5"])
    }

    func testTheDutiesExportMarksOnlyThePinnedPeople() {
        var duty = B.duty("2022-04-01", "白班", "南门", ["南1", "南2"])
        duty.pinnedPeople = ["南2"]
        let csv = DutyExport.csv(gate(duties: [duty]), from: day.from, to: day.to)
        XCTAssertTrue(csv.contains("2022-04-01,白班,南门,南1,false\n"), csv)
        XCTAssertTrue(csv.contains("2022-04-01,白班,南门,南2,true\n"), csv)
    }
}
