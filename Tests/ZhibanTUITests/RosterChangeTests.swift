import XCTest
import ZhibanModel
@testable import ZhibanTUI

final class RosterChangeTests: XCTestCase {
    func testUndoAndRedoRestoreBothRostersExactly() {
        let old = Fixture.roster
        var new = old.removing(at: Slot(date: Fixture.day, shift: "白班", checkpoint: "1号进站口"), place: 0)
        new = new.placing("吴敏", at: Slot(date: Fixture.nextDay, shift: "夜班", checkpoint: "春谷新村南门"), place: 0)
        new.volunteers[1].phone = "13900000000"
        let change = RosterChange(from: old, to: new)
        XCTAssertEqual(change.slots.count, 2)
        var roster = new
        change.undo(&roster)
        XCTAssertEqual(roster, old)
        change.redo(&roster)
        XCTAssertEqual(roster, new)
    }

    func testNoChangeIsEmpty() {
        XCTAssertTrue(RosterChange(from: Fixture.roster, to: Fixture.roster).isEmpty)
    }

    func testDutiesAreLookedUpAndKeptInSlotOrder() {
        var roster = Fixture.roster
        let slot = Slot(date: Fixture.day, shift: "夜班", checkpoint: "1号进站口")
        XCTAssertNil(roster.duty(at: slot))
        roster.setDuty(Duty(date: Fixture.day, shift: "夜班", checkpoint: "1号进站口", people: ["吴敏"]), at: slot)
        XCTAssertTrue(roster.dutiesAreSorted)
        XCTAssertEqual(roster.duty(at: slot)?.people, ["吴敏"])
        XCTAssertEqual(roster.dutiesOn(Fixture.day).count, 6)
        XCTAssertEqual(roster.dutiesOn(Fixture.nextDay).count, 1)
        roster.setDuty(nil, at: slot)
        XCTAssertEqual(roster, Fixture.roster)
    }
}
