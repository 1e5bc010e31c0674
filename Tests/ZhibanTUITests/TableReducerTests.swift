import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// The people, teams, checkpoints and shifts tables: moving, sorting, filtering, searching,
/// and adding, editing and deleting through forms.
final class TableReducerTests: XCTestCase {
    private let people = Fixture.state().after(.show(.people)).0

    private func names(_ state: AppState, _ kind: TableKind = .people) -> [String] {
        state.table(kind).order.map { kind.name(of: $0, in: state.roster) }
    }

    /// Fills the open form's fields in order (clearing each first) and presses Enter.
    private func fill(_ state: AppState, _ values: [String?]) -> (AppState, [Effect]) {
        var current = state
        for value in values {
            if let value { current = current.after(.text(.clear), .text(.insert(value))).0 }
            current = current.after(.nextField).0
        }
        return current.after(.submit)
    }

    func testRowsFollowTheFileAndTheCursorMovesAndPages() {
        XCTAssertEqual(names(people).first, "王中理")
        XCTAssertEqual(people.after(.moveDown, .moveDown).0.table(.people).cursor, 2)
        XCTAssertEqual(people.after(.last).0.table(.people).cursor, 10)
        XCTAssertEqual(people.after(.last, .pageUp).0.table(.people).cursor, 0)
        XCTAssertEqual(people.after(.moveUp).0.table(.people).cursor, 0)
    }

    func testLeftAndRightScrollTheColumnsButKeepTheName() {
        let scrolled = people.after(.moveRight, .moveRight).0
        XCTAssertEqual(scrolled.table(.people).columnOffset, 2)
        XCTAssertEqual(TableView.visibleColumns(.people, offset: 2, width: 60, language: .zh).first?.column, 0)
        XCTAssertEqual(TableView.visibleColumns(.people, offset: 2, width: 60, language: .zh)[1].column, 3)
        XCTAssertEqual(scrolled.after(.moveLeft, .moveLeft, .moveLeft).0.table(.people).columnOffset, 0)
    }

    func testSortingByNameUsesPinyinAndReverses() {
        let byName = people.after(.sortNext).0
        XCTAssertEqual(names(byName), ["陈明", "黄丽娟", "李强", "刘芳芳", "王中理", "吴敏", "徐A强", "杨帆", "张伟", "赵刚", "周杰"])
        XCTAssertEqual(byName.message?.text, "按姓名排序")
        XCTAssertEqual(names(byName.after(.sortReverse).0).first, "周杰")
        let byPhone = byName.after(.sortNext).0
        XCTAssertEqual(names(byPhone).first, "王中理")
        var backToFile = byPhone
        for _ in 2..<TableKind.people.columns.count { backToFile = backToFile.after(.sortNext).0 }
        XCTAssertNil(backToFile.after(.sortNext).0.table(.people).sortColumn)
    }

    func testTeamsSortMembersAsNumbers() {
        var teams = Fixture.state().after(.show(.teams)).0
        for _ in 0...3 { teams = teams.after(.sortNext).0 }
        XCTAssertEqual(teams.table(.teams).sortColumn, 3)
        XCTAssertEqual(names(teams, .teams), ["机动组", "突击队", "春谷值守组", "南门值守组"])
    }

    func testTheFilterNarrowsAsYouTypeByPinyinAndEscClearsIt() {
        let typing = people.after(.openFilter).0.typing("zw")
        XCTAssertEqual(names(typing), ["张伟"])
        guard case .filter = typing.mode else { return XCTFail("filter closed") }
        let kept = typing.after(.submit).0
        XCTAssertEqual(names(kept), ["张伟"])
        XCTAssertEqual(kept.table(.people).filter, "zw")
        XCTAssertEqual(kept.after(.openFilter, .cancel).0.table(.people).order.count, 11)
        let byTeam = people.after(.openFilter).0.typing("机动").after(.submit).0
        XCTAssertEqual(names(byTeam), ["赵刚", "吴敏"])
    }

    func testFiltersOfOtherTablesMatchTheirCells() {
        let checkpoints = Fixture.state().after(.show(.checkpoints), .openFilter).0.typing("青岛").after(.submit).0
        XCTAssertEqual(names(checkpoints, .checkpoints), ["1号进站口", "2号进站口"])
    }

    func testFiltersMatchTheCellsAsShownInTheLanguageOnScreen() {
        let english = Fixture.state(language: .en).after(.show(.checkpoints), .nextPane, .openFilter).0.typing("yes").after(.submit).0
        XCTAssertEqual(names(english, .shifts), ["夜班"])
        let chinese = english.after(.openCommandLine).0.typing("lang zh").after(.submit).0
        XCTAssertEqual(names(chinese, .shifts), [], "在中文界面里显示的是“是”，不是 yes")
    }

    func testSearchMovesToTheNextMatchingRow() {
        let found = people.after(.openSearch).0.typing("测温").after(.submit).0
        XCTAssertEqual(found.table(.people).cursor, 3)
        XCTAssertEqual(found.after(.searchNext).0.table(.people).cursor, 9)
        XCTAssertEqual(found.after(.searchPrevious).0.table(.people).cursor, 10)
        XCTAssertEqual(people.after(.openSearch).0.typing("nobody").after(.submit).0.message?.kind, .error)
    }

    func testAddingAVolunteerThroughTheFormAppendsThemAndCanBeUndone() {
        let form = people.after(.add).0
        guard case .form = form.mode else { return XCTFail("no form") }
        let (added, _) = fill(form, ["孙丽", "13800000000", "是", "机动组", nil, "驾驶;测温", "周日;夜班", "新来的"])
        let volunteer = added.roster.volunteers.last
        XCTAssertEqual(volunteer, Volunteer(name: "孙丽", phone: "13800000000", isPartyMember: true, team: "机动组",
                                            skills: ["驾驶", "测温"], unavailable: [.weekday(.sunday), .nightShifts], note: "新来的"))
        XCTAssertEqual(added.table(.people).currentRecord, 11, "the cursor goes to the new record")
        XCTAssertEqual(added.after(.undo).0.roster, Fixture.roster)
    }

    func testAFormWithProblemsStaysOpenOnTheFirstBadField() {
        let (state, _) = fill(people.after(.add).0, ["", "12ab"])
        guard case .form(let form) = state.mode else { return XCTFail("form closed") }
        XCTAssertEqual(form.focus, 0)
        XCTAssertEqual(form.visibleErrors[0]?.zh, "请填写姓名")
        XCTAssertEqual(form.visibleErrors[1]?.zh, "手机号只能有数字")
        XCTAssertEqual(state.roster, Fixture.roster)
        guard case .normal = state.after(.cancel, .answer(.yes)).0.mode else { return XCTFail("Esc, y did not close the form") }
    }

    func testOnlyTouchedFieldsShowProblemsBeforeTheFirstEnter() {
        let state = people.after(.add, .nextField).0.typing("x")
        guard case .form(let form) = state.mode else { return XCTFail("no form") }
        XCTAssertNotNil(form.errors[0], "the empty name is a problem")
        XCTAssertNil(form.visibleErrors[0], "but it is not shown yet")
        XCTAssertNotNil(form.visibleErrors[1])
        guard case .form(let back) = state.after(.previousField, .previousField).0.mode else { return XCTFail() }
        XCTAssertEqual(back.focus, form.fields.count - 1, "moving up from the first field wraps")
    }

    func testRenamingAVolunteerCarriesTheNameIntoDutiesAndTheTeamLeader() {
        let (renamed, _) = fill(people.after(.edit).0, ["王忠理"])
        XCTAssertEqual(renamed.roster.volunteers[0].name, "王忠理")
        XCTAssertEqual(renamed.roster.team(named: "南门值守组")?.leader, "王忠理")
        XCTAssertTrue(renamed.roster.duties.contains { $0.people.contains("王忠理") })
        XCTAssertFalse(renamed.roster.duties.contains { $0.people.contains("王中理") })
    }

    func testDeletingAVolunteerAsksThenTakesThemOffTheirDuties() {
        let asking = people.after(.moveDown, .delete).0
        guard case .confirm(.delete(.people, "李强", _)) = asking.mode else { return XCTFail("no question") }
        let deleted = asking.after(.answer(.yes)).0
        XCTAssertNil(deleted.roster.volunteer(named: "李强"))
        XCTAssertFalse(deleted.roster.duties.contains { $0.people.contains("李强") })
        XCTAssertFalse(deleted.roster.duties.contains { $0.people.isEmpty })
        XCTAssertEqual(asking.after(.answer(.no)).0.roster, Fixture.roster)
    }

    func testATeamInUseCannotBeDeletedAndARenameReachesMembersAndCheckpoints() {
        let teams = Fixture.state().after(.show(.teams)).0
        let refused = teams.after(.delete).0
        XCTAssertEqual(refused.message?.text, "南门值守组 还有 4 名队员、1 个卡口在用，不能删除")
        let (renamed, _) = fill(teams.after(.edit).0, ["南门一组"])
        XCTAssertEqual(renamed.roster.volunteers[0].team, "南门一组")
        XCTAssertEqual(renamed.roster.checkpoints[0].keepers, ["南门一组"])
        XCTAssertEqual(renamed.roster.team(named: "南门一组")?.kind, "值守组")
    }

    func testAnUnusedTeamIsDeletedAfterAsking() {
        let (added, _) = fill(Fixture.state().after(.show(.teams), .add).0, ["物资保障一队"])
        XCTAssertEqual(added.roster.teams.last?.kind, "保障队", "the kind is guessed from the name")
        let deleted = added.after(.delete, .answer(.yes)).0
        XCTAssertNil(deleted.roster.team(named: "物资保障一队"))
    }

    func testCheckpointFormChecksShiftsTeamsAndRequirements() {
        let form = Fixture.state().after(.show(.checkpoints), .add).0
        let (state, _) = fill(form, ["北门", "", "8点", "早班", "0", "党员一名", "", "没有这队"])
        guard case .form(let checked) = state.mode else { return XCTFail("form closed") }
        XCTAssertEqual(checked.errors.keys.sorted(), [1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(checked.errors[3]?.zh, "没有叫“早班”的班次")
        let (added, _) = fill(form, ["北门", "天瑞城市花园", "08:00-20:00", "白班", "1", "党员:1", "南门值守组", "机动组"])
        XCTAssertEqual(added.roster.checkpoints.last?.name, "北门")
        XCTAssertEqual(added.roster.checkpoints.last?.requirements, [Requirement(kind: .partyMembers, count: 1)])
    }

    func testRenamingACheckpointMovesItsDutiesAndDeletingRemovesThem() {
        let checkpoints = Fixture.state().after(.show(.checkpoints)).0
        let (renamed, _) = fill(checkpoints.after(.edit).0, ["天瑞南门"])
        XCTAssertTrue(renamed.roster.dutiesAreSorted)
        XCTAssertEqual(renamed.roster.duties.filter { $0.checkpoint == "天瑞南门" }.count, 3)
        let deleted = checkpoints.after(.delete, .answer(.yes)).0
        XCTAssertFalse(deleted.roster.duties.contains { $0.checkpoint == "天瑞城市花园南门" })
    }

    func testShiftsPaneAddsAndRenamesShiftsEverywhere() {
        let shifts = Fixture.state().after(.show(.checkpoints), .nextPane).0
        XCTAssertEqual(shifts.activeTable, .shifts)
        XCTAssertEqual(shifts.after(.delete).0.message?.kind, .error, "a shift in use is not deleted")
        let (bad, _) = fill(shifts.after(.add).0, ["中班", "24:00", "8点"])
        guard case .form(let form) = bad.mode else { return XCTFail("form closed") }
        XCTAssertEqual(form.errors.keys.sorted(), [1, 2])
        let (renamed, _) = fill(shifts.after(.edit).0, ["早班"])
        XCTAssertEqual(renamed.roster.checkpoints[0].shifts, ["早班", "夜班"])
        XCTAssertEqual(renamed.roster.volunteer(named: "吴敏")?.unavailable, [.shift("早班")])
        XCTAssertTrue(renamed.roster.duties.contains { $0.shift == "早班" })
        XCTAssertTrue(renamed.roster.dutiesAreSorted)
        XCTAssertEqual(shifts.after(.previousPane).0.activeTable, .checkpoints)
    }

    func testVolunteerFormRejectsUnknownTeamsShiftsAndUnreadableLimits() {
        let adding = VolunteerForm(editing: nil)
        let problems = adding.problems(FormValues([.name: "新人", .partyMember: "也许", .team: "无名队", .cannotServe: "周八"]),
                                       roster: Fixture.roster, near: nil)
        XCTAssertEqual(Set(problems.keys), [.partyMember, .team, .cannotServe])
        XCTAssertEqual(adding.problems(FormValues([.name: "新人", .partyMember: "否", .cannotServe: "中班"]), roster: Fixture.roster, near: nil)[.cannotServe]?.zh,
                       "没有叫“中班”的班次")
        XCTAssertEqual(adding.problems(FormValues([.name: "a;b", .partyMember: "否"]), roster: Fixture.roster, near: nil)[.name]?.zh,
                       "名称里不能有分号或顿号（; ； 、）")
        let editing = VolunteerForm(editing: Fixture.roster.volunteer(named: "李强"))
        XCTAssertEqual(editing.problems(FormValues([.name: "李强", .partyMember: "否"]), roster: Fixture.roster, near: nil), [:])
    }

    func testEmptyTablesSaySoAndReadOnlyRefusesForms() {
        XCTAssertEqual(people.after(.openFilter).0.typing("nobody").after(.submit, .edit).0.message?.kind, .error)
        let readOnly = Fixture.state(readOnly: true).after(.show(.people), .add).0
        guard case .normal = readOnly.mode else { return XCTFail("a form opened read-only") }
        XCTAssertEqual(readOnly.message?.kind, .error)
    }
}
