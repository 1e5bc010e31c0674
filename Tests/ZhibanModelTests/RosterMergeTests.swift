import XCTest
@testable import ZhibanModel

/// `RosterMerge`: edits re-applied, record by record, to a roster someone changed since.
final class RosterMergeTests: XCTestCase {
    private let base = Roster(settings: RosterSettings(title: "值班表"), volunteers: [Volunteer(name: "王伟"), Volunteer(name: "李娜")])

    /// A part of a roster the merge does not know would be dropped from restored work without a
    /// word: adding a stored property to `Roster` or `RosterSettings` must come with its merge.
    func testEveryPartOfARosterIsMerged() {
        XCTAssertEqual(Mirror(reflecting: base).children.map(\.label),
                       ["settings", "shifts", "checkpoints", "teams", "volunteers", "rotations", "duties"])
        XCTAssertEqual(Mirror(reflecting: base.settings).children.map(\.label), ["title", "timeZone", "rules", "notifyClosing", "commitOnSave"])
    }

    func testRecordsAddedByBothSidesAreKeptInOrderAndAnEditToAChangedRecordIsNot() {
        var edited = base
        edited.settings.title = "春谷值班表"
        edited.volunteers.insert(Volunteer(name: "新来的"), at: 1)
        edited.volunteers[0].phone = "13800000000"
        var current = base
        current.volunteers.append(Volunteer(name: "同事加的"))
        current.volunteers[0].phone = "13900000000"
        let merge = RosterMerge(base: base, edited: edited, onto: current)
        XCTAssertEqual(merge.roster.settings.title, "春谷值班表")
        XCTAssertEqual(merge.roster.volunteers.map(\.name), ["王伟", "新来的", "李娜", "同事加的"])
        XCTAssertEqual(merge.roster.volunteers[0].phone, "13900000000", "the colleague's change to the same record stays")
        XCTAssertEqual(merge.applied, 2)
        XCTAssertEqual(merge.notApplied.map(\.en), ["Volunteer 王伟: changed by you and by someone else; theirs is kept"])
    }

    func testADeletionIsAppliedUnlessTheOtherSideChangedTheRecord() {
        var edited = base
        edited.volunteers.removeAll()
        var current = base
        current.volunteers[1].note = "改过"
        let merge = RosterMerge(base: base, edited: edited, onto: current)
        XCTAssertEqual(merge.roster.volunteers.map(\.name), ["李娜"])
        XCTAssertEqual(merge.notApplied.map(\.zh), ["志愿者 李娜：别人也改过，没有删除"])
    }
}
