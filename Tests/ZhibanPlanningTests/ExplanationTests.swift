import XCTest
import ZhibanModel
import ZhibanPlanning

/// Every place left empty is explained by naming people and rules, briefly.
final class ExplanationTests: XCTestCase {
    private typealias B = RosterBuilder

    /// 2022-04-09 is a Saturday. 南门 needs 2 on 夜班; of its keepers 王伟 cannot serve Saturdays,
    /// 李强 came off 北门 at 14:00, and 张三 is free; the reserve 机动组 is at 东门 all night.
    func testACraftedImpossibleNightIsExplainedByPersonAndRule() {
        var volunteers = [Volunteer(name: "王伟", team: "南门组"), Volunteer(name: "李强", team: "南门组"),
                          Volunteer(name: "张三", team: "南门组")]
        volunteers[0].unavailable = [.weekday(.saturday)]
        volunteers += B.people("机动", 3, team: "机动组")
        let shifts = B.dayAndNight + [B.shift("中班", "06:00", "14:00")]
        let roster = B.roster(
            shifts: shifts,
            checkpoints: [B.gate("南门", shifts: ["夜班"], keepers: ["南门组"], reserve: "机动组"),
                          B.gate("北门", shifts: ["中班"], people: 1, keepers: ["南门组"]),
                          B.gate("东门", shifts: ["夜班"], people: 3, keepers: ["机动组"])],
            volunteers: volunteers,
            duties: [B.duty("2022-04-09", "中班", "北门", ["李强"], pinned: true),
                     B.duty("2022-04-09", "夜班", "东门", ["机动1", "机动2", "机动3"], pinned: true)])
        let day = B.date("2022-04-09")
        let result = Planner(roster).plan(PlanRequest(from: day, to: day, checkpoint: "南门"))
        XCTAssertEqual(result.roster.people("2022-04-09", "夜班", "南门"), ["张三"])
        XCTAssertEqual(result.unfilled.map(\.description), [
            "2022-04-09 夜班 南门：需要 2 人，已排 1 人 — 王伟 不能值 周六；李强 在 2022-04-09 北门 中班 之后只休息 6 小时（至少 8 小时）；机动组 全员同一时间在 东门 夜班",
        ])
        XCTAssertEqual(result.shortfalls.map(\.description),
                       ["2022-04-09 排不满：需要 2 人次，只排了 1 人次，空 1 个（不靠违反规则凑人）；当天不能值班：王伟"])
        XCTAssertEqual(B.breaks(result.roster), [])
    }

    func testAMissingPartyMemberIsNamedAndThePlaceKeptForOne() {
        let roster = B.roster(checkpoints: [B.gate("北门", shifts: ["白班"], requires: ["党员:1"], keepers: ["北门组"])],
                              volunteers: B.people("群众", 3, team: "北门组", party: false))
        let day = B.date("2022-04-01")
        let result = Planner(roster).plan(PlanRequest(from: day, to: day))
        XCTAssertEqual(result.roster.people("2022-04-01", "白班", "北门"), ["群众1"])
        XCTAssertEqual(result.unfilled.map(\.description),
                       ["2022-04-01 白班 北门：需要 2 人，已排 1 人（还缺 1 名党员） — 北门组 全员不是党员"])
        XCTAssertEqual(result.unfilled.map { $0.text(.en) },
                       ["2022-04-01 白班 北门: needs 2, has 1 (still short of 1 party member) — all of 北门组: not a party member"])
        XCTAssertEqual(B.breaks(result.roster), [])
    }

    func testLongListsAreCutToAFewNamesAndACount() {
        var volunteers = B.people("队员", 7, team: "大队")
        for index in 0..<5 { volunteers[index].unavailable = [.weekday(.friday)] }
        let roster = B.roster(checkpoints: [B.gate("北门", shifts: ["白班"], people: 1, keepers: ["大队"]),
                                            B.gate("南门", shifts: ["白班"], people: 2, keepers: ["大队"])],
                              volunteers: volunteers,
                              duties: [B.duty("2022-04-01", "白班", "南门", ["队员6", "队员7"], pinned: true)])
        let day = B.date("2022-04-01")
        let place = Planner(roster).plan(PlanRequest(from: day, to: day)).unfilled.first
        XCTAssertEqual(place?.reasons(), "队员1、队员2、队员3等 5 人 不能值 周五；队员6、队员7 同一时间在 南门 白班")
        XCTAssertEqual(place?.reasons(.en), "队员1, 队员2, 队员3 and 2 more cannot serve on Fridays; 队员6, 队员7 at 南门 白班 at the same time")
    }

    func testBeyondSixClausesTheRestAreCounted() {
        // Seven teams, each with one person away on 04-01 and one on another date.
        var volunteers: [Volunteer] = []
        var keepers: [String] = []
        for team in 1...8 {
            keepers.append("第\(team)组")
            var away = Volunteer(name: "甲\(team)", team: "第\(team)组")
            away.unavailable = [.date(B.date("2022-04-01"))]
            var weekday = Volunteer(name: "乙\(team)", team: "第\(team)组")
            weekday.unavailable = [.weekday(.friday)]
            volunteers += [away, weekday]
        }
        let roster = B.roster(checkpoints: [B.gate("北门", shifts: ["白班"], people: 1, keepers: keepers)], volunteers: volunteers)
        let day = B.date("2022-04-01")
        let place = Planner(roster).plan(PlanRequest(from: day, to: day)).unfilled.first
        XCTAssertEqual(place?.reasons(), "第1组 全员不能值班；第2组 全员不能值班；第3组 全员不能值班；第4组 全员不能值班；第5组 全员不能值班；第6组 全员不能值班；另有 4 人也排不上")
        XCTAssertTrue(place?.reasons(.en).hasPrefix("all of 第1组: unavailable; all of 第2组: unavailable;") == true)
        XCTAssertTrue(place?.reasons(.en).hasSuffix("; 4 more cannot take it either") == true)
    }

    func testManyPeopleWithOneReasonAreListedAsAFewAndACount() {
        var volunteers = B.people("队员", 5, team: "大队")
        for index in volunteers.indices { volunteers[index].unavailable = [.weekday(.friday)] }
        volunteers.append(Volunteer(name: "机动1", team: "机动组"))
        let roster = B.roster(checkpoints: [B.gate("北门", shifts: ["白班"], people: 2, keepers: ["大队", "机动组"])],
                              volunteers: volunteers,
                              duties: [B.duty("2022-04-01", "白班", "北门", ["机动1"], pinned: false)])
        let day = B.date("2022-04-01")
        let result = Planner(roster).plan(PlanRequest(from: day, to: day))
        XCTAssertEqual(result.unfilled.first?.reasons(), "大队 全员不能值 周五")
        var split = roster
        split.volunteers[4].unavailable = [.date(day)]
        split.volunteers[3].unavailable = [.date(day)]
        XCTAssertEqual(Planner(split).plan(PlanRequest(from: day, to: day)).unfilled.first?.reasons(),
                       "大队 全员不能值班")
        split.volunteers[4].unavailable = []
        split.volunteers[3].unavailable = []
        split.duties.append(B.duty("2022-04-01", "夜班", "北门", ["队员4", "队员5"], pinned: true))
        split.checkpoints[0].shifts = ["白班", "夜班"]
        let long = Planner(split).plan(PlanRequest(from: day, to: day, checkpoint: "北门")).unfilled.first
        XCTAssertEqual(long?.reasons(), "队员1、队员2、队员3 不能值 周五；队员4、队员5 2022-04-01 共值班 16 小时（每天最多 12 小时）")
        XCTAssertEqual(long?.reasons(.en), "队员1, 队员2, 队员3 cannot serve on Fridays; 队员4, 队员5 16 h on duty on 2022-04-01 (at most 12 h a day)")
    }

    func testCheckExplainsTheRosterAsItIs() {
        let roster = B.roster(checkpoints: [B.gate("北门", shifts: ["白班"], keepers: ["北门组"])],
                              volunteers: B.people("北", 3, team: "北门组"),
                              duties: [B.duty("2022-04-01", "白班", "北门", ["北1"])])
        let places = Planner(roster).unfilledPlaces()
        XCTAssertEqual(places.map(\.description), ["2022-04-01 白班 北门：需要 2 人，已排 1 人 — 北门组 全员有空"])
        XCTAssertEqual(Planner(roster).plan(PlanRequest(from: B.date("2022-04-01"), to: B.date("2022-04-01"))).unfilled, [])
    }
}
