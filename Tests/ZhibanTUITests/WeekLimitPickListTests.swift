import XCTest
import ZhibanModel
import ZhibanPlanning
@testable import ZhibanTUI

/// The limits over several days (days in a row, days off in 7, hours a week) in the pick list,
/// the question before placing and the board's marks: found on the station roster, where the
/// pick list of a seventh day offered four people with no mark who had stood the six before it.
final class WeekLimitPickListTests: XCTestCase {
    private func day(_ number: Int) -> LocalDate { LocalDate(year: 2022, month: 4, day: number)! }

    /// One gate, one 9½-hour shift, at most 6 days in a row; 甲 stands on `days`, 乙 never; the
    /// board shows the empty place of `date`.
    private func state(甲 days: [Int], showing date: Int) -> AppState {
        let shift = Shift(name: "早班", start: ClockTime(hour: 5, minute: 0)!, end: ClockTime(hour: 14, minute: 30)!)
        let gate = Checkpoint(name: "1号进站口", compound: "青岛站", openFrom: ClockTime(hour: 5, minute: 0)!,
                              openUntil: ClockTime(hour: 14, minute: 30)!, shifts: ["早班"], peoplePerShift: 1, keepers: ["突击队"])
        let rules = RosterRules(maxDaysInARow: 6, minDaysOffPerWeek: 1, maxMinutesPerWeek: 3600)
        var roster = Roster(settings: RosterSettings(title: "青岛站", rules: rules), shifts: [shift], checkpoints: [gate],
                            teams: [Team(name: "突击队", kind: "突击队")],
                            volunteers: [Volunteer(name: "甲", team: "突击队"), Volunteer(name: "乙", team: "突击队")],
                            duties: days.map { Duty(date: day($0), shift: "早班", checkpoint: "1号进站口", people: ["甲"]) }
                                + [Duty(date: day(date), shift: "早班", checkpoint: "1号进站口", people: [])])
        roster.sortDuties()
        return AppState(roster: roster, today: day(date), language: .zh)
    }

    func testAPersonWhoStoodTheSixDaysBeforeIsMarkedInTheSeventhDaysPickListAndListedLast() {
        let picking = state(甲: Array(1...6), showing: 7).after(.assign).0
        let text = RootView.render(picking).text
        XCTAssertTrue(text.contains("!连续值班 7 天（最多 6 天）"), text)
        let slot = Slot(date: day(7), shift: "早班", checkpoint: "1号进站口")
        let broken = CandidateCheck(roster: picking.roster, slot: slot).broken(placing: Volunteer(name: "甲", team: "突击队"))
        XCTAssertEqual(broken.map(\.rule.zh), ["连续值班过多", "休息日不足", "每周时长超限"])
        XCTAssertEqual(broken.map(\.detail.zh), ["连续值班 7 天（最多 6 天）", "2022-04-01 起 7 天只休 0 天（至少 1 天）",
                                                 "2022-04-01 起 7 天共值班 66 小时 30 分（最多 60 小时）"])
        guard case .pickList(let list) = picking.mode else { return XCTFail("no pick list") }
        XCTAssertEqual(list.candidates.map { picking.roster.volunteers[$0].name }, ["乙", "甲"], "the free one first")
    }

    func testFillingTheGapInsideARunIsMarkedThoughTheRunEndsLater() {
        let picking = state(甲: [1, 2, 3, 5, 6, 7], showing: 4).after(.assign).0
        let text = RootView.render(picking).text
        XCTAssertTrue(text.contains("!连续值班 7 天（最多 6 天）"), text)
    }

    func testAPersonWithDaysOffAroundTheDateIsNotMarked() {
        let picking = state(甲: [1, 2, 3, 5, 6], showing: 7).after(.assign).0
        let line = RootView.render(picking).text.split(separator: "\n").first { $0.contains("甲") && $0.contains("突击队") } ?? ""
        XCTAssertFalse(line.contains("!"), String(line))
    }

    func testPlacingAnywayAsksFirstNamingTheRuleAndTheBoardMarksTheCell() {
        let asked = state(甲: Array(1...6), showing: 7).after(.assign).0.typing("甲").after(.submit).0
        guard case .confirm = asked.mode else { return XCTFail("placing 甲 did not ask first") }
        XCTAssertTrue(RootView.render(asked).text.contains("连续值班过多"), RootView.render(asked).text)
        let placed = asked.after(.answer(.yes)).0
        let row = RootView.render(placed).text.split(separator: "\n").first { $0.contains("1号进站口") } ?? ""
        XCTAssertTrue(row.contains("!=甲"), String(row))
    }
}
