import XCTest
@testable import ZhibanModel

/// Display widths are summed over scalars and the sanitizers give plain text back untouched, for
/// speed; these tests hold both to the plain definitions (characters measured one by one, every
/// scalar looked at) on texts at the edges of the shortcut: controls, bidi marks, joiners,
/// full-width forms, the byte-order mark, CJK combining marks, CR LF.
final class DisplayFastPathTests: XCTestCase {
    private let texts = [
        "", "王伟", "志愿者12", "Name  Team", "１２３ＡＢ", "「幸福里」、东门。", "王伟\u{202E}", "a\u{7F}b", "\u{85}x", "王\u{2028}伟",
        "\u{FEFF}王", "王\u{200D}伟", "\u{1F468}\u{200D}\u{1F469}", "e\u{301}", "王\u{302A}", "\r\n", "甲\t乙", "\u{FE0F}", "\u{1F44D}\u{1F3FB}",
        "\u{FF61}\u{FF9E}", "\u{3000}", "\u{303F}", "\u{061C}x", "가나", "\u{E000}",
    ]

    func testWidthIsTheCharactersWidthsAddedUp() {
        for text in texts {
            let reference = text.reduce(0) { $0 + DisplayWidth.of($1) }
            XCTAssertEqual(text.displayWidth, reference, "“\(text.unicodeScalars.map { String($0.value, radix: 16) })”")
            XCTAssertEqual(text.padded(toColumns: 6).displayWidth, 6)
        }
    }

    /// The width read from the UTF-8 bytes is the scalar's own for every scalar of one, two,
    /// three and four bytes (up to the third plane), alone and after a Chinese character.
    func testWidthFromTheBytesIsEveryScalarsOwn() {
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            XCTAssertEqual(text.displayWidth, DisplayWidth.of(scalar), "U+\(String(value, radix: 16))")
            XCTAssertEqual(("王" + text).displayWidth, 2 + DisplayWidth.of(scalar), "U+\(String(value, radix: 16))")
        }
        XCTAssertEqual(DisplayWidth.of("值班表𠀀".dropFirst()), 6, "a substring, a scalar of four bytes")
    }

    func testSanitizersLookAtEveryScalarWhereOneMatters() {
        for text in texts {
            let display = String(String.UnicodeScalarView(text.unicodeScalars.compactMap(reference(display:))))
            XCTAssertEqual(text.sanitizedForDisplay, display, "“\(text.unicodeScalars.map { String($0.value, radix: 16) })”")
            let terminal = String(String.UnicodeScalarView(display.unicodeScalars.filter { !DisplayWidth.isLeftOutInTerminal($0) }))
            XCTAssertEqual(text.sanitizedForTerminal, terminal, "“\(text.unicodeScalars.map { String($0.value, radix: 16) })”")
        }
    }

    private func reference(display scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return nil
        case 0x0A, 0x0D, 0x09, 0x2028, 0x2029: return " "
        case 0x01...0x1F, 0x7F...0x9F: return "\u{FFFD}"
        default: return scalar
        }
    }
}
