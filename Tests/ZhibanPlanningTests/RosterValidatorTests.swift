import XCTest
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

final class RosterValidatorTests: XCTestCase {
    func testTheBundledExamplesAreClean() throws {
        for example in BundledExample.allCases {
            XCTAssertEqual(RosterValidator(try example.roster()).problems(), [], example.rawValue)
        }
    }

    func testUnknownNamesAreReportedAtTheirRecords() throws {
        var roster = try BundledExample.station.roster()
        roster.checkpoints[0].keepers = ["不存在的队"]
        roster.checkpoints[0].location = SourceLocation(file: "roster.toml", line: 30)
        roster.volunteers[2].team = "幽灵队"
        roster.volunteers[2].location = SourceLocation(file: "volunteers.csv", line: 4)
        roster.rotations = [RotationPattern(kind: .teams, checkpoint: "7号进站口", teams: ["火车站疫情监测工作突击队", "幽灵队"],
                                            location: SourceLocation(file: "roster.toml", line: 80))]
        let found = problems(roster)
        XCTAssertTrue(found.contains("roster.toml:30: 卡口“1号进站口”的队伍“不存在的队”不存在"), "\(found)")
        XCTAssertTrue(found.contains("volunteers.csv:4: 孔东 的队伍“幽灵队”不存在"), "\(found)")
        XCTAssertTrue(found.contains("roster.toml:80: 轮换用了未知的卡口“7号进站口”"), "\(found)")
        XCTAssertTrue(found.contains("roster.toml:80: 轮换用了未知的队伍“幽灵队”"), "\(found)")
    }

    private func problems(_ roster: Roster) -> [String] { RosterValidator(roster).problems().map(\.description) }

    func testRequirementsNoTeamCanMeetAreReported() {
        let shift = Shift(name: "白班", start: ClockTime(parsing: "08:00")!, end: ClockTime(parsing: "20:00")!)
        let roster = Roster(
            settings: RosterSettings(title: "t"), shifts: [shift],
            checkpoints: [Checkpoint(name: "南门", compound: "银河小区", openFrom: ClockTime(minutes: 0)!, openUntil: ClockTime(minutes: 1440)!,
                                     shifts: ["白班"], peoplePerShift: 3, requirements: [Requirement(kind: .partyMembers, count: 1)],
                                     keepers: ["两人组"], location: SourceLocation(file: "roster.toml", line: 9))],
            teams: [Team(name: "两人组", kind: "值守组")],
            volunteers: [Volunteer(name: "甲", team: "两人组"), Volunteer(name: "乙", team: "两人组")])
        let problems = RosterValidator(roster).problems().map(\.description)
        XCTAssertEqual(problems, [
            "roster.toml:9: 卡口“南门”每班要 3 人，但值守和后备队伍（两人组）一共只有 2 人",
            "roster.toml:9: 卡口“南门”每班要求 党员:1，但两人组里只有 0 人符合",
        ])
    }

    func testAShiftLongerThanTheDailyLimitCannotBeStaffed() {
        let long = Shift(name: "长班", start: ClockTime(parsing: "05:00")!, end: ClockTime(parsing: "24:00")!,
                         location: SourceLocation(file: "roster.toml", line: 12))
        let problems = RosterValidator(Roster(settings: RosterSettings(title: "t"), shifts: [long])).problems()
        XCTAssertEqual(problems.map(\.description), ["roster.toml:12: 班次“长班”长 19 小时，超过每天最多值班 12 小时 的规定，无法排人"])
    }

    func testProblemsAreWordedInEnglishWhenAsked() throws {
        var roster = try BundledExample.station.roster()
        roster.checkpoints[0].keepers = ["不存在的队"]
        roster.checkpoints[0].location = SourceLocation(file: "roster.toml", line: 30)
        roster.shifts.append(Shift(name: "长班", start: ClockTime(parsing: "05:00")!, end: ClockTime(parsing: "24:00")!,
                                   location: SourceLocation(file: "roster.toml", line: 12)))
        let found = RosterValidator(roster, language: .en).problems().map(\.description)
        XCTAssertTrue(found.contains("roster.toml:30: checkpoint “1号进站口” names a team “不存在的队” that does not exist"), "\(found)")
        XCTAssertTrue(found.contains("roster.toml:12: shift “长班” is 19 h long, more than the 12 h of duty a day allowed: "
                                     + "nobody can be put on it"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("卡口") || $0.contains("小时") }, "\(found)")
    }
}
