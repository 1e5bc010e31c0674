import Foundation
import XCTest

/// The served record from the interface, for real in tmux: on the day board of a past date,
/// 到, 缺 and 替 (the substitute from the pick list), a handover note and closing the day; after
/// quitting, served/2022-04.csv holds each event with who entered it, and `zhiban report hours`
/// counts them as `zhiban record` entries would be.
final class ServedInterfaceTests: InterfaceTestCase {
    override var example: String { "yinhe" }

    override func setUpWithError() throws {
        try super.setUpWithError()
        let duties = "\u{FEFF}日期,班次,卡口,值班人员,锁定,备注\r\n"
            + "2022-04-08,夜班,南门,丁明;段蘭磊,否,\r\n2022-04-08,早班,南门,田蘭,否,\r\n2022-04-09,中班,南门,丁明;孟华蘭,否,\r\n"
        try duties.write(to: roster.appendingPathComponent("duties.csv"), atomically: true, encoding: .utf8)
    }

    func testMarkingAClosedDayAndTheHoursReport() throws {
        // The board opens on 4月8日 (the first planned day), the cursor on 南门 夜班's first place.
        let tui = try open(waitingFor: "段蘭磊")
        try tui.waitFor("4月8日")
        try tui.press("S")
        try tui.waitFor("已记录：2022-04-08 夜班 南门 丁明 到岗")
        try tui.waitFor("丁明*^✓")
        try tui.press("Right", "A")
        try tui.waitFor("缺岗：段蘭磊")
        try tui.type("发烧")
        try tui.press("Enter")
        try tui.waitFor("已记录：2022-04-08 夜班 南门 段蘭磊 缺岗（发烧）")
        try tui.press("Right", "R")
        try tui.waitFor("替班：谁替了 田蘭")
        try tui.type("孟华蘭")
        try tui.press("Enter")
        try tui.waitFor("替班：孟华蘭 替 田蘭")
        try tui.type("换班")
        try tui.press("Enter")
        try tui.waitFor("田蘭*>孟华蘭")
        try tui.press("H")
        try tui.waitFor("交接班记录：2022-04-08 早班 南门")
        try tui.type("测温枪没电了")
        try tui.press("Enter")
        try tui.waitFor("交接（测温枪没电了）")
        try tui.press("C")
        try tui.waitFor("确认 2022-04-08：2 个班 3 人次，没有记录的 0 人次按到岗计")
        try tui.press("y")
        try tui.waitFor("已确认 2022-04-08")
        try tui.command("goto 2099-01-01")
        try tui.waitFor("1月1日")
        try tui.press("S")
        try tui.waitFor("还没到")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0, "nothing unsaved: the record is written as it is entered")

        let lines = try file("served/2022-04.csv").components(separatedBy: "\r\n").flatMap { $0.components(separatedBy: "\n") }
        XCTAssertTrue(lines[0].hasSuffix("记录时间,记录人,日期,班次,卡口,人员,事件,替班人,时间,说明"), lines[0])
        let events = lines.dropFirst().filter { !$0.isEmpty }.map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).joined(separator: ",") }
        XCTAssertEqual(events, ["2022-04-08,夜班,南门,丁明,到岗,,,", "2022-04-08,夜班,南门,段蘭磊,缺岗,,,发烧", "2022-04-08,早班,南门,田蘭,替班,孟华蘭,,换班",
                                "2022-04-08,早班,南门,,交接,,,测温枪没电了", "2022-04-08,,,,确认当天,,,"])
        let recorder = NSUserName()
        XCTAssertTrue(lines.dropFirst().filter { !$0.isEmpty }.allSatisfy { $0.split(separator: ",")[1] == recorder }, "\(lines)")

        let report = try ZhibanRun(["report", "hours", "--roster", "r", "--from", "2022-04-08", "--to", "2022-04-08", "--format", "csv"],
                                   in: folder)
        XCTAssertEqual(report.status, 0, report.error)
        XCTAssertTrue(report.output.contains("丁明,临时党支部·组织部,,1,8,1,0,0,0,0,0"), report.output)
        XCTAssertTrue(report.output.contains("段蘭磊,临时党支部·组织部,,0,0,0,1,0,0,0,0"), report.output)
        XCTAssertTrue(report.output.contains("田蘭,临时党支部·组织部,,0,0,0,0,0,1,0,0"), report.output)
        XCTAssertTrue(report.output.contains("孟华蘭,临时党支部·组织部,,1,8,0,0,1,0,0,0"), report.output)
    }

    /// What was recorded on the command line shows on the board at start; read-only refuses.
    func testTheBoardShowsTheRecordAtStartAndReadOnlyRefusesToRecord() throws {
        XCTAssertEqual(try ZhibanRun(["record", "--roster", "r", "2022-04-08", "夜班", "南门", "段蘭磊", "--absent"], in: folder).status, 0)
        let tui = try open(["--roster", "r", "--lang", "zh", "--read-only"], waitingFor: "段蘭磊*✗")
        try tui.press("S")
        try tui.waitFor("只读模式")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
        XCTAssertEqual(try file("served/2022-04.csv").components(separatedBy: "\n").filter { !$0.isEmpty }.count, 2, "nothing more written")
    }

    /// `zhiban --recorder 王书记`: the organizer at a shared laptop is the one recorded, and the status
    /// line says so; an empty name is refused before the interface starts.
    func testWhoIsEnteringIsTheNameGivenWithRecorder() throws {
        let tui = try open(["--roster", "r", "--lang", "zh", "--recorder", "王书记"], waitingFor: "段蘭磊")
        try tui.press("S")
        try tui.waitFor("（记录人 王书记）")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
        let lines = try file("served/2022-04.csv").components(separatedBy: "\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines.last?.split(separator: ",").dropFirst().first, "王书记", lines.last ?? "")
        let blank = try ZhibanRun(["--roster", "r", "--recorder", " "], in: folder)
        XCTAssertNotEqual(blank.status, 0)
        XCTAssertTrue(blank.error.contains("--recorder 不能为空"), blank.error)
        XCTAssertNotEqual(try ZhibanRun(["print", "--roster", "r", "--by", "gate"], in: folder).status, 0, "print's --by stays print's")
    }
}
