import XCTest
import ZhibanModel
import ZhibanTUI

/// Issue 6, "hostile text" in the terminal interface: the day board, the pick list of people,
/// the help, a search typed with control characters and the status line after an edit all
/// show hostile names without a single control character, in the screen and in the runs the
/// terminal edge draws, and no row grows past the screen's width.
final class HostileTextScreenTests: XCTestCase {
    /// Renders `state` and checks the screen and every run drawn from it; returns the screen's text.
    @discardableResult
    private func assertSafe(_ state: AppState, _ what: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let screen = RootView.render(state)
        TerminalSafety.assertSafe(screen.text, what, file: file, line: line)
        for run in screen.changes(since: nil) {
            TerminalSafety.assertSafe(run.text, "\(what), run at \(run.x),\(run.y)", file: file, line: line)
        }
        for row in 0..<screen.height {
            XCTAssertLessThanOrEqual(screen.rowText(row).displayWidth, screen.width, "\(what): row \(row) is too wide", file: file, line: line)
        }
        return screen.text
    }

    /// Presses keys one after the other.
    private func pressing(_ state: AppState, _ keys: [Key]) -> AppState {
        keys.reduce(state) { $0.reduce(key: $1).0 }
    }

    func testEveryScreenShowsHostileNamesSafely() {
        for (width, height) in [(100, 30), (60, 18)] {
            let board = AppState(roster: HostileRoster.roster, today: HostileRoster.day, language: .zh, width: width, height: height)
            let shown = assertSafe(board, "day board \(width)×\(height)")
            XCTAssertTrue(shown.contains("南门") && shown.contains("=HYP"), "the hostile names are on the board:\n\(shown)")
            assertSafe(pressing(board, [.character("l")]), "next day \(width)×\(height)")
            let pickList = assertSafe(pressing(board, [.enter]), "pick list \(width)×\(height)")
            XCTAssertTrue(pickList.contains("张三<scri"), "the hostile names are in the pick list:\n\(pickList)")
            assertSafe(pressing(board, [.enter, .enter]), "status line after assigning \(width)×\(height)")
            assertSafe(pressing(board, [.character("?")]), "help \(width)×\(height)")
            let typed = "\u{1B}]0;x\u{07}\u{202E}王\u{9B}".map { Key.character($0) }
            assertSafe(pressing(board, [.character("/")] + typed), "search typed with control characters \(width)×\(height)")
            assertSafe(pressing(board, [.character(":")] + typed + [.enter]), "command line with control characters \(width)×\(height)")
        }
        let english = AppState(roster: HostileRoster.roster, today: HostileRoster.day, language: .en)
        assertSafe(english, "day board in English")
    }

    /// Issue 10 item 8: a name holding emoji joined with U+200D (a family), a skin-tone modifier,
    /// a variation selector or a flag was drawn by the terminal wider than zhiban had counted, so
    /// the rest of the row moved right and a piece of one person's name showed in another's
    /// place. Every run the terminal edge draws now takes, by the terminal's own measure
    /// (`wcwidth`), exactly the columns the screen gave it, on every view that shows names.
    func testJoinedEmojiTakeTheColumnsTheTerminalGivesThem() {
        var roster = HostileRoster.roster
        let names = ["👨\u{200D}👩\u{200D}👧王", "👍🏻李", "❤\u{FE0F}张", "🇨🇳赵", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}钱"]
        roster.volunteers = names.enumerated().map { index, name in
            Volunteer(name: name, phone: "1390000000\(index)", team: roster.teams[0].name)
        }
        roster.duties = roster.duties.enumerated().map { index, duty in
            Duty(date: duty.date, shift: duty.shift, checkpoint: duty.checkpoint, people: [names[index], names[(index + 3) % names.count]])
        }
        let board = AppState(roster: roster, today: HostileRoster.day, language: .zh, width: 100, height: 30)
        for (what, state) in [("day board", board), ("pick list", pressing(board, [.enter])), ("people", pressing(board, [.character("3")])),
                              ("overview", pressing(board, [.character("2")])), ("stats", pressing(board, [.character("7")]))] {
            let screen = RootView.render(state)
            if ["day board", "pick list", "people"].contains(what) {
                XCTAssertTrue(screen.text.contains("👨👩👧王"), "\(what) shows the family as its parts:\n\(screen.text)")
            }
            let runs = screen.changes(since: nil)
            for row in 0..<screen.height {
                let onRow = runs.filter { $0.y == row }
                for (index, run) in onRow.enumerated() {
                    let end = index + 1 < onRow.count ? onRow[index + 1].x : screen.width
                    XCTAssertEqual(run.x + TerminalColumns.of(run.text), end,
                                   "\(what) row \(row): the terminal draws \(run.text.debugDescription) past its place")
                }
            }
        }
    }
}
