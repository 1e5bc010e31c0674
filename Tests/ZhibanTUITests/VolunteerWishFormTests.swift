@testable import ZhibanTUI
import XCTest
import ZhibanModel

/// The volunteer form shows and edits wishes (意愿), so editing a person never drops them.
final class VolunteerWishFormTests: XCTestCase {
    func testEditingAVolunteerKeepsTheirWishesAndAnUnreadableWishIsShown() {
        var roster = Fixture.roster
        roster.volunteers[0].wishes = Wish.parseList("想值 周末；不想值 夜班").wishes
        let fields = VolunteerForm.fields(for: roster.volunteers[0])
        XCTAssertEqual(fields.last?.value.text, "想值 周末;不想值 夜班")
        let values = fields.map(\.value.text)
        let (edited, _) = VolunteerForm.apply(values, editing: roster.volunteers[0].name, to: roster, near: nil)
        XCTAssertEqual(edited.volunteers[0].wishes, roster.volunteers[0].wishes)
        var bad = values
        bad[8] = "随便"
        XCTAssertEqual(VolunteerForm.problems(bad, editing: roster.volunteers[0].name, roster: roster)[8]?.zh,
                       "看不懂“随便”：写 想值 或 不想值，再写班次、夜班、星期或周末")
    }
}

/// An edit in the volunteer form changes only what the form shows.
final class VolunteerFormKeepsWhatItDoesNotShowTests: XCTestCase {
    func testEditingAVolunteerKeepsTheUnitTheFormDoesNotShow() {
        var roster = Fixture.roster
        roster.volunteers[0].unit = "区委组织部"
        var values = VolunteerForm.fields(for: roster.volunteers[0]).map(\.value.text)
        values[1] = "13900000000"
        let (edited, _) = VolunteerForm.apply(values, editing: roster.volunteers[0].name, to: roster, near: nil)
        XCTAssertEqual(edited.volunteers[0].phone, "13900000000")
        XCTAssertEqual(edited.volunteers[0].unit, "区委组织部")
        XCTAssertEqual(edited.volunteers[0].location, roster.volunteers[0].location)
    }
}
