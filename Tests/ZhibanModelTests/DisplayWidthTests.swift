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

    /// Issue 10 item 8: joined emoji are measured as terminals that draw each scalar by its
    /// wcwidth place them, and shown to terminals as their parts, so the two always agree.
    func testJoinedEmojiAreMeasuredAndShownAsTheirParts() {
        let family = "👨\u{200D}👩\u{200D}👧"
        XCTAssertEqual(family.count, 1, "one grapheme")
        XCTAssertEqual(family.displayWidth, 6, "three wide emoji; the joiners take nothing")
        XCTAssertEqual(family.sanitizedForTerminal, "👨👩👧")
        XCTAssertEqual(family.sanitizedForTerminal.displayWidth, 6)
        XCTAssertEqual("👍🏻".displayWidth, 2, "a skin-tone modifier is left out")
        XCTAssertEqual("👍🏻".sanitizedForTerminal, "👍")
        XCTAssertEqual("❤\u{FE0F}".displayWidth, 1, "a variation selector is left out: the heart in text style")
        XCTAssertEqual("❤\u{FE0F}".sanitizedForTerminal, "❤")
        XCTAssertEqual("🇨🇳".displayWidth, 2, "a flag is two regional indicators of one column each")
        XCTAssertEqual("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}".displayWidth, 2, "tags take nothing")
        XCTAssertEqual("\u{1100}\u{1161}".displayWidth, 2, "a Hangul syllable in jamo")
        XCTAssertEqual((family + "王").truncated(toColumns: 5), "", "a joined emoji is never cut in half")
        XCTAssertEqual((family + "王").truncated(toColumns: 8), family + "王")
        XCTAssertEqual("王\u{200D}伟".sanitizedForDisplay, "王\u{200D}伟", "files and HTML keep the text as written")
        XCTAssertEqual("行\u{2028}段\u{2029}".sanitizedForDisplay, "行 段 ", "Unicode line separators are line breaks")
    }
}
