import XCTest
import ZhibanModel

/// 不能值班 takes ranges and dates without a year: `2022-04-08~2022-04-21`, `4-8~4-21`,
/// `4月8日至4月21日`, `4-8`. A date without a year is the one nearest the reference date.
final class UnavailabilityRangeTests: XCTestCase {
    private let april = LocalDate(parsing: "2022-04-30")!
    private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    func testEveryWrittenFormOfAQuarantineReadsAsOneRange() {
        let quarantine = Unavailability.dates(date("2022-04-08"), through: date("2022-04-21"))
        for text in ["2022-04-08~2022-04-21", "4-8~4-21", "4月8日至4月21日", "4/8 ~ 4/21", "4月8号到4月21号", "2022年4月8日～2022年4月21日"] {
            XCTAssertEqual(Unavailability(parsing: text, near: april), quarantine, text)
        }
        XCTAssertEqual(quarantine.description, "2022-04-08~2022-04-21", "the canonical form the files write")
        XCTAssertEqual(Unavailability(parsing: quarantine.description), quarantine, "and read back without a reference")
    }

    func testAShortDateIsTheDayNearestTheReference() {
        XCTAssertEqual(Unavailability(parsing: "4-8", near: april), .date(date("2022-04-08")))
        XCTAssertEqual(Unavailability(parsing: "4月8日", near: april), .date(date("2022-04-08")))
        XCTAssertEqual(Unavailability(parsing: "12-28", near: date("2023-01-05")), .date(date("2022-12-28")))
        XCTAssertEqual(Unavailability(parsing: "12-28~1-3", near: date("2023-01-05")),
                       .dates(date("2022-12-28"), through: date("2023-01-03")))
        XCTAssertNil(Unavailability(parsing: "4-8"), "no year to read it in")
        XCTAssertNil(Unavailability(parsing: "2-30", near: april))
    }

    func testAnOpenRangeRunsOnAndABackwardsRangeIsRefused() {
        let open = Unavailability(parsing: "4-8~", near: april)
        XCTAssertEqual(open, .dates(date("2022-04-08"), through: nil))
        XCTAssertEqual(open?.description, "2022-04-08~")
        XCTAssertNil(Unavailability(parsing: "2022-04-21~2022-04-08"))
        XCTAssertNil(Unavailability(parsing: "4-21~4-8", near: april))
    }

    func testARangeRulesOutEveryShiftOfItsDaysOnly() {
        let night = Shift(name: "夜班", start: ClockTime(hour: 20, minute: 0)!, end: ClockTime(hour: 8, minute: 0)!)
        let range = Unavailability.dates(date("2022-04-08"), through: date("2022-04-21"))
        XCTAssertFalse(range.excludes(date: date("2022-04-07"), shift: night))
        XCTAssertTrue(range.excludes(date: date("2022-04-08"), shift: night))
        XCTAssertTrue(range.excludes(date: date("2022-04-21"), shift: night))
        XCTAssertFalse(range.excludes(date: date("2022-04-22"), shift: night))
        XCTAssertTrue(Unavailability.dates(date("2022-04-08"), through: nil).excludes(date: date("2023-01-01"), shift: night))
    }

    func testAShiftNameHoldingARangeWordIsStillAShift() {
        XCTAssertEqual(Unavailability(parsing: "至夜班", near: april), .shift("至夜班"))
    }
}
