import XCTest

/// Checks that text sent to a terminal cannot act on it.
enum TerminalSafety {
    /// The scalars of `text` a terminal would act on: C0 controls other than line feed, DEL, C1
    /// controls (so every ESC and 8-bit CSI), bidi overrides and isolates, and the Unicode line
    /// and paragraph separators (a line break no line-based reader expects).
    static func dangerousScalars(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029: return true
            default: return false
            }
        }
    }

    /// Fails when `text` holds anything a terminal would act on.
    static func assertSafe(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = dangerousScalars(in: text)
        XCTAssertEqual(found, [], "\(what) sends control characters to the terminal: \(text.debugDescription)", file: file, line: line)
    }
}
