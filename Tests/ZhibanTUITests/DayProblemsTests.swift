import XCTest
import ZhibanModel
import ZhibanPlanning
@testable import ZhibanTUI

/// The day board's marks come from the planner's rule checker run on the cells on screen only;
/// they must be exactly what a check of the whole roster says about those cells.
final class DayProblemsTests: XCTestCase {
    private func fullCheck(_ roster: Roster, on date: LocalDate, at checkpoints: Set<String>) -> [Slot: Set<String>] {
        var expected: [Slot: Set<String>] = [:]
        for violation in RuleChecker(roster).violations()
        where violation.isBreak && violation.slot.date == date && checkpoints.contains(violation.slot.checkpoint) {
            expected[violation.slot, default: []].insert(violation.detail.zh)
        }
        return expected
    }

    private func windowCheck(_ roster: Roster, on date: LocalDate, at checkpoints: Set<String>) -> [Slot: Set<String>] {
        var directory = VolunteerDirectory()
        directory.update(for: roster.volunteers)
        let problems = DayProblems.of(roster, on: date, checkpoints: checkpoints, directory: directory, language: .zh)
        var found: [Slot: Set<String>] = [:]
        for checkpoint in roster.checkpoints {
            for shift in roster.shifts {
                let slot = Slot(date: date, shift: shift.name, checkpoint: checkpoint.name)
                let texts = Set(problems.problems(at: slot).map(\.text))
                if !texts.isEmpty { found[slot] = texts }
            }
        }
        return found
    }

    func testTheWindowFindsWhatTheWholeCheckFindsForEveryDayAndSubset() {
        let roster = Fixture.roster
        let names = roster.checkpoints.map(\.name)
        let subsets: [Set<String>] = [Set(names), [names[1]], [names[0], names[2]], []]
        for date in [Fixture.day.adding(days: -1), Fixture.day, Fixture.nextDay] {
            for subset in subsets {
                XCTAssertEqual(windowCheck(roster, on: date, at: subset), fullCheck(roster, on: date, at: subset), "\(date) \(subset)")
            }
        }
        XCTAssertFalse(windowCheck(roster, on: Fixture.day, at: [names[1]]).isEmpty, "the fixture does break rules there")
    }

    func testAPlannedExampleMonthHasTheSameMarksEitherWay() throws {
        var roster = Fixture.roster
        let april = PlanRequest(from: LocalDate(year: 2022, month: 4, day: 1)!, to: LocalDate(year: 2022, month: 4, day: 10)!)
        roster = Planner(roster).plan(april).roster
        // Hand edits that break rules: the same person on consecutive day and night shifts.
        roster = roster.placing("陈明", at: Slot(date: LocalDate(year: 2022, month: 4, day: 3)!, shift: "夜班", checkpoint: "天瑞城市花园南门"), place: 0)
        let all = Set(roster.checkpoints.map(\.name))
        for date in april.dates {
            XCTAssertEqual(windowCheck(roster, on: date, at: all), fullCheck(roster, on: date, at: all), "\(date)")
        }
    }
}
