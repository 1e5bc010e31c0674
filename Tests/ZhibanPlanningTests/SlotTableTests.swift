import XCTest
import ZhibanModel
@testable import ZhibanPlanning

/// `SlotTable` numbers slots in order without hashing them, and still finds a slot met again
/// once they come out of order — a name canonically equal to an earlier one included.
final class SlotTableTests: XCTestCase {
    func testASlotMetAgainKeepsItsNumberInOrderOrNot() {
        let date = LocalDate(year: 2022, month: 4, day: 7)!
        let slots = [Slot(date: date, shift: "夜班", checkpoint: "南门"), Slot(date: date, shift: "白班", checkpoint: "北门"),
                     Slot(date: date, shift: "白班", checkpoint: "南门"), Slot(date: date.adding(days: 1), shift: "白班", checkpoint: "南门")]
        var table = SlotTable()
        let sorted = slots.sorted()
        XCTAssertEqual(sorted.map { table.number(for: $0) }, [0, 1, 2, 3])
        XCTAssertEqual(table.number(for: sorted[3]), 3, "the same slot right after itself")
        XCTAssertEqual(table.number(for: sorted[0]), 0, "out of order: found by hashing")
        XCTAssertEqual(table.number(for: Slot(date: date, shift: "e\u{301}", checkpoint: "南门")), 4)
        XCTAssertEqual(table.number(for: Slot(date: date, shift: "é", checkpoint: "南门")), 4, "canonically the same slot")
        XCTAssertEqual(table.number(for: sorted[2]), 2)
        XCTAssertEqual(table[4].shift, "e\u{301}")
    }
}
