import Foundation
import XCTest

/// Everyday work in the real interface, in tmux: pasting from a spreadsheet or a chat, and the
/// date the interface calls today.
final class EverydayInterfaceTests: InterfaceTestCase {
    func testAPasteIntoTheNewVolunteerFormFillsItsFieldsAndNeverRunsAsKeys() throws {
        let tui = try open()
        try tui.press("3", "a")
        try tui.waitFor("新增志愿者")
        try tui.paste("赵六\n13812345678")
        let form = try tui.waitFor("13812345678")
        XCTAssertTrue(form.contains("新增志愿者"), "the form is still open:\n\(form)")
        XCTAssertFalse(form.contains("[已修改]"), "nothing was submitted:\n\(form)")
        try tui.press("Enter")
        try tui.waitFor("新增志愿者 赵六")
        try tui.command("wq")
        XCTAssertEqual(try tui.exitStatus(), 0)
        let volunteers = try file("volunteers.csv")
        XCTAssertTrue(volunteers.contains("赵六,13812345678,"), volunteers)
    }

    func testASpreadsheetRowPastedIntoTheFormFillsOneFieldPerCell() throws {
        let tui = try open()
        try tui.press("3", "a")
        try tui.waitFor("新增志愿者")
        try tui.paste("钱七\t13900001111\t是")
        try tui.waitFor("13900001111")
        try tui.press("Enter")
        try tui.waitFor("新增志愿者 钱七")
        try tui.command("wq")
        XCTAssertEqual(try tui.exitStatus(), 0)
        let volunteers = try file("volunteers.csv")
        XCTAssertTrue(volunteers.contains("钱七,13900001111,是,"), volunteers)
    }

    func testAPasteWhereNoTextIsExpectedIsIgnoredWithAMessage() throws {
        let tui = try open()
        try tui.paste("赵六\n7")  // as keys: Enter opens the pick list, 7 switches to the stats view
        let screen = try tui.waitFor("粘贴的内容没有用上")
        XCTAssertTrue(screen.contains("1号进站口"), "still on the day board:\n\(screen)")
        XCTAssertFalse(screen.contains("选人"), screen)
    }

    func testTodayIsTheRostersDateNotTheMachines() throws {
        // Kiritimati is UTC+14 and Etc/GMT+12 is UTC-12: their dates always differ.
        let toml = roster.appendingPathComponent("roster.toml")
        let text = try String(contentsOf: toml, encoding: .utf8)
        try text.replacingOccurrences(of: "Asia/Shanghai", with: "Pacific/Kiritimati").write(to: toml, atomically: true, encoding: .utf8)
        let tui = try TmuxSession(["--roster", "r", "--lang", "zh"], in: folder, environment: ["TZ": "Etc/GMT+12"])
        session = tui
        try tui.waitFor("1号进站口")
        try tui.press("t")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: "Pacific/Kiritimati"))
        let today = calendar.dateComponents([.month, .day], from: Date())
        let expected = "\(today.month!)月\(today.day!)日 "
        let screen = try tui.waitUntil("the title showing \(expected)") { $0.split(separator: "\n").first?.contains(expected) == true }
        XCTAssertFalse(screen.isEmpty)
    }
}
