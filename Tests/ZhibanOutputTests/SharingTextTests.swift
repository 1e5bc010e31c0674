import XCTest
import ZhibanModel
import ZhibanOutput
import ZhibanPlanning

/// Issue 16's texts: the commit message of a save, and the district report.
final class SharingTextTests: XCTestCase {
    private let phones = SampleRoster.make().volunteers.map(\.phone)

    private func replacing(_ person: String, with other: String, on date: LocalDate, _ shift: String, _ checkpoint: String,
                           in roster: Roster) -> Roster {
        var roster = roster
        let slot = Slot(date: date, shift: shift, checkpoint: checkpoint)
        let index = roster.duties.firstIndex { $0.slot == slot }!
        roster.duties[index].people = roster.duties[index].people.map { $0 == person ? other : $0 }
        return roster
    }

    func testTheCommitMessageSaysWhatChangedAsOrganizersSayItAndNeverAPhone() {
        let old = SampleRoster.make()
        var new = replacing("刘洋", with: "陈静", on: SampleRoster.nextDay, "夜班", "春谷新村南门", in: old)
        XCTAssertEqual(CommitMessage.text(old: old, new: new), "排班：4月8日 夜班 春谷新村南门 刘洋→陈静")
        new.volunteers[6].phone = "13912345678"
        new.duties.removeAll { $0.slot == Slot(date: SampleRoster.day, shift: "白班", checkpoint: "江岸名邸南门") }
        new.teams.append(Team(name: "新队", kind: "突击队"))
        XCTAssertEqual(CommitMessage.text(old: old, new: new), """
            排班：4月7日 白班 江岸名邸南门 −宋福艳 等 4 处修改

            排班：4月7日 白班 江岸名邸南门 −宋福艳
            排班：4月8日 夜班 春谷新村南门 刘洋→陈静
            志愿者：张伟 改了手机
            队伍：新增 新队
            """)
        XCTAssertNil(CommitMessage.text(old: old, new: old))
    }

    func testTheDistrictReportPutsTheWorstFirstSumsUpAndHoldsNoPhone() {
        let roster = replacing("于世", with: "陈静", on: SampleRoster.nextDay, "夜班", "天瑞城市花园南门", in: SampleRoster.make())
        var full = roster
        full.duties = full.duties.map { duty in
            var duty = duty
            if duty.checkpoint == "江岸名邸南门" { duty.people = ["宋福艳", "张伟"] }
            return duty
        }
        let report = DistrictReport([
            .summary(CommunitySummary(folder: "春谷", roster: full)),
            .summary(CommunitySummary(folder: "春谷二", roster: roster)),
            .unreadable(folder: "坏了", place: "坏了/duties.csv:3"),
        ])
        XCTAssertEqual(report.rows, [
            ["坏了", "无法读取：坏了/duties.csv:3", "", "", "", "", "", "", "", ""],
            ["春谷二", "春谷社区疫情防控值班表", "2022-04-07~2022-04-08", "20", "18", "2", "90.0%", "1", "216", "天瑞值守组 12；机动组 12"],
            ["春谷", "春谷社区疫情防控值班表", "2022-04-07~2022-04-08", "20", "20", "0", "100.0%", "1", "240", "春谷值守组 24；天瑞值守组 12；机动组 12"],
            ["合计（3 个社区）", "", "", "40", "38", "2", "95.0%", "2", "456", ""],
        ])
        for text in [report.csv(), report.html(title: "汇总")] {
            XCTAssertFalse(phones.contains { text.contains($0) }, text)
        }
        XCTAssertTrue(report.csv().hasPrefix("\u{FEFF}社区,值班表,日期,需要,已排,空缺,覆盖率,缺党员的班,值班小时,"))
        XCTAssertTrue(report.html(title: "汇总").contains("<td>坏了</td><td>无法读取：坏了/duties.csv:3</td>"))
    }

    func testADistrictWithNothingPlannedShowsNoCoverageRatherThanAFullOne() {
        var unplanned = SampleRoster.make()
        unplanned.duties = []
        let report = DistrictReport([
            .summary(CommunitySummary(folder: "甲", roster: unplanned)),
            .summary(CommunitySummary(folder: "乙", roster: unplanned)),
        ])
        XCTAssertEqual(report.rows.map { $0[6] }, ["—", "—", "—"])
    }
}
