import XCTest
import ZhibanModel
import ZhibanPlanning

/// A rule between two duties (same time, rest, hours a day) is broken by both, so the checker
/// reports it on both, whatever their order in the files.
final class RuleBothSidesTests: XCTestCase {
    private typealias B = RosterBuilder

    /// 幸福里东门 and 幸福里南门, both kept by 幸福里值守组, with the given duties.
    private func roster(_ duties: [Duty]) -> Roster {
        B.roster(checkpoints: [B.gate("幸福里东门", people: 1, keepers: ["幸福里值守组"]),
                               B.gate("幸福里南门", people: 1, keepers: ["幸福里值守组"])],
                 volunteers: B.people("守", 4, team: "幸福里值守组"), duties: duties)
    }

    private func messages(_ duties: [Duty], _ kind: RuleViolation.Kind? = nil) -> [String] {
        B.breaks(roster(duties)).filter { kind == nil || $0.kind == kind }.map(\.message)
    }

    func testTwoGatesAtTheSameTimeAreFlaggedOnBothGatesInEitherFileOrder() {
        let east = B.duty("2022-04-08", "白班", "幸福里东门", ["守1"])
        let south = B.duty("2022-04-08", "白班", "幸福里南门", ["守1"])
        let expected = [
            "2022-04-08 白班 幸福里东门：守1 同一时间在 幸福里南门 白班",
            "2022-04-08 白班 幸福里南门：守1 同一时间在 幸福里东门 白班",
        ]
        XCTAssertEqual(messages([east, south], .doubleBooked), expected)
        XCTAssertEqual(messages([south, east], .doubleBooked), expected)
    }

    func testADayAndTheNightAfterItAreFlaggedOnBothShifts() {
        let day = B.duty("2022-04-08", "白班", "幸福里东门", ["守1"])
        let night = B.duty("2022-04-08", "夜班", "幸福里东门", ["守1"])
        let expected = [
            "2022-04-08 夜班 幸福里东门：守1 在 2022-04-08 幸福里东门 白班 之后只休息 0 小时（至少 8 小时）",
            "2022-04-08 白班 幸福里东门：守1 在 2022-04-08 幸福里东门 夜班 之前只休息 0 小时（至少 8 小时）",
            "2022-04-08 夜班 幸福里东门：守1 2022-04-08 共值班 16 小时（每天最多 12 小时）",
            "2022-04-08 白班 幸福里东门：守1 2022-04-08 共值班 16 小时（每天最多 12 小时）",
        ]
        XCTAssertEqual(Set(messages([day, night])), Set(expected))
        XCTAssertEqual(Set(messages([night, day])), Set(expected))
        XCTAssertEqual(messages([day, night]).count, 4)
    }

    func testEachDutyOfATooLongDayShowsTheDailyLimit() {
        let shifts = [B.shift("上午", "06:00", "12:00"), B.shift("下午", "14:00", "20:01")]
        var roster = B.roster(shifts: shifts,
                              checkpoints: [B.gate("幸福里东门", shifts: ["上午", "下午"], people: 1, keepers: ["组"])],
                              volunteers: B.people("守", 1, team: "组"),
                              duties: [B.duty("2022-04-08", "上午", "幸福里东门", ["守1"]), B.duty("2022-04-08", "下午", "幸福里东门", ["守1"])],
                              rules: RosterRules(minRestMinutes: 0, minRestAfterNightMinutes: 0))
        roster.sortDuties()
        let slots = B.breaks(roster).filter { $0.kind == .dailyHours }.map(\.slot.shift)
        XCTAssertEqual(Set(slots), ["上午", "下午"])
    }
}
