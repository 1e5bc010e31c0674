import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// Building a roster in the interface from nothing: the empty board leads in an order that
/// works, the title and rules are edited in a form, and a 组长 or 队长 leads their team.
final class BuildingFromScratchTests: XCTestCase {
    private func empty(_ roster: Roster = Roster(settings: RosterSettings(title: "新建值班表"))) -> AppState {
        AppState(roster: roster, today: Fixture.day, language: .zh)
    }

    func testTheEmptyBoardLeadsWithShiftsAndTeamsBeforePosts() {
        let text = RootView.render(empty()).text
        let lines = text.components(separatedBy: "\n")
        let steps = lines.filter { $0.contains("[") && $0.contains(". ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(steps.map { String($0.prefix(9)) }, ["[x] 1. 标题", "[>] 2. 班次", "[ ] 3. 队伍", "[ ] 4. 志愿", "[ ] 5. 卡口"], text)
        var withShift = Roster(settings: RosterSettings(title: "新建值班表"))
        withShift.shifts = [Shift(name: "白班", start: ClockTime(hour: 8, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!)]
        XCTAssertTrue(RootView.render(empty(withShift)).text.contains("[>] 3. 队伍"))
    }

    func testSettingsEditsTheTitleAndRulesWithValidation() throws {
        let form = empty().after(.openCommandLine).0.typing("settings").after(.submit).0
        guard case .form(let settings) = form.mode else { return XCTFail("no form") }
        XCTAssertEqual(settings.values, ["新建值班表", "Asia/Shanghai", "8h", "12h", "12h"])
        let bad = form.typing("春谷社区值班表").pressing(.tab, .tab).typing("8 hours").pressing(.enter)
        XCTAssertEqual(bad.message?.text, "两班间最少休息：写成 8h、7h30m 或 90m，最多 168h")
        let badZone = form.pressing(.tab).typing("Beijing").pressing(.enter)
        XCTAssertEqual(badZone.message?.text, "时区：不认识的时区“Beijing”（例：Asia/Shanghai）")
        let saved = form.typing("春谷社区值班表").pressing(.tab, .tab).typing("10h").pressing(.tab, .tab).typing("11h30m").pressing(.enter)
        XCTAssertEqual(saved.roster.settings.title, "春谷社区值班表")
        XCTAssertEqual(saved.roster.settings.rules, RosterRules(minRestMinutes: 600, minRestAfterNightMinutes: 720, maxDutyMinutesPerDay: 690))
        XCTAssertEqual(saved.after(.undo).0.roster.settings, empty().roster.settings)
    }

    func testARoleOf组长Or队长MakesThePersonTheirTeamsLeader() {
        let people = Fixture.state().after(.show(.people)).0
        let added = people.pressing(.character("a"), .paste("孙丽\t13800000000\t是\t机动组\t队长\r"), .enter)
        XCTAssertEqual(added.roster.team(named: "机动组")?.leader, "孙丽")
        XCTAssertEqual(added.message?.text, "新增志愿者 孙丽，任 机动组 的队长")
        let member = people.pressing(.character("a"), .paste("钱七\t13800000001\t否\t机动组\t楼栋长\r"), .enter)
        XCTAssertEqual(member.roster.team(named: "机动组")?.leader, "赵刚", "other roles leave the leader alone")
    }
}

/// Rotation patterns are added, edited and deleted in the interface (posts view, third pane),
/// checked as roster.toml's `[[rotation]]` is.
final class RotationPaneTests: XCTestCase {
    private let rotations = Fixture.state().after(.show(.checkpoints), .nextPane, .nextPane).0

    func testTabReachesTheRotationsPaneAndBack() {
        XCTAssertEqual(rotations.activeTable, .rotations)
        XCTAssertEqual(rotations.after(.nextPane).0.activeTable, .checkpoints)
        XCTAssertEqual(rotations.after(.previousPane).0.activeTable, .shifts)
        XCTAssertTrue(RootView.render(rotations).text.contains("还没有记录：按 a 新增"))
    }

    func testARotationIsAddedCheckedEditedAndDeleted() {
        let form = rotations.pressing(.character("a"))
        let bad = form.pressing(.tab).typing("北门").pressing(.tab).typing("南门值守组").pressing(.enter)
        XCTAssertEqual(bad.message?.text, "卡口：没有叫“北门”的卡口（另有 1 处问题）")
        let added = form.pressing(.tab).typing("天瑞城市花园南门").pressing(.tab).typing("南门值守组;机动组")
            .pressing(.tab, .tab).typing("每班").pressing(.tab).typing("2022-04-01").pressing(.enter)
        XCTAssertEqual(added.roster.rotations, [RotationPattern(kind: .teams, checkpoint: "天瑞城市花园南门", teams: ["南门值守组", "机动组"],
                                                                step: .shift, start: LocalDate(year: 2022, month: 4, day: 1))])
        XCTAssertTrue(RootView.render(added).text.contains("南门值守组;机动组"))
        let edited = added.pressing(.enter, .tab, .tab, .tab, .tab, .tab, .tab).typing("1").pressing(.enter)
        XCTAssertEqual(edited.roster.rotations.first?.offset, 1)
        XCTAssertEqual(edited.roster.rotations.count, 1)
        let deleted = edited.pressing(.character("d"), .character("y"))
        XCTAssertEqual(deleted.roster.rotations, [])
        XCTAssertEqual(deleted.after(.undo).0.roster.rotations.count, 1)
    }
}
