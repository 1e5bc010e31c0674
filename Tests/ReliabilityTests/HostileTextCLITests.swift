import Foundation
import XCTest
import ZhibanStorage

/// Issue 6, "hostile text" on the command line: a spreadsheet or roster holding escape sequences,
/// control characters and bidi overrides in names, notes and headers makes `zhiban import` and
/// `zhiban check` report the problems with file and line, and never sends those bytes raw to
/// the terminal.
final class HostileTextCLITests: XCTestCase {
    /// Sets the window title. Holds `;`, so it can only be in notes and titles, not in names.
    private let osc = "\u{1B}]0;pwned\u{07}"
    private let clear = "\u{1B}[2J"
    /// A device control string: an escape without `;`, usable in a name.
    private let dcs = "\u{1B}P1$r\u{1B}\\"

    func testImportAndCheckReportHostileNamesWithoutRawEscapes() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let work = try TemporaryFolder("zhiban-hostile-cli")
        defer { work.remove() }
        let sheets = work.url.appendingPathComponent("sheets")
        try FileManager.default.createDirectory(at: sheets, withIntermediateDirectories: true)
        try """
            姓名,手机,所属队伍,备注
            \(dcs)王五,13900000000,\u{1B}[31m红队,\u{202E}注释\(osc)
            \(dcs)王五,13900000001,,
            张\(clear)三,139abc\u{9B}31m,,
            """.write(to: sheets.appendingPathComponent("volunteers.csv"), atomically: true, encoding: .utf8)
        let roster = work.url.appendingPathComponent("roster").path

        let refused = try ChildProcess.run(zhiban, ["--roster", roster, "import", sheets.path])
        XCTAssertEqual(refused.status, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("volunteers.csv:3: 姓名“�P1$r�\\王五”与第 2 行重复"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("volunteers.csv:4: 手机号“139abc�31m”含有字母"), refused.stderr)
        TerminalSafety.assertSafe(refused.stdout + refused.stderr, "zhiban import (refused)")

        let header = sheets.appendingPathComponent("shifts.csv")
        try "\(clear)班,开始,结束\n白班,08:00,20:00\n".write(to: header, atomically: true, encoding: .utf8)
        let badHeader = try ChildProcess.run(zhiban, ["--roster", roster, "import", header.path])
        XCTAssertTrue(badHeader.stderr.contains("shifts.csv:1: 缺少列：班次（表头是：�[2J班，开始，结束）"), badHeader.stderr)
        TerminalSafety.assertSafe(badHeader.stdout + badHeader.stderr, "zhiban import (hostile header)")
        try FileManager.default.removeItem(at: header)

        let skipped = try ChildProcess.run(zhiban, ["--roster", roster, "import", "--skip-bad", sheets.path])
        XCTAssertEqual(skipped.status, 0, skipped.stderr)
        TerminalSafety.assertSafe(skipped.stdout + skipped.stderr, "zhiban import --skip-bad")
        let imported = try RosterStore(folder: URL(fileURLWithPath: roster), readOnly: true).roster
        XCTAssertEqual(imported.volunteers.map(\.name), ["\(dcs)王五"], "the hostile name is stored as it was, only shown safely")
        XCTAssertEqual(imported.volunteers.map(\.note), ["\u{202E}注释\(osc)"])

        try "日期,班次,卡口,值班人员\n2022-04-07,白班,\u{1B}[5m北门,\(dcs)不认识的人\n"
            .write(toFile: roster + "/duties.csv", atomically: true, encoding: .utf8)
        let checked = try ChildProcess.run(zhiban, ["--roster", roster, "check"])
        XCTAssertEqual(checked.status, 1, checked.stderr)
        XCTAssertTrue(checked.stdout.contains("duties.csv:2:"), checked.stdout)
        XCTAssertTrue(checked.stdout.contains("没有叫 �[5m北门 的卡口"), checked.stdout)
        TerminalSafety.assertSafe(checked.stdout + checked.stderr, "zhiban check")
    }

    /// Issue 13: a hostile name, unit and reason go into the served record as they are and come
    /// out of `record`, `report hours` and `notify` harmless.
    func testTheServedRecordOfAHostileNameIsShownSafely() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let work = try TemporaryFolder("zhiban-hostile-served")
        defer { work.remove() }
        let roster = work.url.path
        XCTAssertEqual(try ChildProcess.run(zhiban, ["init", roster, "--example", "yinhe"]).status, 0)
        let name = "\(dcs)王五"
        var volunteers = try String(contentsOfFile: roster + "/volunteers.csv", encoding: .utf8)
        volunteers = volunteers.replacingOccurrences(of: "丁明,", with: "\(name),").replacingOccurrences(of: "备注\n", with: "备注,单位\n")
            .replacingOccurrences(of: ",,,\n", with: ",,,,\(clear)局\n")
        try volunteers.write(toFile: roster + "/volunteers.csv", atomically: true, encoding: .utf8)
        try "日期,班次,卡口,值班人员\n2022-04-08,早班,南门,\(name)\n".write(toFile: roster + "/duties.csv", atomically: true, encoding: .utf8)
        let recorded = try ChildProcess.run(zhiban, ["--roster", roster, "record", "2022-04-08", "早班", "南门", name,
                                                     "--absent", "--reason", "病\(osc)\n假", "--by", "\(clear)管理员"])
        XCTAssertEqual(recorded.status, 0, recorded.stderr)
        _ = try ChildProcess.run(zhiban, ["--roster", roster, "record", "2022-04-08", "早班", "南门", "--note", "门\(osc)坏"])
        for arguments in [["report", "hours", "--by", "person"], ["report", "hours", "--by", "unit"], ["notify", "2022-04-08"]] {
            let shown = try ChildProcess.run(zhiban, ["--roster", roster] + arguments)
            TerminalSafety.assertSafe(shown.stdout + shown.stderr, "zhiban \(arguments.joined(separator: " "))")
        }
        TerminalSafety.assertSafe(recorded.stdout + recorded.stderr, "zhiban record")
        let store = try RosterStore(folder: work.url, readOnly: true)
        XCTAssertEqual(store.roster.volunteer(named: name)?.unit, "\(clear)局")
        let record = try store.servedRecord()
        let absent = try XCTUnwrap(record.entries.values.first?[name]?.outcome)
        XCTAssertEqual(absent.recordedBy, "\(clear)管理员", "stored as it was")
        XCTAssertEqual(absent.text, "病\(osc) 假", "one line: the line break became a space")
    }

    func testAnUnreadableHostileRosterFileIsReportedSafely() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let work = try TemporaryFolder("zhiban-hostile-toml")
        defer { work.remove() }
        try "title = \"\(osc)\"\n\(clear)key = 1\n[[shift]]\nname = \"\u{202E}班\"\nstart = \"\(clear)\"\nend = \"20:00\"\n"
            .write(to: work.url.appendingPathComponent("roster.toml"), atomically: true, encoding: .utf8)
        let result = try ChildProcess.run(zhiban, ["--roster", work.url.path, "check"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("roster.toml:"), result.stderr)
        TerminalSafety.assertSafe(result.stdout + result.stderr, "zhiban check of a hostile roster.toml")
    }
}
