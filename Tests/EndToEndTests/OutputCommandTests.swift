import Foundation
import XCTest
import ZhibanModel

/// `zhiban print`, `zhiban notify` and `zhiban export ics` as a user runs them.
final class OutputCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
        folder = temporaryFolder(for: self)
        XCTAssertEqual(try ZhibanRun(["init", ".", "--example", "yinhe"], in: folder).status, 0)
        let duties = "\u{FEFF}日期,班次,卡口,值班人员,锁定,备注\r\n"
            + "2022-04-08,夜班,南门,丁明;段蘭磊,否,\r\n2022-04-08,早班,南门,田蘭,否,\r\n2022-04-09,中班,南门,丁明;孟华蘭,否,\r\n"
        try duties.write(to: folder.appendingPathComponent("duties.csv"), atomically: true, encoding: .utf8)
    }

    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ZhibanRun {
        try ZhibanRun(arguments, in: folder, environment: environment)
    }

    func testPrintWritesTheDailySheet() throws {
        let result = try run(["print", "2022-04-08", "--width", "80"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(result.output, """
            银河小区疫情防控值班表
            2022年4月8日 星期五
            ★ 负责人  ☆ 党员  ________ 空位请手写

            卡口  班次  时间         值班人员    电话
            ----  ----  -----------  ----------  -----------
            南门  夜班  00:00–08:00  ★☆丁明      17010000000
                                      ☆段蘭磊    17010000001
                  早班  08:00–16:00   ☆田蘭      17010000002
                                       ________
                  中班  16:00–24:00    ________
                                       ________

            """)
    }

    func testPrintFitsTheWidthFromOptionOrCOLUMNSElseEighty() throws {
        let range = ["print", "2022-04-08..2022-04-09", "--by", "team"]
        let narrow = try run(range + ["--width", "40"])
        XCTAssertEqual(narrow.status, 0, narrow.error)
        XCTAssertLessThanOrEqual(narrow.output.components(separatedBy: "\n").map(\.displayWidth).max() ?? 0, 40)
        XCTAssertEqual(try run(range, environment: ["COLUMNS": "44"]).output, try run(range + ["--width", "44"]).output)
        XCTAssertNotEqual(try run(range + ["--width", "44"]).output, try run(range + ["--width", "80"]).output)
        // Not a terminal and no COLUMNS: 80.
        XCTAssertEqual(try run(range, environment: ["COLUMNS": ""]).output, try run(range + ["--width", "80"]).output)
    }

    func testPrintByCheckpointOverARangeAndNoPhone() throws {
        let result = try run(["print", "2022-04-08..2022-04-09", "--by", "checkpoint", "--no-phone"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.contains("2022年4月8日 星期五 至 2022年4月9日 星期六"))
        XCTAssertFalse(result.output.contains("1701"))
        XCTAssertTrue(result.output.contains("孟华蘭"))
    }

    func testPrintToAFileInEveryFormat() throws {
        for format in ["text", "markdown", "csv", "html"] {
            let result = try run(["print", "2022-04-08", "--format", format, "-o", "out.\(format)", "--bom"])
            XCTAssertEqual(result.status, 0, result.error)
            XCTAssertEqual(result.output, "")
            let data = try Data(contentsOf: folder.appendingPathComponent("out.\(format)"))
            XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("段蘭磊"), format)
            XCTAssertEqual(data.starts(with: [0xEF, 0xBB, 0xBF]), format == "csv", "only CSV takes the byte-order mark")
        }
        let csv = try Data(contentsOf: folder.appendingPathComponent("out.csv"))
        XCTAssertTrue(csv.starts(with: Data("\u{FEFF}日期,卡口,班次,时间,姓名,负责人,党员,电话\r\n".utf8)))
    }

    func testPrintAWorkbookThatImportRecognisesAsARosterNotAList() throws {
        let result = try run(["print", "2022-04-08..2022-04-09", "--by", "checkpoint", "--format", "xlsx", "-o", "排班表.xlsx"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(result.output, "")
        let data = try Data(contentsOf: folder.appendingPathComponent("排班表.xlsx"))
        XCTAssertTrue(data.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP package")
        let again = try run(["import", "排班表.xlsx"])
        XCTAssertEqual(again.status, 0, again.error)
        XCTAssertTrue(again.error.contains("排班表.xlsx[南门]：这是导出的排班表（人员×日期），不是可导入的名单，没有导入"), again.error)
        XCTAssertTrue(again.output.contains("志愿者 0，"), again.output)
    }

    func testPrintWithoutADatePrintsTodayInTheRosterTimeZone() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let today = calendar.dateComponents([.year, .month, .day], from: Date())
        let result = try run(["print"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.components(separatedBy: "\n")[1].hasPrefix("\(today.year!)年\(today.month!)月\(today.day!)日 星期"),
                      result.output)
    }

    func testPrintToAFolderThatDoesNotExistFailsClearly() throws {
        let result = try run(["print", "2022-04-08", "-o", "no/such/folder/out.txt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("无法写入 no/such/folder/out.txt"), result.error)
    }

    func testPrintRefusesABadDateOrGrouping() throws {
        let date = try run(["print", "2022-04-31"])
        XCTAssertEqual(date.status, 1)
        XCTAssertTrue(date.error.contains("日期“2022-04-31”无效"), date.error)
        let backwards = try run(["print", "2022-04-09..2022-04-08"])
        XCTAssertEqual(backwards.status, 1)
        XCTAssertNotEqual(try run(["print", "--by", "gate"]).status, 0)
    }

    func testNotifyWritesOneMessagePerTeam() throws {
        let result = try run(["notify", "2022-04-08", "--team", "临时党支部·组织部"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.hasPrefix("""
            【值班安排】4月8日 周五
            临时党支部·组织部

            南门
            · 夜班 00:00–08:00：丁明（支部书记）、段蘭磊
            · 早班 08:00–16:00：田蘭，缺1人
            · 中班 16:00–24:00：（无人），缺2人

            后备待命（小区志愿者）：
            """), result.output)
        let all = try run(["notify", "2022-04-08"])
        XCTAssertEqual(all.output.components(separatedBy: "【值班安排】").count - 1, 4, "three keeping teams and the reserve")
        let reserve = result.output.components(separatedBy: "\n").first { $0.hasPrefix("后备待命（小区志愿者）：") } ?? "?"
        XCTAssertTrue(all.output.hasSuffix("\n小区志愿者\n\n" + reserve + "\n支援卡口：南门\n"), all.output)
        let unknown = try run(["notify", "2022-04-08", "--team", "无此队"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.error.contains("无此队"), unknown.error)
    }

    func testNotifyWithoutADateIsForTomorrowInTheRostersTimeZone() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        let tomorrow = LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!.adding(days: 1)
        let duties = "日期,班次,卡口,值班人员\n\(tomorrow),早班,南门,田蘭\n\(tomorrow.adding(days: 1)),早班,南门,丁明\n"
        try duties.write(to: folder.appendingPathComponent("duties.csv"), atomically: true, encoding: .utf8)
        let result = try run(["notify"], environment: ["TZ": "America/Los_Angeles"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.hasPrefix("【明日值班】\(tomorrow.month)月\(tomorrow.day)日 "), result.output)
        XCTAssertTrue(result.output.contains("田蘭") && !result.output.contains("丁明"), result.output)
        // Sent in the morning for the same day, it says so; for a later day it says neither.
        let sameDay = try run(["notify", "\(tomorrow.adding(days: -1))"], environment: ["TZ": "America/Los_Angeles"])
        XCTAssertEqual(sameDay.status, 1, "nobody is on duty today")
        try (duties + "\(tomorrow.adding(days: -1)),早班,南门,段蘭磊\n").write(to: folder.appendingPathComponent("duties.csv"), atomically: true, encoding: .utf8)
        XCTAssertTrue(try run(["notify", "\(tomorrow.adding(days: -1))"]).output.hasPrefix("【今日值班】"))
        XCTAssertTrue(try run(["notify", "\(tomorrow.adding(days: 1))"]).output.hasPrefix("【值班安排】"))
    }

    func testNotifyForADayWithNobodyOnDutyWarnsAndFails() throws {
        let result = try run(["notify", "2022-04-20"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "")
        XCTAssertTrue(result.error.contains("2022-04-20 没有任何人值班"), result.error)
        XCTAssertTrue(result.error.contains("zhiban rotate --from 2022-04-20 --to 2022-04-20"), result.error)
    }

    func testNotifyCombinedIsOneMessageForTheCommunityEndingWithTheClosingLine() throws {
        let toml = folder.appendingPathComponent("roster.toml")
        let text = try String(contentsOf: toml, encoding: .utf8)
        try text.replacingOccurrences(of: "\n[rules]\n", with: "\n[notify]\nclosing = \"请提前10分钟到岗，做好个人防护。\"\n\n[rules]\n")
            .write(to: toml, atomically: true, encoding: .utf8)
        let result = try run(["notify", "2022-04-08", "--combined"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(result.output.components(separatedBy: "【值班安排】").count - 1, 1, result.output)
        XCTAssertTrue(result.output.hasPrefix("【值班安排】4月8日 周五\n银河小区疫情防控值班表\n\n南门\n"), result.output)
        XCTAssertTrue(result.output.hasSuffix("\n\n请提前10分钟到岗，做好个人防护。\n"), result.output)
        XCTAssertNotEqual(try run(["notify", "--combined", "--team", "机动组"]).status, 0)
    }

    func testExportIcsForAPersonWithDefaultAndGivenRanges() throws {
        let all = try run(["export", "ics", "--person", "丁明"])
        XCTAssertEqual(all.status, 0, all.error)
        XCTAssertTrue(all.output.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        XCTAssertTrue(all.output.hasSuffix("END:VCALENDAR\r\n"))
        XCTAssertEqual(all.output.components(separatedBy: "BEGIN:VEVENT").count - 1, 2)
        XCTAssertTrue(all.output.contains("DTSTART;TZID=Asia/Shanghai:20220409T160000\r\nDTEND;TZID=Asia/Shanghai:20220410T000000\r\n"))
        let one = try run(["export", "ics", "--person", "丁明", "--from", "2022-04-09", "-o", "d.ics"])
        XCTAssertEqual(one.status, 0, one.error)
        let file = try String(contentsOf: folder.appendingPathComponent("d.ics"), encoding: .utf8)
        XCTAssertEqual(file.components(separatedBy: "BEGIN:VEVENT").count - 1, 1)
        let team = try run(["export", "ics", "--team", "临时党支部·组织部"])
        XCTAssertEqual(team.output.components(separatedBy: "BEGIN:VEVENT").count - 1, 3)
    }

    func testExportIcsNeedsExactlyOneSubjectThatExists() throws {
        XCTAssertNotEqual(try run(["export", "ics"]).status, 0)
        XCTAssertNotEqual(try run(["export", "ics", "--person", "丁明", "--team", "临时党支部·组织部"]).status, 0)
        let unknown = try run(["export", "ics", "--person", "无名氏"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.error.contains("无名氏"), unknown.error)
    }
}
