import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// The volunteer form's 不能值班 takes what the files take: ranges and dates without a year,
/// read near the roster's last planned date.
final class VolunteerFormDatesTests: XCTestCase {
    func testTheFormTakesAQuarantineAsARangeWithoutAYear() {
        var state = Fixture.state().after(.show(.people), .add).0
        state = state.typing("新人")
        for _ in 0..<6 { state = state.after(.nextField).0 }
        state = state.typing("4-8~4-21;4月25日").after(.submit).0
        let added = state.roster.volunteers.first { $0.name == "新人" }
        XCTAssertEqual(added?.unavailable, [.dates(LocalDate(year: 2022, month: 4, day: 8)!, through: LocalDate(year: 2022, month: 4, day: 21)!),
                                            .date(LocalDate(year: 2022, month: 4, day: 25)!)])
    }

    func testAnUnreadableRangeIsShownBesideTheField() {
        let problems = VolunteerForm(editing: nil).problems(FormValues([.name: "新人", .partyMember: "否", .cannotServe: "4-21~4-8"]),
                                                            roster: Fixture.roster, near: Fixture.nextDay)
        XCTAssertEqual(problems[.cannotServe]?.zh, "看不懂“4-21~4-8”：写星期、日期（4-8、4-8~4-21）或班次名")
    }
}
