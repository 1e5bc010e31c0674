import XCTest
import ZhibanModel
@testable import ZhibanTUI

final class DayBoardScreenTests: XCTestCase {
    func testDayBoardAt100x30() {
        assertScreen(RootView.render(Fixture.state()), matches: "day-board-100x30")
    }

    func testDayBoardAt60x18() {
        assertScreen(RootView.render(Fixture.state(width: 60, height: 18)), matches: "day-board-60x18")
    }

    func testDayBoardInEnglish() {
        assertScreen(RootView.render(Fixture.state(language: .en)), matches: "day-board-en-100x30")
    }

    func testTooSmallWindowSaysSoAndRecovers() {
        let small = Fixture.state().after(.resize(width: 50, height: 12)).0
        assertScreen(RootView.render(small), matches: "too-small-50x12")
        let enlarged = small.after(.resize(width: 100, height: 30)).0
        XCTAssertEqual(RootView.render(enlarged), RootView.render(Fixture.state()))
    }

    func testPickListAt100x30() {
        let state = Fixture.state().pressing(.down, .down, .right, .right, .enter)
        assertScreen(RootView.render(state), matches: "pick-list-100x30")
        let english = Fixture.state(language: .en).pressing(.down, .down, .right, .right, .enter)
        assertScreen(RootView.render(english), matches: "pick-list-en-100x30")
    }

    func testHelpPageListsTheDayBoardKeys() {
        assertScreen(RootView.render(Fixture.state().pressing(.character("?"))), matches: "help-day-100x30")
    }

    func testEveryPlaceShowsItsStateWithASymbolAsWellAsAColour() {
        let screen = RootView.render(Fixture.state())
        let text = screen.text
        XCTAssertTrue(text.contains("王中理*^"), "leader and party member marked")
        XCTAssertTrue(text.contains("+赵刚*^"), "reserve call marked")
        XCTAssertTrue(text.contains("____"), "empty place marked")
        XCTAssertTrue(text.contains("= "), "pinned duty marked")
    }

    func testTheCursorPlaceIsReversedSoItShowsWithoutColour() {
        let screen = RootView.render(Fixture.state())
        let row = (0..<screen.height).first { screen.rowText($0).contains("王中理") }!
        let column = (0..<screen.width).first { screen[$0, row].character == "王" && !screen[$0, row].isContinuation }!
        XCTAssertTrue(screen[column, row].style.reverse)
        XCTAssertEqual(screen[column, row].style.role, .cursor)
    }

    func testHostileNamesAreShownSafely() {
        var roster = Fixture.roster
        roster.volunteers[0].name = "王\u{1B}]0;pwned\u{7}\u{202E}理"
        roster.duties[roster.duties.firstIndex { $0.people.contains("王中理") }!].people[0] = roster.volunteers[0].name
        let state = AppState(roster: roster, today: Fixture.day, language: .zh)
        let screen = RootView.render(state)
        for row in 0..<screen.height {
            for column in 0..<screen.width {
                let value = screen[column, row].character.unicodeScalars.first!.value
                XCTAssertFalse(value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x202E)
            }
        }
        XCTAssertTrue(screen.text.contains("王\u{FFFD}]0;pwned\u{FFFD}理"))
    }
}
