import Foundation
import XCTest
import ZhibanTestSupport

/// `zhiban record`, `close` and `report hours` as a user runs them, on a frozen roster (not the
/// planner's): outcomes, refusals, the report, stats, handover notes, and two clones merged by git.
final class ServedCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
        folder = temporaryFolder(for: self)
        try Self.makeRoster(in: folder)
    }

    /// The yinhe example with three frozen duties at 南门 on 4月8日 and 4月9日.
    static func makeRoster(in folder: URL) throws {
        XCTAssertEqual(try ZhibanRun(["init", ".", "--example", "yinhe"], in: folder).status, 0)
        let duties = "\u{FEFF}日期,班次,卡口,值班人员,锁定,备注\r\n"
            + "2022-04-08,夜班,南门,丁明;段蘭磊,否,\r\n2022-04-08,早班,南门,田蘭,否,\r\n2022-04-09,中班,南门,丁明;孟华蘭,否,\r\n"
        try duties.write(to: folder.appendingPathComponent("duties.csv"), atomically: true, encoding: .utf8)
    }

    @discardableResult
    private func run(_ arguments: [String], in folder: URL? = nil, status: Int32 = 0, file: StaticString = #filePath,
                     line: UInt = #line) throws -> ZhibanRun {
        let result = try ZhibanRun(arguments, in: folder ?? self.folder, environment: ["COLUMNS": "200"])
        XCTAssertEqual(result.status, status, "\(arguments): \(result.error)", file: file, line: line)
        return result
    }

    private func servedFile(in folder: URL? = nil) -> String? {
        (try? Data(contentsOf: (folder ?? self.folder).appendingPathComponent("served/2022-04.csv")))
            .map { String(decoding: $0, as: UTF8.self) }
    }

    func testRecordsCloseAndTheHoursReport() throws {
        try run(["record", "2022-04-08", "夜班", "南门", "段蘭磊", "--replaced-by", "孟华蘭", "--reason", "发烧", "--by", "王书记"])
        try run(["record", "2022-04-08", "早班", "南门", "田蘭", "--arrived", "9:30"])
        try run(["record", "2022-04-08", "早班", "南门", "汤安", "--extra"])
        try run(["record", "2022-04-09", "中班", "南门", "丁明", "--absent", "--reason", "开会"])
        let closed = try run(["close", "2022-04-08"])
        XCTAssertTrue(closed.output.hasPrefix("已确认 2022-04-08：2 个班 3 人次，其中 1 人次没有记录，按到岗计"), closed.output)
        let report = try run(["report", "hours", "--from", "2022-04-08", "--to", "2022-04-09"])
        XCTAssertEqual(report.output, """
            银河小区疫情防控值班表 志愿服务时数一览表
            2022-04-08 至 2022-04-09

            姓名    队伍               单位  值班次数  服务时长（小时）  夜班  缺岗  替别人  被替班  加班  未确认班次
            丁明    临时党支部·组织部               1                 8     1     1       0       0     0           0
            段蘭磊  临时党支部·组织部               0                 0     0     0       0       1     0           0
            田蘭    临时党支部·组织部               1               6.5     0     0       0       0     0           0
            孟华蘭  临时党支部·组织部               1                 8     1     0       1       0     0           1
            汤安    临时党支部·财政局               1                 8     0     0       0       0     1           0
            合计                                    4              30.5     2     1       1       1     1           1

            未确认：2022-04-09 尚未确认当天（zhiban close），其中没有记录的 1 个班次（8 小时）另列在“未确认班次”，没有计入服务时长。

            负责人签字：____________________
            盖章：
            日期：______年____月____日

            """)
        let csv = try run(["report", "hours", "--by", "team", "--format", "csv", "--to", "2022-04-09", "-o", "hours.csv"])
        XCTAssertEqual(csv.output, "")
        let written = String(decoding: try Data(contentsOf: folder.appendingPathComponent("hours.csv")), as: UTF8.self)
        XCTAssertTrue(written.hasPrefix("\u{FEFF}队伍,值班次数,服务时长（小时）"), written)
        XCTAssertTrue(written.contains("临时党支部·组织部,3,22.5,2,1,1,1,0,1\r\n"), written)
    }

    func testTheHoursReportAsAWorkbookReadBackAndRefusedOnATerminal() throws {
        try run(["record", "2022-04-08", "夜班", "南门", "段蘭磊", "--replaced-by", "孟华蘭"])
        try run(["close", "2022-04-08"])
        let written = try run(["report", "hours", "--by", "unit", "--format", "xlsx", "--from", "2022-04-08", "--to", "2022-04-09",
                               "-o", "时数.xlsx"])
        XCTAssertEqual(written.output, "")
        let file = folder.appendingPathComponent("时数.xlsx")
        XCTAssertTrue(try Data(contentsOf: file).starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP package")
        if let python = ProcessRunner.find(["python3"]) {
            let script = """
                import sys
                try:
                    import openpyxl
                except ImportError:
                    sys.exit(3)
                for row in openpyxl.load_workbook(sys.argv[1]).active.iter_rows(values_only=True):
                    print("|".join("" if v is None else str(v) for v in row).rstrip("|"))
                """
            let read = try ProcessRunner.run(python, ["-c", script, file.path], timeout: 120)
            if read.status != 3 {
                XCTAssertEqual(read.status, 0, read.errors)
                let lines = read.output.components(separatedBy: "\n")
                XCTAssertEqual(Array(lines.prefix(3)), ["银河小区疫情防控值班表 志愿服务时数一览表", "2022-04-08 至 2022-04-09",
                                                         "单位|值班次数|服务时长（小时）|夜班|缺岗|替别人|被替班|加班|未确认班次"])
                XCTAssertTrue(lines.contains("合计|3|24|2|0|1|1|0|2"), read.output)
                XCTAssertTrue(lines.contains("负责人签字：____________________"), read.output)
            }
        }
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed")
        let terminal = try TmuxSession(["report", "hours", "--format", "xlsx"], in: folder)
        defer { terminal.close() }
        XCTAssertNotEqual(try terminal.exitStatus(), 0)
        XCTAssertTrue(try terminal.capture().contains("--format xlsx 是二进制工作簿，请用 -o 文件.xlsx 写入文件"))
    }

    func testACorrectionIsANewLineAndTheLaterOneWins() throws {
        try run(["record", "2022-04-08", "早班", "南门", "田蘭", "--absent"])
        try run(["record", "2022-04-08", "早班", "南门", "田蘭", "--served"])
        XCTAssertEqual(servedFile()?.components(separatedBy: "\n").filter { $0.contains("田蘭") }.count, 2, "nothing is edited")
        let report = try run(["report", "hours", "--from", "2022-04-08", "--to", "2022-04-08", "--format", "csv"])
        XCTAssertTrue(report.output.contains("田蘭,临时党支部·组织部,,1,8,0,0,"), report.output)
    }

    func testWhatCannotBeRecordedIsRefusedAndNothingIsWritten() throws {
        let refusals: [([String], String)] = [
            (["record", "2099-01-01", "早班", "南门", "田蘭", "--served"], "还没到"),
            (["record", "2022-04-08", "早班", "南门", "丁明", "--served"], "没有排在"),
            (["record", "2022-04-08", "早班", "南门", "田蘭", "--extra"], "本来就排在"),
            (["record", "2022-04-08", "早班", "南门", "无名氏", "--served"], "不在 volunteers.csv 里"),
            (["record", "2022-04-08", "早班", "南门", "田蘭", "--replaced-by", "田蘭"], "已经排在"),
            (["record", "2022-04-08", "早班", "南门", "田蘭", "--arrived", "17:00"], "不在 早班"),
            (["record", "2022-04-08", "早班", "南门", "田蘭", "--served", "--absent"], "只选一个"),
            (["record", "2022-04-08", "午班", "南门", "田蘭", "--served"], "没有班次“午班”"),
            (["record", "2022-04-08", "早班", "南门", "田蘭", "--note", "x"], "不写人员"),
            (["close", "2099-01-01"], "还没到"),
        ]
        for (arguments, message) in refusals {
            let result = try run(arguments, status: 1)
            XCTAssertTrue(result.error.contains(message), "\(arguments): \(result.error)")
        }
        XCTAssertNil(servedFile())
    }

    /// A day closed once is not closed again: the second close says so and writes nothing —
    /// even today, closed (by another organizer's clone) while its 中班 still runs, where the
    /// wait for the end of its shifts must not hide that it is closed already.
    func testClosingAClosedDaySaysSoAndWritesNothing() throws {
        try run(["close", "2022-04-08"])
        let again = try run(["close", "2022-04-08"])
        XCTAssertEqual(again.output, "2022-04-08 已经确认过了，没有再记。\n")
        XCTAssertEqual(servedFile()?.components(separatedBy: "\n").filter { $0.contains("确认当天") }.count, 1)

        let today = Self.today
        let duties = folder.appendingPathComponent("duties.csv")
        let planned = String(decoding: try Data(contentsOf: duties), as: UTF8.self) + "\(today),中班,南门,田蘭,否,\r\n"
        try planned.write(to: duties, atomically: true, encoding: .utf8)
        let month = folder.appendingPathComponent("served/\(today.prefix(7)).csv")
        let header = "\u{FEFF}记录时间,记录人,日期,班次,卡口,人员,事件,替班人,时间,说明\n"
        try (header + "\(today) 00:00:00,王书记,\(today),,,,确认当天,,,\n").write(to: month, atomically: true, encoding: .utf8)
        let closedToday = try run(["close", today])
        XCTAssertEqual(closedToday.output, "\(today) 已经确认过了，没有再记。\n")
    }

    /// Closing today is refused while today's 中班 (16:00–24:00) has not ended — it always has
    /// not, until midnight — since closing counts everyone not recorded as served.
    func testTodayClosesOnlyOnceItsShiftsHaveEnded() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        let today = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        let duties = folder.appendingPathComponent("duties.csv")
        let planned = String(decoding: try Data(contentsOf: duties), as: UTF8.self) + "\(today),中班,南门,田蘭,否,\r\n"
        try planned.write(to: duties, atomically: true, encoding: .utf8)
        let refused = try run(["close", today], status: 1)
        XCTAssertTrue(refused.error.contains("\(today) 还有班没结束：中班（16:00–24:00）；结束以后才能确认当天"), refused.error)
        XCTAssertNil(servedFile(), "nothing written")
        try run(["record", today, "中班", "南门", "田蘭", "--served"])
    }

    /// A substitute who had just stood the night is recorded — it happened — with a warning that
    /// names the rule, in the language asked for.
    func testASubstitutionBreakingARuleIsRecordedWithAWarning() throws {
        let recorded = try run(["record", "2022-04-08", "早班", "南门", "田蘭", "--replaced-by", "丁明"])
        XCTAssertTrue(recorded.output.hasPrefix("已记录：2022-04-08 早班 南门 田蘭 替班（丁明）"), recorded.output)
        XCTAssertTrue(recorded.error.hasPrefix("警告：丁明 替 田蘭（2022-04-08 早班 南门）违反 休息不足：在 2022-04-08 南门 夜班 之后只休息 0 小时"),
                      recorded.error)
        XCTAssertTrue(servedFile()?.contains(",田蘭,替班,丁明,,") == true)
        let english = try run(["record", "2022-04-08", "早班", "南门", "田蘭", "--replaced-by", "段蘭磊", "--lang", "en"])
        XCTAssertTrue(english.error.hasPrefix("warning: 段蘭磊 standing in for 田蘭 (2022-04-08 早班 南门) breaks too little rest: "), english.error)
        let extra = try run(["record", "2022-04-09", "中班", "南门", "段蘭磊", "--extra"])
        XCTAssertEqual(extra.error, "", "段蘭磊 had a day's rest")
        let fine = try run(["record", "2022-04-09", "中班", "南门", "孟华蘭", "--replaced-by", "汤安"])
        XCTAssertEqual(fine.error, "")
    }

    func testMessagesInEnglishWhenAsked() throws {
        let refused = try run(["record", "2099-01-01", "早班", "南门", "田蘭", "--served", "--lang", "en"], status: 1)
        XCTAssertEqual(refused.error, "2099-01-01 has not come yet (today is \(Self.today)): only duties on or before today can be recorded\n")
        let recorded = try run(["record", "2022-04-08", "早班", "南门", "田蘭", "--served", "--lang", "en"])
        XCTAssertEqual(recorded.output, "Recorded: 2022-04-08 早班 南门 田蘭 到岗 → served/2022-04.csv\n")
    }

    /// Today in the yinhe example's zone (Asia/Shanghai), as zhiban sees it.
    private static var today: String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    func testHandoverNotesReachTheNextShiftsSheetAndTheNotice() throws {
        try run(["record", "2022-04-08", "早班", "南门", "--note", "测温枪\u{1B}[2J没电了", "--by", "田蘭"])
        let sheet = try run(["print", "2022-04-08", "--width", "80"])
        XCTAssertTrue(sheet.output.hasSuffix("【交接班记录】\n· 4月8日 中班 南门 ← 早班（田蘭）：测温枪�[2J没电了\n"), sheet.output)
        let notice = try run(["notify", "2022-04-08"])
        XCTAssertTrue(notice.output.hasSuffix("\n\n【交接班记录】\n· 4月8日 中班 南门 ← 早班（田蘭）：测温枪�[2J没电了\n"), notice.output)
        XCTAssertFalse(try run(["print", "2022-04-09"]).output.contains("交接班"))
        let team = try run(["notify", "2022-04-08", "--team", "临时党支部·组织部"])
        XCTAssertTrue(team.output.hasSuffix("【交接班记录】\n· 4月8日 中班 南门 ← 早班（田蘭）：测温枪�[2J没电了\n"), "a keeper of 南门")
    }

    func testStatsShowServedHoursBesidePlannedOnceSomethingIsRecorded() throws {
        XCTAssertFalse(try run(["stats"]).output.contains("实到"))
        try run(["record", "2022-04-08", "夜班", "南门", "段蘭磊", "--absent"])
        try run(["close", "2022-04-08"])
        let stats = try run(["stats", "--from", "2022-04-08", "--to", "2022-04-08"]).output
        let lines = stats.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("姓名") && $0.contains("时长  实到") }, stats)
        XCTAssertTrue(lines.contains { $0.hasPrefix("段蘭磊") && $0.contains("8     0") }, stats)
        XCTAssertTrue(lines.contains { $0.hasPrefix("田蘭") && $0.contains("8     8") }, stats)
    }

    /// Two organizers record in their own clones; git merges the month file as a union
    /// (`served/*.csv merge=union` in .gitattributes, as `zhiban share` writes it).
    func testRecordsFromTwoClonesMergeByGit() throws {
        let origin = folder.appendingPathComponent("origin")
        try FileManager.default.createDirectory(at: origin, withIntermediateDirectories: true)
        try Self.makeRoster(in: origin)
        try run(["record", "2022-04-08", "夜班", "南门", "丁明", "--served"], in: origin)
        try ".zhiban.lock\n*.bak\n".write(to: origin.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        try "served/*.csv merge=union\n".write(to: origin.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
        try git(["init", "-q", "-b", "main"], in: origin)
        try git(["add", "-A"], in: origin)
        try git(["commit", "-q", "-m", "roster"], in: origin)
        let other = folder.appendingPathComponent("other")
        try git(["clone", "-q", origin.path, other.path], in: folder)
        try run(["record", "2022-04-08", "夜班", "南门", "段蘭磊", "--absent", "--by", "甲"], in: origin)
        try git(["commit", "-q", "-am", "甲"], in: origin)
        try run(["record", "2022-04-08", "早班", "南门", "田蘭", "--left", "15:00", "--by", "乙"], in: other)
        try run(["close", "2022-04-08", "--by", "乙"], in: other)
        try git(["commit", "-q", "-am", "乙"], in: other)
        try git(["pull", "-q", "--no-rebase", "--no-edit"], in: other)
        let merged = try XCTUnwrap(servedFile(in: other))
        XCTAssertFalse(merged.contains("<<<<"), merged)
        XCTAssertEqual(merged.components(separatedBy: "\n").filter { !$0.isEmpty }.count, 5, merged)
        let report = try run(["report", "hours", "--from", "2022-04-08", "--to", "2022-04-08", "--format", "csv"], in: other)
        XCTAssertTrue(report.output.contains("段蘭磊,临时党支部·组织部,,0,0,0,1,"), report.output)
        XCTAssertTrue(report.output.contains("田蘭,临时党支部·组织部,,1,7,0,0,"), report.output)
        XCTAssertTrue(report.output.contains("合计,,,2,15,1,1,0,0,0,0"), report.output)
    }

    private func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid"] + arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
    }
}
