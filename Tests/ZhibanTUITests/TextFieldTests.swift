import XCTest
@testable import ZhibanTUI

final class TextFieldTests: XCTestCase {
    func testBackspaceRemovesAWholeCharacterAndTheCursorCountsDisplayColumns() {
        var field = TextField("王中理")
        XCTAssertEqual(field.cursorColumn, 6)
        field.apply(.deleteBackward)
        XCTAssertEqual(field.text, "王中")
        XCTAssertEqual(field.cursorColumn, 4)
        field.apply(.insert("👍🏽"))
        field.apply(.deleteBackward)
        XCTAssertEqual(field.text, "王中")
    }

    func testCursorMovesByCharacterAndInsertsInTheMiddle() {
        var field = TextField("王理")
        field.apply(.left)
        field.apply(.insert("中"))
        XCTAssertEqual(field.text, "王中理")
        XCTAssertEqual(field.cursorColumn, 4)
        field.apply(.home)
        XCTAssertEqual(field.cursorColumn, 0)
        field.apply(.deleteForward)
        XCTAssertEqual(field.text, "中理")
        field.apply(.end)
        field.apply(.right)
        XCTAssertEqual(field.cursor, 2)
        field.apply(.home)
        field.apply(.left)
        field.apply(.deleteBackward)
        XCTAssertEqual(field.text, "中理")
        field.apply(.clear)
        XCTAssertTrue(field.isEmpty)
    }

    func testPastedTextIsOneSafeLine() {
        var field = TextField()
        field.apply(.insert("王伟\n\u{1B}[2J李强"))
        XCTAssertEqual(field.text, "王伟 \u{FFFD}[2J李强")
    }

    func testVisiblePartScrollsToKeepTheCursorInView() {
        let field = TextField("一二三四五六")
        let shown = field.visible(in: 7)
        XCTAssertEqual(shown.text, "四五六")
        XCTAssertEqual(shown.cursorColumn, 6)
        var start = field
        start.apply(.home)
        XCTAssertEqual(start.visible(in: 7).text, "一二三")
        XCTAssertEqual(start.visible(in: 7).cursorColumn, 0)
    }
}
