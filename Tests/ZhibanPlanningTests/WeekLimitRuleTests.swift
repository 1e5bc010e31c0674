import XCTest
import ZhibanModel
import ZhibanPlanning

/// The limits over several days in `[rules]`: the planner never breaks them, `check` reports
/// each break on the duty where it happens (in both languages), and an empty place names them.
final class WeekLimitRuleTests: XCTestCase {
    private let week = PlanRequest(from: RosterBuilder.date("2022-04-04"), to: RosterBuilder.date("2022-04-17"))

    /// One person for one place a day at one gate: only the rule keeps them off some days.
    private func lonely(_ shift: String, _ rules: RosterRules) -> Roster {
        RosterBuilder.roster(checkpoints: [RosterBuilder.gate("东门", shifts: [shift], people: 1, keepers: ["东门组"])],
                             volunteers: RosterBuilder.people("王", 1, team: "东门组"), rules: rules)
    }

    private func dutyDays(_ roster: Roster) -> [Int] { roster.duties.filter { !$0.people.isEmpty }.map(\.date.dayNumber) }

    func testThePlannerNeverWorksSomeoneMoreDaysInARowThanAllowed() {
        let result = Planner(lonely("白班", RosterRules(maxDaysInARow: 3))).plan(week)
        XCTAssertEqual(RosterBuilder.breaks(result.roster).map(\.description), [])
        XCTAssertLessThanOrEqual(longestRun(dutyDays(result.roster)), 3)
        XCTAssertGreaterThan(result.emptyPlaces, 0)
        let reasons = result.unfilled.map(\.description).joined(separator: "\n")
        // 04-07 would join 04-04…06 and 04-08…10 into seven days.
        XCTAssertTrue(reasons.contains("王1 连续值班 7 天（最多 3 天）"), reasons)
        XCTAssertTrue(result.unfilled[0].text(.en).contains("7 days on duty in a row (at most 3)"), result.unfilled[0].text(.en))
    }

    func testThePlannerKeepsDaysOffNightsInARowAndHoursInAWeek() {
        for (rules, check) in [
            (RosterRules(minDaysOffPerWeek: 2), { (days: [Int]) in self.mostInSevenDays(days) <= 5 }),
            (RosterRules(maxMinutesPerWeek: 60 * 60), { (days: [Int]) in self.mostInSevenDays(days) <= 5 }),
        ] {
            let result = Planner(lonely("白班", rules)).plan(week)
            XCTAssertEqual(RosterBuilder.breaks(result.roster).map(\.description), [], "\(rules)")
            XCTAssertTrue(check(dutyDays(result.roster)), "\(rules): \(dutyDays(result.roster))")
            XCTAssertEqual(dutyDays(result.roster).count, 10, "\(rules): five in each week, as many as allowed")
        }
        let nights = Planner(lonely("夜班", RosterRules(maxNightsInARow: 2))).plan(week)
        XCTAssertEqual(RosterBuilder.breaks(nights.roster).map(\.description), [])
        XCTAssertLessThanOrEqual(longestRun(dutyDays(nights.roster)), 2)
    }

    func testCheckReportsEachBreakWhereItHappens() {
        let days = (4...11).map { String(format: "2022-04-%02d", $0) }
        var roster = lonely("白班", RosterRules(maxDaysInARow: 6, minDaysOffPerWeek: 1, maxMinutesPerWeek: 72 * 60))
        roster.duties = days.map { RosterBuilder.duty($0, "白班", "东门", ["王1"]) }
        let breaks = RosterBuilder.breaks(roster)
        XCTAssertEqual(breaks.filter { $0.kind == .daysInARow }.map(\.message),
                       ["2022-04-10 白班 东门：王1 连续值班 7 天（最多 6 天）", "2022-04-11 白班 东门：王1 连续值班 8 天（最多 6 天）"])
        XCTAssertEqual(breaks.filter { $0.kind == .daysOff }.map(\.slot.date.description), ["2022-04-10", "2022-04-11"])
        XCTAssertEqual(breaks.first { $0.kind == .weeklyHours }?.detail.en, "王1 84 h on duty in the 7 days from 2022-04-04 (at most 72 h)")
        XCTAssertEqual(RuleViolation.Kind.daysOff.title.en, "too few days off")
        roster.settings.rules = .standard
        XCTAssertEqual(RosterBuilder.breaks(roster).map(\.message), [], "unset limits are no limits")
    }

    private func longestRun(_ days: [Int]) -> Int {
        let set = Set(days)
        return set.map { day in
            var length = 1
            while set.contains(day + length) { length += 1 }
            return length
        }.max() ?? 0
    }

    private func mostInSevenDays(_ days: [Int]) -> Int {
        days.map { first in days.filter { (first...(first + 6)).contains($0) }.count }.max() ?? 0
    }
}
