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
}
