import XCTest
import ZhibanModel
@testable import ZhibanTUI

final class ScreenTests: XCTestCase {
    func testWideCharactersTakeTwoCellsAndTheSecondIsAContinuation() {
        var screen = Screen(width: 10, height: 1)
        let used = screen.write("王a", x: 0, y: 0)
        XCTAssertEqual(used, 3)
        XCTAssertEqual(screen[0, 0].character, "王")
        XCTAssertTrue(screen[1, 0].isContinuation)
        XCTAssertEqual(screen[2, 0].character, "a")
        XCTAssertEqual(screen.text, "王a")
    }

    func testAWideCharacterCutByTheRightEdgeBecomesASpace() {
        var screen = Screen(width: 5, height: 1)
        screen.write("abcd王", x: 0, y: 0)
        XCTAssertEqual(screen[4, 0].character, " ")
        XCTAssertFalse(screen[4, 0].isContinuation)
        XCTAssertEqual(screen.rowText(0), "abcd")
    }

    func testAWideCharacterCutByMaxWidthBecomesASpaceAndLeavesTheRestAlone() {
        var screen = Screen(width: 8, height: 1)
        screen.write("xxxxxxxx", x: 0, y: 0)
        let used = screen.write("王中理", x: 1, y: 0, maxWidth: 5)
        XCTAssertEqual(used, 5)
        XCTAssertEqual(screen.text, "x王中 xx")
    }

    func testOverwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.write("王中理", x: 0, y: 0)
        screen.write("a", x: 1, y: 0)  // right half of 王
        XCTAssertEqual(screen.text, " a中理")
        screen.write("b", x: 2, y: 0)  // left half of 中
        XCTAssertEqual(screen.text, " ab 理")
        XCTAssertFalse(screen[3, 0].isContinuation)
    }

    func testControlCharactersAndEscapesNeverReachTheGrid() {
        var screen = Screen(width: 30, height: 1)
        screen.write("王\u{1B}[31m红\u{7}\u{202E}x\u{0}y", x: 0, y: 0)
        XCTAssertEqual(screen.text, "王\u{FFFD}[31m红\u{FFFD}xy")
        for column in 0..<30 {
            let scalar = screen[column, 0].character.unicodeScalars.first!.value
            XCTAssertFalse(scalar < 0x20 || scalar == 0x1B || scalar == 0x202E, "column \(column)")
        }
    }

    func testTextStopsAtTheScreenEdgeAndOffscreenWritesAreIgnored() {
        var screen = Screen(width: 4, height: 2)
        XCTAssertEqual(screen.write("abcdef", x: 2, y: 1), 2)
        XCTAssertEqual(screen.write("zz", x: 0, y: 5), 0)
        XCTAssertEqual(screen.write("zz", x: 9, y: 0), 0)
        XCTAssertEqual(screen.text, "\n  ab")
    }

    func testWriteInRectPadsAndAlignsByDisplayWidth() {
        var screen = Screen(width: 12, height: 2)
        screen.write("王伟", in: Rect(x: 0, y: 0, width: 6, height: 1), style: CellStyle(.header))
        screen.write("12", in: Rect(x: 6, y: 0, width: 6, height: 1), alignRight: true)
        screen.write("王中理abc", in: Rect(x: 0, y: 1, width: 5, height: 1))
        XCTAssertEqual(screen.rowText(0), "王伟      12")
        XCTAssertEqual(screen[5, 0].style, CellStyle(.header))
        XCTAssertEqual(screen.rowText(1), "王中")
    }

    func testFillAndRestyleKeepToTheScreen() {
        var screen = Screen(width: 4, height: 3)
        screen.fill(Rect(x: 2, y: 1, width: 10, height: 10), with: "#", style: CellStyle(.muted))
        screen.restyle(Rect(x: -1, y: 2, width: 3, height: 1)) { $0.reverse = true }
        XCTAssertEqual(screen.text, "\n  ##\n  ##")
        XCTAssertTrue(screen[0, 2].style.reverse)
        XCTAssertTrue(screen[1, 2].style.reverse)
        XCTAssertFalse(screen[2, 2].style.reverse)
        XCTAssertEqual(screen[3, 2].style.role, .muted)
    }

    func testFillWithAWideCharacterFillsSpaces() {
        var screen = Screen(width: 3, height: 1)
        screen.fill(screen.bounds, with: "王")
        XCTAssertEqual(screen[0, 0].character, " ")
    }

    func testChangesWithoutAPreviousFrameDrawEveryRow() {
        var screen = Screen(width: 3, height: 2)
        screen.write("ab", x: 0, y: 0, style: CellStyle(.header))
        let runs = screen.changes(since: nil)
        XCTAssertEqual(runs, [
            ScreenRun(x: 0, y: 0, text: "ab", style: CellStyle(.header)),
            ScreenRun(x: 2, y: 0, text: " ", style: .plain),
            ScreenRun(x: 0, y: 1, text: "   ", style: .plain),
        ])
    }

    func testChangesCoverOnlyChangedCellsAndWholeWideCharacters() {
        var before = Screen(width: 10, height: 2)
        before.write("王伟 李强", x: 0, y: 0)
        var after = before
        after.write("刚", x: 7, y: 0)  // replaces 强
        XCTAssertEqual(after.changes(since: before), [ScreenRun(x: 7, y: 0, text: "刚", style: .plain)])
        var shifted = before
        shifted.write("x", x: 1, y: 0)  // breaks 王 in half: the run starts at its left half
        XCTAssertEqual(shifted.changes(since: before), [ScreenRun(x: 0, y: 0, text: " x", style: .plain)])
        XCTAssertEqual(before.changes(since: before), [])
    }

    func testChangesSplitByStyleAndRedrawEverythingAfterAResize() {
        let before = Screen(width: 4, height: 1)
        var after = before
        after.write("ab", x: 0, y: 0, style: CellStyle(.problem, bold: true))
        after.write("c", x: 2, y: 0)
        XCTAssertEqual(after.changes(since: before), [
            ScreenRun(x: 0, y: 0, text: "ab", style: CellStyle(.problem, bold: true)),
            ScreenRun(x: 2, y: 0, text: "c", style: .plain),
        ])
        XCTAssertEqual(after.changes(since: Screen(width: 5, height: 1)).count, 2)
    }

    func testApplyingTheChangesToThePreviousFrameGivesTheNewFrame() {
        var before = Screen(width: 12, height: 3)
        before.write("卡口 白班 夜班", x: 0, y: 0)
        before.write("王伟* 李强", x: 1, y: 1, style: CellStyle(.empty))
        var after = before
        after.write("a王", x: 3, y: 1, style: CellStyle(.cursor, reverse: true))
        after.write("中理", x: 10, y: 2)
        var replayed = before
        for run in after.changes(since: before) { replayed.write(run.text, x: run.x, y: run.y, style: run.style) }
        XCTAssertEqual(replayed, after)
    }

    /// Issue 10 item 8: a joined emoji is drawn as its parts, in the columns the terminal gives
    /// them; a cluster of several spacing letters (Hangul jamo L L V here, four columns) is
    /// drawn scalar by scalar, as the terminal advances over it.
    func testJoinedEmojiAndWideClustersTakeTheirPartsColumns() {
        var screen = Screen(width: 12, height: 2)
        XCTAssertEqual(screen.write("👨\u{200D}👩\u{200D}👧x", x: 0, y: 0), 7)
        XCTAssertEqual(screen.rowText(0), "👨👩👧x")
        XCTAssertEqual(screen.write("\u{1100}\u{1100}\u{1161}x", x: 0, y: 1), 5)
        XCTAssertEqual(screen.rowText(1), "\u{1100}\u{1100}x")
        XCTAssertTrue(screen[4, 1].character == "x")
    }
}
