import XCTest
import ZhibanModel
import ZhibanPlanning

/// The stand-ins for a sick call fill only the places the person came off: nobody else is
/// moved, even a duty that breaks a rule or is short elsewhere in those days.
final class StandInTests: XCTestCase {
    private typealias B = RosterBuilder

    func testOnlyTheVacatedPlaceIsFilledAndEverythingElseStaysAsItIs() {
        let clash = B.duty("2022-04-01", "白班", "北门", ["北1", "北2"])
        let elsewhere = B.duty("2022-04-01", "白班", "南门", ["北1"])  // 北1 twice at once, and 南门 short
        let vacated = B.duty("2022-04-01", "夜班", "北门", ["北3"])   // 北4 came off it
        let roster = B.roster(checkpoints: [B.gate("北门", keepers: ["北门组"]), B.gate("南门", keepers: ["北门组"])],
                              volunteers: B.people("北", 8, team: "北门组"), duties: [clash, elsewhere, vacated])
        let result = Planner(roster).standIns(for: [vacated.slot], from: B.date("2022-04-01"), to: B.date("2022-04-01"))
        XCTAssertEqual(result.roster.people("2022-04-01", "白班", "北门"), ["北1", "北2"])
        XCTAssertEqual(result.roster.people("2022-04-01", "白班", "南门"), ["北1"], "left as it was, break and all")
        XCTAssertNil(result.roster.duties.first { $0.slot == Slot(date: B.date("2022-04-01"), shift: "夜班", checkpoint: "南门") },
                     "an unplanned slot stays unplanned")
        XCTAssertEqual(result.roster.people("2022-04-01", "夜班", "北门").count, 2)
        XCTAssertEqual(result.changes.map(\.kind), [.added])
        XCTAssertEqual(result.unfilled, [])
        XCTAssertEqual(result.roster.duties.map(\.pinned), [false, false, false], "no pin is left behind")
    }

    /// 北1 and 北2 are free for 北3's night; 北门's day shift that day is planned by nobody and
    /// stays so (it took both of them first, and the night was left short). By the plan the
    /// stand-in is 北1; when 北1 has already served an extra shift (the served record), 北2.
    func testTheStandInWeighsWhatWasServed() {
        let vacated = B.duty("2022-04-02", "夜班", "北门", ["北3"])
        let roster = B.roster(checkpoints: [B.gate("北门", keepers: ["北门组"])], volunteers: B.people("北", 3, team: "北门组"),
                              duties: [vacated])
        let plain = Planner(roster).standIns(for: [vacated.slot], from: B.date("2022-04-02"), to: B.date("2022-04-02"))
        let weighed = Planner(roster).standIns(for: [vacated.slot], from: B.date("2022-04-02"), to: B.date("2022-04-02"),
                                               servedBalance: ["北1": 720])
        XCTAssertEqual(plain.roster.people("2022-04-02", "夜班", "北门"), ["北3", "北1"])
        XCTAssertEqual(weighed.roster.people("2022-04-02", "夜班", "北门"), ["北3", "北2"])
    }
}
