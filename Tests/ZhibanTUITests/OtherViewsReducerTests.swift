import XCTest
import ZhibanModel
import ZhibanPlanning
@testable import ZhibanTUI

/// The period grid, the problems list, the stats, the re-plan and the print preview.
final class OtherViewsReducerTests: XCTestCase {
    private let start = Fixture.state()

    func testPeriodGridMovesTheDateSidewaysAndEnterOpensTheDay() {
        let period = start.after(.show(.period)).0
        XCTAssertEqual(period.after(.moveRight).0.date, Fixture.nextDay)
        let opened = period.after(.moveDown, .moveRight, .openDay).0
        XCTAssertEqual(opened.view, .day)
        XCTAssertEqual(opened.date, Fixture.nextDay)
        XCTAssertEqual(opened.day.cursor.row, 1, "on the checkpoint of the row")
    }

    func testPeriodGridScrollsToKeepTheDateInView() {
        let narrow = Fixture.state(width: 60, height: 18).after(.show(.period)).0
        let late = narrow.after(.openCommandLine).0.typing("goto 4-28").after(.submit, .show(.period)).0
        XCTAssertGreaterThan(late.period.columnScroll, 0)
        XCTAssertTrue(RootView.render(late).text.contains("28"))
        XCTAssertEqual(late.after(.openCommandLine).0.typing("goto 4-1").after(.submit, .show(.period)).0.period.columnScroll, 0)
    }

    func testPeriodGridByPersonOpensTheirPlace() {
        let people = start.after(.show(.period), .togglePeriodRows, .moveDown).0
        XCTAssertEqual(people.period.rows, .people)
        let opened = people.after(.openDay).0
        XCTAssertEqual(opened.day.cursor, BoardCursor(row: 0, column: 0, place: 1), "李强's first place that day")
        XCTAssertEqual(people.after(.togglePeriodRows).0.period.rows, .checkpoints)
    }

    func testProblemsListBreaksAndGapsWithReasonsAndJumpsToTheSlot() {
        let problems = start.after(.show(.problems)).0
        let entries = problems.problems.list!.value.entries
        // 李强's day and night shift each show the rest and the day's hours, as does 刘芳芳's next morning.
        XCTAssertEqual(entries.filter(\.isBreak).map(\.title.zh),
                       ["休息不足", "每日时长超限", "休息不足", "休息不足", "每日时长超限", "每日时长超限", "非值守队伍", "休息不足", "每日时长超限"])
        XCTAssertTrue(entries.contains { !$0.isBreak && $0.text(.zh).hasPrefix("需要 1 人，已排 0 人") })
        let rest = entries.firstIndex { $0.title.zh == "休息不足" }!
        var state = problems
        for _ in 0..<rest { state = state.after(.moveDown).0 }
        let opened = state.after(.openDay).0
        XCTAssertEqual(opened.view, .day)
        XCTAssertEqual(opened.placeUnderCursor, PlaceMark(slot: Slot(date: Fixture.day, shift: "白班", checkpoint: "天瑞城市花园南门"), place: 1))
    }

    func testProblemsFollowEditsAndTheBoardMarksTheBreaks() {
        XCTAssertTrue(RootView.render(start).text.contains("!李强*"))
        let fixed = start.after(.moveDown, .moveRight, .moveRight, .unassign, .show(.problems)).0
        XCTAssertFalse(fixed.problems.list!.value.entries.contains { $0.title.zh == "非值守队伍" })
    }

    func testStatsCountHoursAndSwitchPanes() {
        let stats = start.after(.show(.stats)).0
        let figures = stats.stats.figures!.value
        XCTAssertEqual(figures.people.first { $0.name == "李强" }?.minutes, 36 * 60)
        XCTAssertEqual(stats.stats.rowCount, 11)
        let teams = stats.after(.nextPane).0
        XCTAssertEqual(teams.stats.pane, .teams)
        XCTAssertEqual(teams.stats.rowCount, 4 + 2 + 4)
        XCTAssertEqual(teams.after(.last).0.stats.cursor.row, 9)
        let english = StatsView.rows(figures, pane: .teams, language: .en).lines.prefix(figures.teams.count)
        for (line, team) in zip(english, figures.teams) {
            XCTAssertTrue(line.figures.hasSuffix(team.nightsSpread == 1 ? "/ 1 night" : "/ \(team.nightsSpread) nights"), line.figures)
        }
        XCTAssertTrue(figures.teams.contains { $0.nightsSpread == 1 }, "the fixture has a spread of one night")
    }

    func testReplanShowsAPreviewThatEnterAppliesAsOneUndoableStep() {
        let form = start.after(.replan).0
        guard case .form(let replan) = form.mode, let model = replan.model as? ReplanForm, model.shown == Fixture.day, model.today == Fixture.day else {
            return XCTFail("no form")
        }
        XCTAssertEqual(replan.values, ["2022-04-07", "2022-04-07", "", "否"])
        let preview = form.after(.submit).0
        guard case .replanPreview(let changes) = preview.mode else { return XCTFail("no preview") }
        XCTAssertTrue(changes.lines.contains("新增 2022-04-07 白班 2号进站口：徐A强"))
        XCTAssertEqual(preview.roster, Fixture.roster, "nothing changes before Enter")
        let applied = preview.after(.submit).0
        XCTAssertEqual(applied.roster.duty(at: Slot(date: Fixture.day, shift: "白班", checkpoint: "2号进站口"))?.people, ["徐A强"])
        XCTAssertEqual(applied.message?.text, "重新排班 2022-04-07–2022-04-07")
        XCTAssertEqual(applied.after(.undo).0.roster, Fixture.roster)
        XCTAssertEqual(preview.after(.cancel).0.roster, Fixture.roster)
    }

    func testRotateCommandPreviewsARangeAndChecksIt() {
        guard case .replanPreview(let preview) = start.after(.openCommandLine).0.typing("rotate 4-7 4-8").after(.submit).0.mode else {
            return XCTFail("no preview")
        }
        XCTAssertEqual(preview.request.to, Fixture.nextDay)
        XCTAssertEqual(start.after(.openCommandLine).0.typing("rotate 4-8 4-7").after(.submit).0.message?.zh(), "不能早于开始日期")
        guard case .form = start.after(.openCommandLine).0.typing("rotate").after(.submit).0.mode else { return XCTFail("no form") }
    }

    func testAReplanThatChangesNothingSaysSo() {
        let planned = start.after(.replan, .submit, .submit).0
        XCTAssertEqual(planned.after(.replan, .submit).0.message?.text, "重新排班不会改变任何值班")
    }

    func testPrintPreviewWritesAFileOrPrints() {
        let preview = start.after(.printPreview).0
        guard case .printPreview(let print) = preview.mode else { return XCTFail("no preview") }
        XCTAssertTrue(print.contents.contains("2022年4月7日 星期四"))
        XCTAssertEqual(print.path, "print/2022-04-07-date.txt")
        XCTAssertEqual(preview.after(.writeToFile).1, [.writeFile(path: "print/2022-04-07-date.txt", contents: print.contents, holdsPhones: true)])
        XCTAssertEqual(preview.after(.sendToPrinter).1, [.sendToPrinter(contents: print.contents)])
        guard case .normal = preview.after(.cancel).0.mode else { return XCTFail("preview stayed") }
        guard case .printPreview(let people) = start.after(.show(.people), .printPreview).0.mode else { return XCTFail() }
        XCTAssertEqual(people.path, "print/2022-04-07_2022-04-08-person.txt")
    }

    func testPickListExplainsWhoWouldBreakARuleAndPutsThoseWhoWouldNotFirst() {
        let saturday = LocalDate(year: 2022, month: 4, day: 9)!
        let state = start.after(.openCommandLine).0.typing("goto 2022-04-09").after(.submit, .assign).0
        guard case .pickList(let list) = state.mode else { return XCTFail("no pick list") }
        let names = list.candidates.prefix(4).map { state.roster.volunteers[$0].name }
        XCTAssertEqual(names.last, "张伟", "the keeper who cannot serve on Saturdays comes last among keepers")
        let check = CandidateCheck(roster: state.roster, slot: Slot(date: saturday, shift: "白班", checkpoint: "天瑞城市花园南门"))
        XCTAssertEqual(check.problems(placing: state.roster.volunteer(named: "张伟")!).map(\.zh), ["不能值 周六"])
        XCTAssertEqual(check.problems(placing: state.roster.volunteer(named: "赵刚")!), [])
        XCTAssertEqual(check.problems(placing: state.roster.volunteer(named: "周杰")!).map(\.zh), ["非值守队伍"])
        XCTAssertTrue(RootView.render(state).text.contains("!不能值 周六"))
    }
}

extension StatusMessage {
    /// The message's text (the state under test speaks Chinese).
    func zh() -> String { text }
}
