import XCTest
@testable import ZhibanModel

/// Trimming, list splitting and date parsing take shortcuts over bytes and scalars for speed;
/// these tests hold them to the plain `Character` definitions on the texts where the two could
/// part: combining marks after spaces and separators, canonically equal separators, line ends,
/// the byte-order mark, full-width and non-ASCII digits.
final class TextFastPathTests: XCTestCase {
    private let texts = [
        "", " ", "王伟", " 王伟", "王伟 ", "王伟\u{3000}", "\u{3000}王伟", "\u{FEFF}王伟", "王伟\u{FEFF}", "志愿者12", "x\u{00A0}",
        "a\u{301}", " \u{301}x", "x \u{301}", "\u{FEFF}\u{301}x", "\t\u{301}", "\r\n", "甲\r\n", "甲\n", "\u{0301}",
        "白班;夜班", "白班；夜班、早班", ";\u{301}a", "a;\u{301}", "a\u{37E}b", "é;e\u{301}", "豈;是", "甲 ; ；乙 、", "\u{1F468}\u{200D};x",
        "王\u{302A}", "\u{3000};\u{3000}", "１２;３",
        // Ends the byte shortcuts look at: control characters, no-break and other spaces, a
        // hexagram next to the Chinese characters, a combining mark after a full-width space.
        "\u{1C}王\u{1F}", "\u{85}王", "王\u{85}", "\u{2003}王\u{202F}", "王\u{4DC0}", "\u{4DC0}王", "王\u{3000}\u{301}",
        "甲;\u{3000}乙\u{3000}; \t丙\r\n", "；、;", "王\u{FF1B}李", "王\u{3001}\u{3000}", "\u{1F600};王", "é;王", "~", "王伟\u{7F}",
    ]

    func testTrimmingMatchesTheCharacterDefinition() {
        for text in texts {
            XCTAssertEqual(text.trimmingWhitespace(), reference(trimming: text), "“\(text.unicodeScalars.map { String($0.value, radix: 16) })”")
            XCTAssertEqual(text.dropFirst(0).trimmingWhitespace(), reference(trimming: text))
        }
    }

    func testListSplittingMatchesTheCharacterDefinition() {
        for text in texts {
            XCTAssertEqual(text.splitList(), reference(splitting: text), "“\(text.unicodeScalars.map { String($0.value, radix: 16) })”")
        }
    }

    func testDatesReadOnlyAsciiDigitsWithOneKindOfSeparator() {
        XCTAssertEqual(LocalDate(parsing: " 2022/4/7\u{3000}"), LocalDate(year: 2022, month: 4, day: 7))
        XCTAssertEqual(LocalDate(parsing: "2022-04-07"), LocalDate(year: 2022, month: 4, day: 7))
        XCTAssertEqual(LocalDate(parsing: "2022-4-07"), LocalDate(year: 2022, month: 4, day: 7))
        for text in ["20220-04-07", "2022-04-007", "2022--04", "-2022-04-07", "2022-04-07-", "99999999999999999999999-1-1", "2022-04-07 x",
                     "２０２２-04-07", "2022-4-7-1", "2022-04-0a", "2022/04-07", "22-04-07", "2022-004-07", "2022-04-", "2022-٤-07", ""] {
            XCTAssertNil(LocalDate(parsing: text), text)
        }
    }

    private func reference(trimming text: String) -> String {
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])
    }

    private func reference(splitting text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" }).map { reference(trimming: String($0)) }.filter { !$0.isEmpty }
    }
}
