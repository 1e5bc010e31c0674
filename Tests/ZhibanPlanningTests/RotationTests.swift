import XCTest
import ZhibanModel
import ZhibanPlanning

/// Each rotation pattern puts the right people or teams on the right shifts.
final class RotationTests: XCTestCase {
    private typealias B = RosterBuilder
    private let firstWeek = PlanRequest(from: RosterBuilder.date("2022-04-01"), to: RosterBuilder.date("2022-04-06"))

    /// The team of each person on a slot.
    private func teams(on slot: (String, String, String), in roster: Roster) -> [String] {
        let byName = roster.volunteersByName
        return roster.people(slot.0, slot.1, slot.2).map { byName[$0]!.team }
    }

    func testTeamsTakeTurnsByDay() {
        let roster = B.roster(
            checkpoints: [B.gate("物资点", shifts: ["白班"], keepers: ["一队", "二队"])],
            volunteers: B.people("甲", 4, team: "一队") + B.people("乙", 4, team: "二队"),
            rotations: [RotationPattern(kind: .teams, checkpoint: "物资点", teams: ["一队", "二队"])])
        let result = Planner(roster).plan(firstWeek)
        XCTAssertEqual(B.breaks(result.roster), [])
        let days = ["01", "02", "03", "04"].map { teams(on: ("2022-04-\($0)", "白班", "物资点"), in: result.roster) }
        XCTAssertEqual(days, [["一队", "一队"], ["二队", "二队"], ["一队", "一队"], ["二队", "二队"]])
    }

    func testStartAndOffsetMoveTheTurn() {
        let roster = B.roster(
            checkpoints: [B.gate("物资点", shifts: ["白班"], keepers: ["一队", "二队", "三队"])],
            volunteers: B.people("甲", 2, team: "一队") + B.people("乙", 2, team: "二队") + B.people("丙", 2, team: "三队"),
            rotations: [RotationPattern(kind: .teams, checkpoint: "物资点", teams: ["一队", "二队", "三队"],
                                        start: B.date("2022-03-31"), offset: 1)])
        let result = Planner(roster).plan(firstWeek)
        XCTAssertEqual(teams(on: ("2022-04-01", "白班", "物资点"), in: result.roster), ["三队", "三队"],
                       "04-01 is turn 1 from 03-31, plus offset 1")
    }

    func testThreeTeamsOnThreeShiftsMoveOneStepADay() {
        let shifts = [B.shift("夜班", "00:00", "08:00"), B.shift("早班", "08:00", "16:00"), B.shift("中班", "16:00", "24:00")]
        let roster = B.roster(
            shifts: shifts,
            checkpoints: [B.gate("南门", shifts: ["夜班", "早班", "中班"], keepers: ["组织部", "财政局", "下坝社区"])],
            volunteers: B.people("组", 6, team: "组织部") + B.people("财", 6, team: "财政局") + B.people("坝", 6, team: "下坝社区"),
            rotations: [RotationPattern(kind: .teams, checkpoint: "南门", teams: ["组织部", "财政局", "下坝社区"], step: .shift)])
        let result = Planner(roster).plan(firstWeek)
        XCTAssertEqual(B.breaks(result.roster), [])
        XCTAssertEqual(result.emptyPlaces, 0)
        let layout = ["01", "02", "03"].map { day in
            ["夜班", "早班", "中班"].map { teams(on: ("2022-04-\(day)", $0, "南门"), in: result.roster)[0] }
        }
        XCTAssertEqual(layout, [["组织部", "财政局", "下坝社区"], ["财政局", "下坝社区", "组织部"], ["下坝社区", "组织部", "财政局"]])
    }

    func testMembersTakeTurnsWithDayAndNightLayersApart() {
        let roster = B.roster(
            checkpoints: [B.gate("北门", keepers: ["北门组"])],
            volunteers: B.people("北", 8, team: "北门组"),
            rotations: [RotationPattern(kind: .members, checkpoint: "北门", teams: ["北门组"])])
        let result = Planner(roster).plan(firstWeek)
        XCTAssertEqual(B.breaks(result.roster), [])
        let layout = ["01", "02", "03"].map { day in
            ["白班", "夜班"].map { result.roster.people("2022-04-\(day)", $0, "北门").joined(separator: "+") }
        }
        XCTAssertEqual(layout, [["北1+北2", "北5+北6"], ["北3+北4", "北7+北8"], ["北5+北6", "北1+北2"]],
                       "the night layer starts half the team later, so each person alternates days and nights")
    }

    func testMembersTakingTurnsShiftByShiftFormOneQueue() {
        let roster = B.roster(
            checkpoints: [B.gate("北门", people: 1, keepers: ["北门组"])],
            volunteers: B.people("北", 5, team: "北门组"),
            rotations: [RotationPattern(kind: .members, checkpoint: "北门", teams: ["北门组"], step: .shift, offset: 2)])
        let result = Planner(roster).plan(firstWeek)
        let queue = ["01", "02", "03"].flatMap { day in ["白班", "夜班"].flatMap { result.roster.people("2022-04-\(day)", $0, "北门") } }
        XCTAssertEqual(queue, ["北3", "北4", "北5", "北1", "北2", "北3"])
    }

    func testPlacesTakeTurnsStaffedByTheTeamResponsible() {
        let compounds = ["云飞雅苑", "藍天花园", "泛海城市广场"]
        let teams = zip(["第一党小组", "第二党小组", "第三党小组"], compounds).map { Team(name: $0, kind: "党小组", compounds: [$1]) }
        let roster = B.roster(
            checkpoints: [B.gate("团购点", shifts: ["白班"], keepers: teams.map(\.name))],
            volunteers: B.people("一", 3, team: "第一党小组") + B.people("二", 3, team: "第二党小组") + B.people("三", 3, team: "第三党小组"),
            teams: teams,
            rotations: [RotationPattern(kind: .places, checkpoint: "团购点", compounds: compounds)])
        let result = Planner(roster).plan(firstWeek)
        let visits = ["01", "02", "03", "04"].map { self.teams(on: ("2022-04-\($0)", "白班", "团购点"), in: result.roster)[0] }
        XCTAssertEqual(visits, ["第一党小组", "第二党小组", "第三党小组", "第一党小组"])
    }

    func testWhenTheTeamOnTurnIsShortTheKeepersThenTheReserveFillIn() {
        var volunteers = B.people("甲", 1, team: "一队") + B.people("乙", 3, team: "二队") + B.people("机", 2, team: "机动组")
        volunteers[0].unavailable = [.date(B.date("2022-04-01"))]
        let roster = B.roster(
            checkpoints: [B.gate("物资点", shifts: ["白班"], people: 2, keepers: ["一队", "二队"], reserve: "机动组")],
            volunteers: volunteers,
            rotations: [RotationPattern(kind: .teams, checkpoint: "物资点", teams: ["一队", "二队"])])
        let result = Planner(roster).plan(PlanRequest(from: B.date("2022-04-01"), to: B.date("2022-04-01")))
        XCTAssertEqual(teams(on: ("2022-04-01", "白班", "物资点"), in: result.roster), ["二队", "二队"])
    }

    func testARotationThatCannotWorkIsReportedAndTheRestIsAutoFilled() {
        var pattern = RotationPattern(kind: .members, teams: ["北门组"])
        pattern.location = SourceLocation(file: "roster.toml", line: 30)
        let roster = B.roster(checkpoints: [B.gate("北门", keepers: ["北门组"])], volunteers: B.people("北", 8, team: "北门组"),
                              rotations: [pattern, RotationPattern(kind: .teams, checkpoint: "北门", teams: ["综合组"])])
        let result = Planner(roster).plan(firstWeek)
        XCTAssertEqual(result.warnings.map(\.zh), [
            "roster.toml:30: 轮换（members）：没有指定卡口（checkpoint）",
            "轮换（teams）：没有叫 综合组 的队伍",
            "轮换（teams）：综合组 不是 北门 的值守队伍或后备队伍，不能排在那里",
        ])
        XCTAssertEqual(result.emptyPlaces, 0)
        XCTAssertEqual(B.breaks(result.roster), [])
    }
}
