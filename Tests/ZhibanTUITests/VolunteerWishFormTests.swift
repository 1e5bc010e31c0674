@testable import ZhibanTUI
import XCTest
import ZhibanModel

/// The volunteer form shows and edits wishes (意愿), so editing a person never drops them.
final class VolunteerWishFormTests: XCTestCase {
    func testEditingAVolunteerKeepsTheirWishesAndAnUnreadableWishIsShown() {
        var roster = Fixture.roster
        roster.volunteers[0].wishes = Wish.parseList("想值 周末；不想值 夜班").wishes
        let form = VolunteerForm(editing: roster.volunteers[0])
        XCTAssertEqual(form.fields.last?.value.text, "想值 周末;不想值 夜班")
        let values = form.opening
        let (edited, _) = form.apply(values, to: roster, near: nil)
        XCTAssertEqual(edited.volunteers[0].wishes, roster.volunteers[0].wishes)
        var bad = values
        bad[.wishes] = "随便"
        XCTAssertEqual(form.problems(bad, roster: roster, near: nil)[.wishes]?.zh,
                       "看不懂“随便”：写 想值 或 不想值，再写班次、夜班、星期或周末")
    }
}

/// An edit in the volunteer form changes only what the form shows.
final class VolunteerFormKeepsWhatItDoesNotShowTests: XCTestCase {
    func testEditingAVolunteerKeepsTheUnitTheFormDoesNotShow() {
        var roster = Fixture.roster
        roster.volunteers[0].unit = "区委组织部"
        let form = VolunteerForm(editing: roster.volunteers[0])
        var values = form.opening
        values[.phone] = "13900000000"
        let (edited, _) = form.apply(values, to: roster, near: nil)
        XCTAssertEqual(edited.volunteers[0].phone, "13900000000")
        XCTAssertEqual(edited.volunteers[0].unit, "区委组织部")
        XCTAssertEqual(edited.volunteers[0].location, roster.volunteers[0].location)
    }
}
