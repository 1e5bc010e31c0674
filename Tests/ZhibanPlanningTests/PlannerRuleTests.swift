import XCTest
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// The planner keeps each hard rule at its boundary, and says plainly when a day cannot be covered.
final class PlannerRuleTests: XCTestCase {
    private typealias B = RosterBuilder

    /// 甲 alone keeps 北门 (shift `planned`) and 南门 (shift `pinned`), and is pinned on 南门 on 04-01;
    /// the planner is asked for 北门 on `plannedDate`.
    private func plan(pinned: Shift, planned: Shift, plannedDate: String, rules: RosterRules = .standard) -> PlanResult {
        let roster = B.roster(
            shifts: [pinned, planned],
            checkpoints: [B.gate("北门", shifts: [planned.name], people: 1, keepers: ["值守组"]),
                          B.gate("南门", shifts: [pinned.name], people: 1, keepers: ["值守组"])],
            volunteers: [Volunteer(name: "甲", team: "值守组")],
            duties: [B.duty("2022-04-01", pinned.name, "南门", ["甲"], pinned: true)], rules: rules)
        let request = PlanRequest(from: B.date(plannedDate), to: B.date(plannedDate), checkpoint: "北门")
        let result = Planner(roster).plan(request)
        XCTAssertEqual(B.breaks(result.roster), [])
        return result
    }

    func testRestOfSevenHoursFiftyNineMinutesIsNeverPlanned() {
        let refused = plan(pinned: B.shift("晚", "16:00", "24:00"), planned: B.shift("早", "07:59", "12:00"), plannedDate: "2022-04-02")
        XCTAssertEqual(refused.roster.people("2022-04-02", "早", "北门"), [])
        XCTAssertEqual(refused.unfilled.map(\.description),
                       ["2022-04-02 早 北门：需要 1 人，已排 0 人 — 甲 在 2022-04-01 南门 晚 之后只休息 7 小时 59 分（至少 8 小时）"])
        let allowed = plan(pinned: B.shift("晚", "16:00", "24:00"), planned: B.shift("早", "08:00", "12:00"), plannedDate: "2022-04-02")
        XCTAssertEqual(allowed.roster.people("2022-04-02", "早", "北门"), ["甲"])
        XCTAssertEqual(allowed.unfilled, [])
    }

    func testTwelveHoursOfRestFollowANightShift() {
        let night = B.shift("夜班", "20:00", "08:00")
        let refused = plan(pinned: night, planned: B.shift("晚", "19:59", "23:00"), plannedDate: "2022-04-02")
        XCTAssertEqual(refused.roster.people("2022-04-02", "晚", "北门"), [])
        XCTAssertEqual(refused.unfilled.first?.reasons(), "甲 在 2022-04-01 南门 夜班 之后只休息 11 小时 59 分（至少 12 小时）")
        XCTAssertEqual(refused.unfilled.first?.reasons(.en), "甲 only 11 h 59 min of rest after 2022-04-01 南门 夜班 (at least 12 h)")
        let allowed = plan(pinned: night, planned: B.shift("晚", "20:00", "24:00"), plannedDate: "2022-04-02")
        XCTAssertEqual(allowed.roster.people("2022-04-02", "晚", "北门"), ["甲"], "8 h of the night plus 4 h is exactly 12 h that day")
    }

    func testRestIsAlsoKeptBeforeAPinnedDutyLaterInTime() {
        let refused = plan(pinned: B.shift("早", "08:00", "12:00"), planned: B.shift("凌晨", "00:01", "00:02"), plannedDate: "2022-04-01")
        XCTAssertEqual(refused.unfilled.first?.reasons(), "甲 在 2022-04-01 南门 早 之前只休息 7 小时 58 分（至少 12 小时）")
    }

    func testNoMoreThanTwelveHoursADayArePlanned() {
        let noRest = RosterRules(minRestMinutes: 0, minRestAfterNightMinutes: 0)
        let refused = plan(pinned: B.shift("上午", "06:00", "12:00"), planned: B.shift("下午", "14:00", "20:01"),
                           plannedDate: "2022-04-01", rules: noRest)
        XCTAssertEqual(refused.unfilled.first?.reasons(), "甲 2022-04-01 共值班 12 小时 1 分（每天最多 12 小时）")
        let allowed = plan(pinned: B.shift("上午", "06:00", "12:00"), planned: B.shift("下午", "14:00", "20:00"),
                           plannedDate: "2022-04-01", rules: noRest)
        XCTAssertEqual(allowed.roster.people("2022-04-01", "下午", "北门"), ["甲"])
    }

    func testNobodyIsPlannedOnAShiftTheyCannotServe() {
        var roster = B.roster(checkpoints: [B.gate("北门", people: 1, keepers: ["值守组"])],
                              volunteers: B.people("队员", 4, team: "值守组"))
        roster.volunteers[0].unavailable = [.nightShifts]
        roster.volunteers[1].unavailable = [.weekday(.saturday)]
        roster.volunteers[2].unavailable = [.date(B.date("2022-04-03"))]
        let result = Planner(roster).plan(PlanRequest(from: B.date("2022-04-01"), to: B.date("2022-04-10")))
        XCTAssertEqual(B.breaks(result.roster), [])
        XCTAssertEqual(result.emptyPlaces, 0)
        XCTAssertFalse(result.roster.duties.contains { $0.shift == "夜班" && $0.people.contains("队员1") })
    }

    func testTheStationWithSomeoneAwaySaysPlainlyThatTheDayCannotBeCovered() throws {
        // 董秀宇 cannot serve 04-04 and 04-05; 孔东 cannot serve Tuesdays (04-05).
        let roster = try BundledExample.station.roster()
        let result = Planner(roster).plan(PlanRequest(from: B.date("2022-04-03"), to: B.date("2022-04-05")))
        XCTAssertEqual(B.breaks(result.roster), [])
        XCTAssertEqual(result.unfilled.map(\.slot.date.description), ["2022-04-04", "2022-04-05", "2022-04-05"])
        XCTAssertEqual(result.shortfalls.map(\.description), [
            "2022-04-04 排不满：需要 12 人次，只排了 11 人次，空 1 个（不靠违反规则凑人）；当天不能值班：董秀宇",
            "2022-04-05 排不满：需要 12 人次，只排了 10 人次，空 2 个（不靠违反规则凑人）；当天不能值班：孔东、董秀宇",
        ])
        let everyone = Set(roster.volunteers.map(\.name))
        for date in ["2022-04-04", "2022-04-05"] {
            let onDuty = result.roster.duties.filter { $0.date.description == date }.flatMap(\.people)
            XCTAssertEqual(onDuty.count, Set(onDuty).count, "nobody doubled up on \(date)")
            XCTAssertEqual(everyone.subtracting(onDuty).count, date == "2022-04-04" ? 1 : 2)
        }
    }
}
