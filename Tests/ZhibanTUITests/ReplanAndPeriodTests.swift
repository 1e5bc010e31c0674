import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// The re-plan preview (what stays empty first, every scrolling key the help names, start
/// fresh) and the period grid's defaults (today, not the 1st; 7, 14 or 31 days).
final class ReplanAndPeriodTests: XCTestCase {
    private let start = Fixture.state()

    private func preview(_ state: AppState) -> ReplanPreview? {
        if case .replanPreview(let preview) = state.mode { return preview }
        return nil
    }

    func testThePreviewPutsTheSummaryAndWhatStaysEmptyBeforeTheChanges() throws {
        let shown = try XCTUnwrap(preview(start.after(.show(.period), .replan, .submit).0))
        XCTAssertTrue(shown.lines[0].hasPrefix("新增 "), shown.lines[0])
        let empty = try XCTUnwrap(shown.lines.firstIndex(of: "仍空缺："))
        let changes = try XCTUnwrap(shown.lines.firstIndex(of: "改动："))
        XCTAssertLessThan(empty, changes)
        XCTAssertEqual(empty, 2)
    }

    func testGAndEndScrollThePreviewToTheBottomAndGAndHomeBackToTheTop() throws {
        let opened = Fixture.state(width: 60, height: 18).after(.show(.period), .replan, .submit).0
        let bottom = try XCTUnwrap(preview(opened.pressing(.character("G"))))
        XCTAssertGreaterThan(bottom.scroll, 0)
        XCTAssertEqual(try XCTUnwrap(preview(opened.pressing(.end))).scroll, bottom.scroll)
        XCTAssertEqual(try XCTUnwrap(preview(opened.pressing(.end, .character("g")))).scroll, 0)
        XCTAssertEqual(try XCTUnwrap(preview(opened.pressing(.end, .home))).scroll, 0)
        let lastLine = RootView.render(opened.pressing(.end)).text.components(separatedBy: "\n")[14]
        XCTAssertFalse(lastLine.trimmingCharacters(in: .whitespaces).isEmpty, "the last page is full")
    }

    func testALongPreviewLineWrapsInsteadOfLosingItsEnd() throws {
        let opened = Fixture.state(width: 60, height: 60).after(.show(.period), .replan, .submit).0
        let shown = try XCTUnwrap(preview(opened))
        let long = try XCTUnwrap(shown.lines.first { $0.displayWidth > 58 })
        XCTAssertGreaterThan(PreviewView.wrapped([long], width: 60).count, 1)
        let screen = RootView.render(opened).text
        XCTAssertTrue(screen.contains(String(long.suffix(4))), "the end of “\(long)” is on screen:\n\(screen)")
    }

    func testReplanAndPrintInThePeriodViewStartToday() {
        let period = start.after(.show(.period)).0
        guard case .form(let form) = period.after(.replan).0.mode else { return XCTFail("no form") }
        XCTAssertEqual(Array(form.values.prefix(2)), ["2022-04-07", "2022-04-30"], "not from the 1st: past days are asked for")
        guard case .printPreview(let print) = period.after(.printPreview).0.mode else { return XCTFail("no preview") }
        XCTAssertEqual(print.path, "print/2022-04-07_2022-04-30-checkpoint.txt")
    }

    func testThePeriodShowsSevenFourteenOrThirtyOneDaysFromTheCursorDate() {
        let period = start.after(.show(.period), .moveRight).0  // 4月8日
        let week = period.pressing(.character("d"))
        XCTAssertEqual(week.periodRange, Fixture.nextDay...Fixture.nextDay.adding(days: 6))
        XCTAssertTrue(RootView.render(week).text.contains("4月8日 起 7 天"))
        XCTAssertEqual(week.pressing(.character("d")).periodRange.upperBound, Fixture.nextDay.adding(days: 13))
        XCTAssertEqual(week.pressing(.character("d"), .character("d")).periodRange.upperBound, Fixture.nextDay.adding(days: 30))
        XCTAssertEqual(week.pressing(.character("d"), .character("d"), .character("d")).periodRange, PeriodState().range(around: week.date))
        // Moving past the last day moves the days along.
        var moved = week
        for _ in 0..<7 { moved = moved.pressing(.right) }
        XCTAssertEqual(moved.periodRange, Fixture.nextDay.adding(days: 1)...Fixture.nextDay.adding(days: 7))
        guard case .form(let form) = week.after(.replan).0.mode else { return XCTFail("no form") }
        XCTAssertEqual(Array(form.values.prefix(2)), ["2022-04-08", "2022-04-14"])
    }

    func testTheReplanFormReadsShortDatesAsTheCommandLineDoes() throws {
        let form = start.after(.replan).0.pressing(.tab).typing("+1").pressing(.enter)
        XCTAssertEqual(try XCTUnwrap(preview(form)).request.to, Fixture.nextDay)
        let short = start.after(.replan).0.typing("4-8").pressing(.tab).typing("4月9日").pressing(.enter)
        XCTAssertEqual(try XCTUnwrap(preview(short)).request.from, Fixture.nextDay)
        XCTAssertEqual(try XCTUnwrap(preview(short)).request.to, Fixture.nextDay.adding(days: 1))
    }

    func testTheReplanFormOffersStartingFreshAsTheCommandLineDoes() throws {
        let form = start.after(.replan).0
        let fresh = form.pressing(.tab, .tab, .tab).typing("是").pressing(.enter)
        XCTAssertEqual(try XCTUnwrap(preview(fresh)).request.fresh, true)
        XCTAssertEqual(try XCTUnwrap(preview(form.pressing(.enter))).request.fresh, false)
        guard case .form(let bad) = form.pressing(.tab, .tab, .tab).typing("也许").pressing(.enter).mode else { return XCTFail() }
        XCTAssertEqual(bad.errors[3]?.zh, "填 是 或 否")
    }
}
