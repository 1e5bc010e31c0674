import Foundation
import XCTest

/// Issue 10 item 6 in the interface: a volunteer named with 10,000 characters (which the files
/// accept) is shown, cut to its column, in the people table, the pick list and the statistics
/// without the interface hanging (each view within the usual wait; it takes a fraction of a second).
final class InterfaceLongNameTests: InterfaceTestCase {
    func testATenThousandCharacterNameIsShownInEveryViewWithoutHanging() throws {
        let volunteers = roster.appendingPathComponent("volunteers.csv")
        let text = try String(contentsOf: volunteers, encoding: .utf8)
        let long = String(repeating: "长", count: 10_000)
        try text.replacingOccurrences(of: "严杰,", with: "\(long),").write(to: volunteers, atomically: true, encoding: .utf8)
        let tui = try open()
        for (key, shown) in [("3", "长长长长"), ("7", "统计"), ("1", "1号进站口")] {
            try tui.press(key)
            try tui.waitFor(shown, timeout: 10)
        }
        try tui.press("Enter")
        try tui.waitFor("选人", timeout: 10)
        try tui.type("长长")
        try tui.waitFor("1 人", timeout: 10)
        try tui.press("Escape")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
    }
}
