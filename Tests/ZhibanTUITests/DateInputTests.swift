import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// A date typed without a year in the interface is read as the files read one: the nearest
/// such day, so `1-5` seen from late December is the coming January.
final class DateInputTests: XCTestCase {
    func testAMonthAndDayIsTheNearestSuchDay() {
        let december = LocalDate(year: 2022, month: 12, day: 28)!
        XCTAssertEqual(DateInput.parse("1-5", relativeTo: december, today: december), LocalDate(year: 2023, month: 1, day: 5))
        XCTAssertEqual(DateInput.parse("12月30日", relativeTo: december, today: december), LocalDate(year: 2022, month: 12, day: 30))
        XCTAssertEqual(DateInput.parse("-2", relativeTo: december, today: december), LocalDate(year: 2022, month: 12, day: 26))
    }
}
