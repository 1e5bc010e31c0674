import XCTest
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// The duties CSV contract, and that planning the same files twice gives the same bytes.
final class DutyExportTests: XCTestCase {
    private typealias B = RosterBuilder

    func testOneRowPerPersonSortedByDateShiftAndCheckpoint() {
        let roster = B.roster(
            checkpoints: [B.gate("南门", keepers: ["组"]), B.gate("北门", keepers: ["组"])],
            volunteers: [Volunteer(name: "王伟", team: "组"), Volunteer(name: "李,强", team: "组"), Volunteer(name: "张\"三\"", team: "组")],
            duties: [B.duty("2022-04-02", "白班", "南门", ["王伟"]),
                     B.duty("2022-04-01", "夜班", "南门", ["李,强"], pinned: true),
                     B.duty("2022-04-01", "白班", "北门", ["张\"三\"", "王伟"]),
                     B.duty("2022-04-01", "白班", "南门", ["李,强"])])
        XCTAssertEqual(DutyExport.csv(roster), #"""
            date,shift,checkpoint,person,pinned
            2022-04-01,白班,南门,"李,强",false
            2022-04-01,白班,北门,"张""三""",false
            2022-04-01,白班,北门,王伟,false
            2022-04-01,夜班,南门,"李,强",true
            2022-04-02,白班,南门,王伟,false

            """#)
        XCTAssertEqual(DutyExport.rows(roster, from: B.date("2022-04-02"), to: B.date("2022-04-02")),
                       [["2022-04-02", "白班", "南门", "王伟", "false"]])
    }

    func testTheSameFilesGiveTheSamePlanByteForByte() throws {
        for example in BundledExample.allCases {
            let first = Planner(try example.roster()).plan(B.april)
            let second = Planner(try example.roster()).plan(B.april)
            XCTAssertEqual(first, second, "\(example)")
            XCTAssertEqual(Array(DutyExport.csv(first.roster).utf8), Array(DutyExport.csv(second.roster).utf8), "\(example)")
        }
    }

    func testPlanningIsTheSameWhateverOrderTheDutiesWereIn() {
        let roster = B.roster(checkpoints: [B.gate("北门", keepers: ["组"])], volunteers: B.people("组员", 6, team: "组"))
        let planned = Planner(roster).plan(PlanRequest(from: B.date("2022-04-01"), to: B.date("2022-04-10"))).roster
        var reversed = planned
        reversed.duties.reverse()
        var request = PlanRequest(from: B.date("2022-04-01"), to: B.date("2022-04-10"))
        request.fresh = true
        XCTAssertEqual(DutyExport.csv(Planner(planned).plan(request).roster), DutyExport.csv(Planner(reversed).plan(request).roster))
    }
}
