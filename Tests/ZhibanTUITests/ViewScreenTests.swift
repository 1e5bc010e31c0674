import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// Every view and overlay rendered into the cell grid and compared with `Screens/*.txt`
/// (record them with `ZHIBAN_RECORD=1`, see Docs/tui.md).
final class ViewScreenTests: XCTestCase {
    private func screen(_ actions: Action..., width: Int = 100, height: Int = 30, language: Language = .zh) -> Screen {
        var state = Fixture.state(width: width, height: height, language: language)
        for action in actions { state = ZhibanTUI.reduce(state, action).0 }
        return RootView.render(state)
    }

    func testPeriodGridByCheckpoint() {
        assertScreen(screen(.show(.period)), matches: "period-100x30")
        assertScreen(screen(.show(.period), width: 60, height: 18), matches: "period-60x18")
    }

    func testPeriodGridByPerson() {
        assertScreen(screen(.show(.period), .togglePeriodRows), matches: "period-people-100x30")
    }

    func testPeopleTable() {
        assertScreen(screen(.show(.people)), matches: "people-100x30")
        assertScreen(screen(.show(.people), width: 60, height: 18), matches: "people-60x18")
    }

    func testPeopleTableScrolledRightSortedAndFiltered() {
        assertScreen(screen(.show(.people), .moveRight, .moveRight, .sortNext, .sortNext, .openFilter, .text(.insert("南门")), .submit,
                            width: 60, height: 18),
                     matches: "people-filtered-60x18")
    }

    func testTeamsTable() {
        assertScreen(screen(.show(.teams)), matches: "teams-100x30")
    }

    func testEnglishColumnHeadingsAreNeverCut() {
        let headings = { (screen: Screen) in screen.rowText(2) }
        let people = headings(screen(.show(.people), language: .en))
        XCTAssertTrue(people.contains("Party "), people)
        let teams = headings(screen(.show(.teams), language: .en))
        XCTAssertTrue(teams.contains("Members"), teams)
        let shifts = headings(screen(.show(.checkpoints), .nextPane, language: .en))
        XCTAssertTrue(shifts.contains("Night ") && shifts.contains("Posts"), shifts)
    }

    func testCheckpointsAndShiftsPanes() {
        assertScreen(screen(.show(.checkpoints)), matches: "checkpoints-100x30")
        assertScreen(screen(.show(.checkpoints), .nextPane), matches: "shifts-100x30")
    }

    func testProblemsList() {
        assertScreen(screen(.show(.problems)), matches: "problems-100x30")
        assertScreen(screen(.show(.problems), width: 60, height: 18), matches: "problems-60x18")
        assertScreen(screen(.show(.problems), language: .en), matches: "problems-en-100x30")
    }

    /// A date of two-digit month and day (12月17日 周六) is shown whole, weekday included; the
    /// column was as wide as 4月7日 周四 and cut the weekday off.
    func testProblemsShowLongDatesWhole() {
        var roster = Fixture.roster
        roster.duties = roster.duties.map { duty in
            var duty = duty
            duty.date = duty.date.adding(days: 254)  // 2022-04-07 → 2022-12-17
            return duty
        }
        var state = AppState(roster: roster, today: Fixture.day.adding(days: 254), language: .zh, readOnly: false, width: 100, height: 30)
        state = ZhibanTUI.reduce(state, .show(.problems)).0
        let lines = RootView.render(state).text.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.contains("!12月17日 周六 白班") }, lines.joined(separator: "\n"))
    }

    func testStatsPanes() {
        assertScreen(screen(.show(.stats)), matches: "stats-people-100x30")
        assertScreen(screen(.show(.stats), .nextPane), matches: "stats-teams-100x30")
    }

    func testVolunteerFormWithAProblemShownInPlace() {
        assertScreen(screen(.show(.people), .add, .text(.insert("李强")), .nextField, .text(.insert("12ab"))),
                     matches: "form-volunteer-100x30")
    }

    func testReplanPreview() {
        assertScreen(screen(.replan, .nextField, .text(.clear), .text(.insert("2022-04-08")), .submit),
                     matches: "replan-preview-100x30")
        assertScreen(screen(.replan, .nextField, .text(.clear), .text(.insert("2022-04-08")), .submit, language: .en),
                     matches: "replan-preview-en-100x30")
    }

    func testPrintPreview() {
        assertScreen(screen(.printPreview), matches: "print-preview-100x30")
    }

    func testDeleteQuestion() {
        assertScreen(screen(.show(.people), .moveDown, .delete), matches: "delete-question-100x30")
    }
}
