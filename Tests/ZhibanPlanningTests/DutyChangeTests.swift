import XCTest
import ZhibanModel
import ZhibanPlanning

/// The changes a plan makes, as the re-plan preview and `rotate` list them: gate by gate, each in
/// the order of the day (by when each shift starts), a removal and an addition of one person on a date as a move.
final class DutyChangeTests: XCTestCase {
    private typealias B = RosterBuilder
    private let shifts = [B.shift("中班", "16:00", "24:00"), B.shift("早班", "08:00", "16:00"), B.shift("夜班", "00:00", "08:00")]

    func testChangesFollowTheDayNotTheShiftsNames() {
        let new = [B.duty("2022-04-02", "夜班", "南门", ["丁"]),
                   B.duty("2022-04-01", "中班", "南门", ["甲"]), B.duty("2022-04-01", "夜班", "南门", ["乙"]),
                   B.duty("2022-04-01", "早班", "北门", ["丙"]), B.duty("2022-04-01", "早班", "南门", ["戊"])]
        let listed = DutyChange.between(old: [], new: new, shifts: shifts).map { "\($0.slot.date) \($0.slot.shift) \($0.slot.checkpoint) \($0.person)" }
        // By name the order would be 中班, 夜班, 早班 (U+4E2D, U+591C, U+65E9): not how a day reads.
        XCTAssertEqual(listed, ["2022-04-01 早班 北门 丙", "2022-04-01 夜班 南门 乙", "2022-04-01 早班 南门 戊",
                                "2022-04-01 中班 南门 甲", "2022-04-02 夜班 南门 丁"])
    }

    func testARemovalAndAnAdditionOnOneDateAreAMove() {
        let old = [B.duty("2022-04-01", "中班", "南门", ["甲", "乙"])]
        let new = [B.duty("2022-04-01", "中班", "南门", ["乙"]), B.duty("2022-04-01", "早班", "南门", ["甲"]),
                   B.duty("2022-04-01", "夜班", "南门", ["丙"])]
        let changes = DutyChange.between(old: old, new: new, shifts: shifts)
        XCTAssertEqual(changes.map(\.kind), [.added, .moved])
        XCTAssertEqual(changes.last?.from?.shift, "中班")
        XCTAssertEqual(changes.last?.slot.shift, "早班")
    }
}
