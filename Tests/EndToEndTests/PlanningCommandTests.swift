import Foundation
import XCTest

/// `zhiban rotate`, `zhiban export duties` and `zhiban stats` as users' scripts run them.
final class PlanningCommandTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
    }

    /// A fresh copy of the station example in a temporary folder.
    private func station() throws -> URL {
        let folder = temporaryFolder(for: self)
        let created = try ZhibanRun(["init", ".", "--example", "station"], in: folder)
        XCTAssertEqual(created.status, 0, created.error)
        return folder
    }

    private func duties(in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("duties.csv"), encoding: .utf8)
    }

    /// Issue 10 item 4: a rotate changes only duties, so it writes only duties.csv; a column added
    /// to duties.csv by hand stays, and so does every comment of roster.toml.
    func testRotateWritesOnlyDutiesAndKeepsWhatWasWrittenByHand() throws {
        let folder = try station()
        let volunteers = folder.appendingPathComponent("volunteers.csv")
        let definitions = folder.appendingPathComponent("roster.toml")
        // 楼栋号 after each name (3栋 for 严杰), CRLF as Excel writes.
        let handVolunteers = try String(contentsOf: volunteers, encoding: .utf8).split(separator: "\n").map { line in
            let name = line.prefix { $0 != "," }
            return name + (name.hasSuffix("姓名") ? ",楼栋号" : name == "严杰" ? ",3栋" : ",") + line.dropFirst(name.count)
        }.joined(separator: "\r\n") + "\r\n"
        try handVolunteers.write(to: volunteers, atomically: false, encoding: .utf8)
        let handDefinitions = try String(contentsOf: definitions, encoding: .utf8)
            .replacingOccurrences(of: "[rules]", with: "# 街道要求：夜班后休息 12 小时\n[rules]")
        try handDefinitions.write(to: definitions, atomically: false, encoding: .utf8)
        try "日期,班次,卡口,值班人员,锁定,备注,交接人\n2022-04-04,早班,1号进站口,严杰,是,,王站长\n"
            .write(to: folder.appendingPathComponent("duties.csv"), atomically: false, encoding: .utf8)

        let rotate = try ZhibanRun(["rotate", "--from", "2022-04-04", "--to", "2022-04-05"], in: folder)
        XCTAssertEqual(rotate.status, 0, rotate.error)
        XCTAssertEqual(try String(contentsOf: volunteers, encoding: .utf8), handVolunteers)
        XCTAssertEqual(try String(contentsOf: definitions, encoding: .utf8), handDefinitions)
        let planned = try duties(in: folder)
        XCTAssertTrue(planned.hasPrefix("日期,班次,卡口,值班人员,锁定,备注,交接人\n2022-04-04,早班,1号进站口,严杰,是,,王站长\n"), planned)
        XCTAssertTrue(planned.contains("2022-04-05,早班,1号进站口,"), planned)
    }

    func testRotatePrintsChangesAndEmptyPlacesWithReasonsAndSaves() throws {
        let folder = try station()
        let rotate = try ZhibanRun(["rotate", "--from", "2022-04-05", "--to", "2022-04-05"], in: folder)
        XCTAssertEqual(rotate.status, 0, rotate.error)
        XCTAssertEqual(rotate.output, """
            2022-04-05 至 2022-04-05，全部卡口：新增 10 人次，移除 0 人次，调动 0 人次，空缺 2 个
            新增 2022-04-05 早班 1号进站口：严杰
            新增 2022-04-05 晚班 1号进站口：韦禎
            新增 2022-04-05 早班 2号进站口：吴霞勇
            新增 2022-04-05 晚班 2号进站口：石俊
            新增 2022-04-05 早班 3号进站口：袁晓
            新增 2022-04-05 晚班 3号进站口：王翠
            新增 2022-04-05 早班 4号进站口：冯杰宇
            新增 2022-04-05 晚班 4号进站口：唐锦婷
            新增 2022-04-05 早班 5号进站口：于锦
            新增 2022-04-05 早班 6号进站口：段露勇

            空缺（没有违反规则凑人）：
            2022-04-05 晚班 5号进站口：需要 1 人，已排 0 人 — 严杰、吴霞勇、袁晓等 6 人 2022-04-05 共值班 19 小时（每天最多 12 小时）；孔东、董秀宇 不能值班；韦禎、石俊、王翠等 4 人 已在别处值班
            2022-04-05 晚班 6号进站口：需要 1 人，已排 0 人 — 严杰、吴霞勇、袁晓等 6 人 2022-04-05 共值班 19 小时（每天最多 12 小时）；孔东、董秀宇 不能值班；韦禎、石俊、王翠等 4 人 已在别处值班

            排不满的日子：
            2022-04-05 排不满：需要 12 人次，只排了 10 人次，空 2 个（不靠违反规则凑人）；当天不能值班：孔东、董秀宇
            已保存。

            """)
        XCTAssertEqual(try duties(in: folder).split(separator: "\n").count, 1 + 10, "header and ten duties saved")
        let again = try ZhibanRun(["rotate", "--from", "2022-04-05", "--to", "2022-04-05"], in: folder)
        XCTAssertTrue(again.output.hasPrefix("2022-04-05 至 2022-04-05，全部卡口：新增 0 人次，移除 0 人次，调动 0 人次，空缺 2 个\n"), again.output)
        XCTAssertTrue(again.output.hasSuffix("没有变化。\n"), again.output)
        let check = try ZhibanRun(["check"], in: folder)
        XCTAssertEqual(check.status, 1, "two places stay empty")
        let lines = check.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, check.output)
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("空缺 2022-04-05 晚班 ") }, "the plan breaks no rule: \(check.output)")
    }

    func testDryRunSavesNothing() throws {
        let folder = try station()
        let before = try duties(in: folder)
        let dry = try ZhibanRun(["rotate", "--from", "2022-04-01", "--to", "2022-04-30", "--dry-run"], in: folder)
        XCTAssertEqual(dry.status, 0, dry.error)
        XCTAssertTrue(dry.output.hasSuffix("试运行（--dry-run）：没有保存。\n"), dry.output)
        XCTAssertEqual(try duties(in: folder), before)
        let readOnly = try ZhibanRun(["--read-only", "rotate", "--from", "2022-04-01", "--to", "2022-04-30", "--dry-run"], in: folder)
        XCTAssertEqual(readOnly.status, 0, readOnly.error)
    }

    func testRotateRefusesBadDatesUnknownCheckpointsAndSavingWhenReadOnly() throws {
        let folder = try station()
        let cases: [([String], String)] = [
            (["rotate", "--from", "2022-04-05"], "rotate 需要 --from 和 --to（如 --from 2022-04-01 --to 4-30）"),
            (["rotate", "--from", "2022-04-31", "--to", "2022-05-01"], "--from“2022-04-31”不是有效日期：写成 2022-04-07、4-7、4月7日、+1 或 今天"),
            (["rotate", "--from", "4月31日", "--to", "5-1"], "--from“4月31日”不是有效日期"),
            (["rotate", "--from", "2022-04-05", "--to", "2022-04-01"], "--to 2022-04-01 早于 --from 2022-04-05"),
            (["rotate", "--from", "2022-04-05", "--to", "2022-04-05", "--checkpoint", "东门"], "没有叫“东门”的卡口；可选："),
            (["--read-only", "rotate", "--from", "2022-04-05", "--to", "2022-04-05"], "--read-only 时不能保存"),
        ]
        for (arguments, message) in cases {
            let run = try ZhibanRun(arguments, in: folder)
            XCTAssertEqual(run.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(run.error.hasPrefix(message), run.error)
        }
    }

    /// Dates as organizers type them: without a year they are read near the roster's planned
    /// dates (April 2022 here, once some are planned, whatever today is), as the interface reads them.
    func testDatesAreReadAsOrganizersTypeThem() throws {
        let folder = try station()
        XCTAssertEqual(try ZhibanRun(["rotate", "--from", "2022-04-01", "--to", "2022-04-03"], in: folder).status, 0)
        let rotate = try ZhibanRun(["rotate", "--from", "4-5", "--to", "4月6日", "--dry-run"], in: folder)
        XCTAssertEqual(rotate.status, 0, rotate.error)
        XCTAssertTrue(rotate.output.hasPrefix("2022-04-05 至 2022-04-06，全部卡口："), rotate.output)
        for arguments in [["4-5", "4月6日"], ["4-5..4-6"]] {
            let positional = try ZhibanRun(["rotate"] + arguments + ["--dry-run"], in: folder)
            XCTAssertEqual(positional.output, rotate.output, "rotate \(arguments)")
        }
        let both = try ZhibanRun(["rotate", "4-5", "--to", "4-6"], in: folder)
        XCTAssertEqual(both.status, 1)
        XCTAssertTrue(both.error.hasPrefix("日期写一种：--from/--to，或者 从 到"), both.error)
        let printed = try ZhibanRun(["print", "4/4"], in: folder)
        XCTAssertEqual(printed.status, 0, printed.error)
        XCTAssertTrue(printed.output.contains("2022年4月4日"), printed.output)
        let range = try ZhibanRun(["export", "duties", "--from", "4-3", "--to", "2022年4月3日"], in: folder)
        XCTAssertEqual(range.status, 0, range.error)
        XCTAssertTrue(range.output.contains("\n2022-04-03,早班,1号进站口,"), range.output)
        XCTAssertFalse(range.output.contains("2022-04-02"), range.output)
    }

    func testExportDutiesWritesTheCSVContract() throws {
        let folder = try station()
        XCTAssertEqual(try ZhibanRun(["rotate", "--from", "2022-04-04", "--to", "2022-04-05"], in: folder).status, 0)
        let export = try ZhibanRun(["export", "duties", "--from", "2022-04-05", "--to", "2022-04-05"], in: folder)
        XCTAssertEqual(export.status, 0, export.error)
        let lines = export.output.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.first, "date,shift,checkpoint,person,pinned")
        XCTAssertEqual(lines[1], "2022-04-05,早班,1号进站口,严杰,false")
        XCTAssertEqual(lines.count, 1 + 10 + 1, "header, ten rows, and the final line end")
        XCTAssertTrue(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("2022-04-05,") })
    }

    func testTheSameFilesGiveTheSameExportByteForByte() throws {
        let first = try station()
        let second = try station()
        for folder in [first, second] {
            XCTAssertEqual(try ZhibanRun(["rotate", "--from", "2022-04-01", "--to", "2022-04-30"], in: folder).status, 0)
        }
        let exports = try [first, second].map { try ZhibanRun(["export", "duties"], in: $0).output }
        XCTAssertEqual(exports[0].split(separator: "\n").count, 1 + 12 * 30 - 10)
        XCTAssertEqual(Data(exports[0].utf8), Data(exports[1].utf8))
        XCTAssertEqual(try duties(in: first), try duties(in: second))
    }

    func testStatsListsTeamsPeopleAndCoverage() throws {
        let folder = try station()
        XCTAssertEqual(try ZhibanRun(["rotate", "--from", "2022-04-05", "--to", "2022-04-05"], in: folder).status, 0)
        let stats = try ZhibanRun(["stats"], in: folder)
        XCTAssertEqual(stats.status, 0, stats.error)
        let lines = stats.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(Array(lines.prefix(5)), [
            "统计 2022-04-05 至 2022-04-05（时长单位：小时）",
            "",
            "队伍",
            "队伍                      人数  班次  夜班  时长  时长差  夜班差  休息差  支援",
            "火车站疫情监测工作突击队    12    10     0    95     9.5       0       1     0",
        ])
        // 孔东 cannot serve Tuesdays: no day in a row, one day off, no nights in a row.
        XCTAssertTrue(lines.contains("孔东    火车站疫情监测工作突击队     0     0     0         0         0         1         0     0"), stats.output)
        XCTAssertTrue(lines.contains("6号进站口     2     1     1"), stats.output)
        let empty = try ZhibanRun(["stats"], in: try station())
        XCTAssertEqual(empty.output, "没有值班记录，没有可统计的。\n")
    }
}
