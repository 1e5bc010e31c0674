import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// A checkpoint's hours as organizers write them in a spreadsheet cell: any of the usual dashes,
/// a tilde (half or full width) or 至 between the two times; anything else is not hours.
final class CellValuesHoursTests: XCTestCase {
    func testEveryUsualSeparatorGivesTheSameHours() throws {
        for text in ["08:00-20:00", "08:00~20:00", "08:00–20:00", "08:00—20:00", "08:00～20:00", "08:00至20:00"] {
            let hours = try XCTUnwrap(CellValues.hours(text), text)
            XCTAssertEqual(hours.0, ClockTime(hour: 8, minute: 0), text)
            XCTAssertEqual(hours.1, ClockTime(hour: 20, minute: 0), text)
        }
        XCTAssertEqual(CellValues.hours("00:00至24:00")?.1, ClockTime(hour: 24, minute: 0))
    }

    func testOtherTextIsNotHours() {
        for text in ["", "08:00", "08:00-12:00-20:00", "08:00到20:00", "08:00-", "-20:00", "24:00-08:00", "08:00-\u{301}20:00"] {
            XCTAssertNil(CellValues.hours(text), text)
        }
    }
}
