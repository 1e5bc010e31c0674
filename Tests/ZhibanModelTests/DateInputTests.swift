import XCTest
import ZhibanModel

/// A date typed without a year is read as the files read one: the nearest such day, so `1-5`
/// seen from late December is the coming January; `+N` counts from the date it is relative to.
final class DateInputTests: XCTestCase {
    private let december = LocalDate(year: 2022, month: 12, day: 28)!

    func testAMonthAndDayIsTheNearestSuchDay() {
        XCTAssertEqual(DateInput.parse("1-5", relativeTo: december, today: december), LocalDate(year: 2023, month: 1, day: 5))
        XCTAssertEqual(DateInput.parse("12月30日", relativeTo: december, today: december), LocalDate(year: 2022, month: 12, day: 30))
        XCTAssertEqual(DateInput.parse("-2", relativeTo: december, today: december), LocalDate(year: 2022, month: 12, day: 26))
        XCTAssertEqual(DateInput.parse("今天", relativeTo: december, today: LocalDate(year: 2022, month: 4, day: 1)!),
                       LocalDate(year: 2022, month: 4, day: 1))
        XCTAssertNil(DateInput.parse("4月31日", relativeTo: december, today: december))
    }

    func testTheYearCanBeReadNearAnotherDateThanTheDaysCountFrom() {
        let april = LocalDate(year: 2022, month: 4, day: 30)!
        XCTAssertEqual(DateInput.parse("4-7", relativeTo: december, near: april, today: december), LocalDate(year: 2022, month: 4, day: 7))
        XCTAssertEqual(DateInput.parse("+1", relativeTo: december, near: april, today: december), LocalDate(year: 2022, month: 12, day: 29))
    }
}
