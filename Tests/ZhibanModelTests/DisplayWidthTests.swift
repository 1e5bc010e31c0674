import XCTest
@testable import ZhibanModel

final class DisplayWidthTests: XCTestCase {
    func testChineseTakesTwoColumnsAndLatinOne() {
        XCTAssertEqual("王中理".displayWidth, 6)
        XCTAssertEqual("李Anna".displayWidth, 6)
        XCTAssertEqual("南门 A".displayWidth, 6)
        XCTAssertEqual("ｱ".displayWidth, 1, "half-width katakana is narrow")
        XCTAssertEqual("Ａ".displayWidth, 2, "full-width Latin is wide")
        XCTAssertEqual("e\u{301}".displayWidth, 1, "a combining accent takes no column")
        XCTAssertEqual("👍".displayWidth, 2)
        XCTAssertEqual("𠀀".displayWidth, 2, "CJK extension B")
    }

    func testTruncationNeverCutsAWideCharacterInHalf() {
        XCTAssertEqual("王中理".truncated(toColumns: 5), "王中")
        XCTAssertEqual("王中理".truncated(toColumns: 5, ellipsis: "…"), "王中…")
        XCTAssertEqual("王中理".truncated(toColumns: 6), "王中理")
        XCTAssertEqual("abc王".truncated(toColumns: 4), "abc")
        XCTAssertEqual("王".padded(toColumns: 5), "王   ")
        XCTAssertEqual("王".padded(toColumns: 5, alignRight: true), "   王")
        XCTAssertEqual("王中理".padded(toColumns: 3).displayWidth, 3)
    }

    func testSanitizingRemovesEverythingATerminalWouldActOn() {
        let hostile = "王\u{1B}]0;pwned\u{07}伟\u{1B}[2J\u{202E}abc\u{0}\n"
        let clean = hostile.sanitizedForDisplay
        XCTAssertFalse(clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        XCTAssertFalse(clean.unicodeScalars.contains { $0.value == 0x202E })
        XCTAssertTrue(clean.hasPrefix("王\u{FFFD}]0;pwned\u{FFFD}伟"))
        XCTAssertEqual("正常的名字".sanitizedForDisplay, "正常的名字")
    }
}
