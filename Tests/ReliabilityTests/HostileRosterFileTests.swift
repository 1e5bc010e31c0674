import Foundation
import XCTest
import ZhibanModel
import ZhibanStorage

/// Roster files as other programs leave them: every problem still names the right line.
final class HostileRosterFileTests: XCTestCase {
    /// A roster.toml saved by Windows Notepad (CRLF) used to report every problem at line 1:
    /// `"\r\n"` is a single Character, so splitting the text on `"\n"` found no line ends.
    func testProblemsInACRLFRosterFileNameTheirOwnLines() throws {
        let text = ["title = \"t\"", "", "[rules]", "min_rest = \"8h\"", "bogus = 1", "", "[[shift]]", "name = \"白班\"",
                    "start = \"25:00\"", "end = \"20:00\"", ""].joined(separator: "\r\n")
        XCTAssertThrowsError(try RosterTOMLReader.roster(from: text, file: "roster.toml")) { error in
            XCTAssertEqual("\(error)", """
                roster.toml:5: 未知的键 bogus（拼写错误？）
                roster.toml:9: start 的时间“25:00”无效（应为 HH:MM，00:00–24:00）
                """)
        }
    }
}
