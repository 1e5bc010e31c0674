import XCTest
import ZhibanModel
@testable import ZhibanOutput

final class SheetBuilderTests: XCTestCase {
    private let day = SampleRoster.day

    func testDailySectionHasEveryPlaceOpenOnesIncluded() {
        let sheet = SheetBuilder(roster: SampleRoster.make()).sheet(dates: day...day, grouping: .date)
        XCTAssertEqual(sheet.sections.count, 1)
        let rows = sheet.sections[0].table.rows
        // 2 + 2 + 2 + 2 at the two round-the-clock gates, 2 places at the day-only gate (one open).
        XCTAssertEqual(rows.count, 10)
        XCTAssertEqual(rows.filter { $0.contains(.openPlace) }.count, 1)
    }

    func testMarksComeFromRoleTeamLeaderAndParty() {
        let index = StaffingIndex(roster: SampleRoster.make())
        XCTAssertEqual(index.person(named: "夏红文").marks, "★☆")
        XCTAssertEqual(index.person(named: "李Anna").marks, "")
        XCTAssertEqual(index.person(named: "于世").marks, "☆")
        XCTAssertEqual(index.person(named: "无名氏").marks, "")
    }

    func testDutiesTheDefinitionsDoNotExplainAreStillShown() {
        var roster = SampleRoster.make()
        roster.duties.append(Duty(date: day, shift: "夜班", checkpoint: "临时卡口", people: ["张伟"]))
        roster.duties.append(Duty(date: day, shift: "中班", checkpoint: "江岸名邸南门", people: ["陈静"]))
        let slots = StaffingIndex(roster: roster).staffing(on: day)
        XCTAssertEqual(slots.last, SlotStaffing(date: day, checkpoint: "临时卡口", shift: "夜班", people: ["张伟"], openPlaces: 0))
        XCTAssertTrue(slots.contains(SlotStaffing(date: day, checkpoint: "江岸名邸南门", shift: "中班", people: ["陈静"], openPlaces: 0)))
    }

    func testTeamSectionShowsItsGatesWholeAndItsMembersElsewhere() {
        let sheet = SheetBuilder(roster: SampleRoster.make()).sheet(dates: day...day, grouping: .team)
        XCTAssertEqual(sheet.sections.map(\.heading), ["天瑞值守组", "春谷值守组", "机动组"])
        let reserve = sheet.sections[2].table.rows
        XCTAssertEqual(reserve.count, 1)
        XCTAssertEqual(reserve[0][1], .text("春谷新村南门"))
    }

    func testPersonSectionsListDutiesByTimeWithPartners() {
        var roster = SampleRoster.make()
        roster.duties.append(Duty(date: day, shift: "白班", checkpoint: "江岸名邸南门", people: ["王强"]))
        let sheet = SheetBuilder(roster: roster).sheet(dates: day...day, grouping: .person)
        let wang = sheet.sections.first { $0.heading.contains("王强") }!
        XCTAssertEqual(wang.table.rows.map { $0[1] }, [.text("白班"), .text("夜班")])
        XCTAssertEqual(wang.table.rows[1][4], .text("刘洋"))
        XCTAssertEqual(wang.heading, "★☆王强  机动组  17010000008")
    }
}
