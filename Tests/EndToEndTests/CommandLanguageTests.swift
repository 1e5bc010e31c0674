import Foundation
import XCTest

/// The language of the commands' messages: Chinese by default (C.UTF-8, the usual server locale,
/// names no language), English with `--lang en` or an English locale. Printed documents (sheets,
/// chat messages) stay Chinese.
final class CommandLanguageTests: XCTestCase {
    private var folder: URL!
    private let english = ["LANG": "en_US.UTF-8", "LC_ALL": ""]
    private let server = ["LANG": "C.UTF-8", "LC_ALL": ""]

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
        folder = temporaryFolder(for: self)
        XCTAssertEqual(try ZhibanRun(["init", ".", "--example", "station"], in: folder).status, 0)
    }

    private func run(_ arguments: [String], _ environment: [String: String]) throws -> ZhibanRun {
        try ZhibanRun(arguments, in: folder, environment: environment)
    }

    func testCheckSpeaksTheLocaleOrLang() throws {
        let duties = "日期,班次,卡口,值班人员,锁定,备注\n2022-04-07,早班,1号进站口,严杰;查无此人,否,\n"
        try duties.write(to: folder.appendingPathComponent("duties.csv"), atomically: true, encoding: .utf8)
        let chinese = try run(["check"], server)
        XCTAssertEqual(chinese.status, 1)
        XCTAssertTrue(chinese.output.contains("duties.csv:2: 2022-04-07 早班 1号进站口：没有叫 查无此人 的志愿者"), chinese.output)
        XCTAssertTrue(chinese.error.hasPrefix("共 2 个问题"), chinese.error)
        for (arguments, environment) in [(["check", "--lang", "en"], server), (["check"], english)] {
            let result = try run(arguments, environment)
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.output.contains("duties.csv:2: 2022-04-07 早班 1号进站口: "), result.output)
            XCTAssertFalse(result.output.contains("没有叫"), result.output)
            XCTAssertTrue(result.output.contains("empty 2022-04-07"), result.output)
            XCTAssertTrue(result.error.hasPrefix("Problems: 2, empty places: "), result.error)
        }
    }

    func testRotateInitPrintAndNotifyMessagesInEnglish() throws {
        let rotate = try run(["rotate", "--from", "2022-04-07", "--to", "2022-04-07", "--dry-run", "--lang", "en"], server)
        XCTAssertEqual(rotate.status, 0, rotate.error)
        XCTAssertTrue(rotate.output.hasPrefix("2022-04-07 to 2022-04-07, all checkpoints: "), rotate.output)
        XCTAssertTrue(rotate.output.contains("\nadded 2022-04-07 "), rotate.output)
        XCTAssertTrue(rotate.output.hasSuffix("Dry run (--dry-run): nothing saved.\n"), rotate.output)
        let badDate = try run(["print", "2022-04-31"], english)
        XCTAssertEqual(badDate.status, 1)
        XCTAssertTrue(badDate.error.contains("invalid date “2022-04-31”: write 2022-04-07, 4-7, 4月7日, +1 or today"), badDate.error)
        XCTAssertFalse(badDate.error.contains("无效"), badDate.error)
        let created = try run(["init", "new", "--lang", "en"], server)
        XCTAssertEqual(created.output, "Created a roster in new (0 volunteers, 0 checkpoints)\n")
        let toml = try String(contentsOf: folder.appendingPathComponent("new/roster.toml"), encoding: .utf8)
        XCTAssertTrue(toml.contains("title = \"new duty roster\""), toml)
        let nothing = try run(["notify", "2022-04-07"], english)
        XCTAssertEqual(nothing.status, 1)
        XCTAssertTrue(nothing.error.hasPrefix("Nobody is on duty on 2022-04-07"), nothing.error)
        let summary = try run(["demo", "yinhe", "--summary", "--lang", "en"], server)
        XCTAssertTrue(summary.output.contains("\n73 volunteers, "), summary.output)
        XCTAssertTrue(summary.output.contains(" per shift  kept by "), summary.output)
        let unknown = try run(["demo", "nowhere", "--summary", "--lang", "en"], server)
        XCTAssertTrue(unknown.error.contains("there is no example called “nowhere”"), unknown.error)
    }

    func testThePrintedSheetStaysChineseInEnglish() throws {
        let chinese = try run(["print", "2022-04-07", "--width", "80"], server)
        let inEnglish = try run(["print", "2022-04-07", "--width", "80", "--lang", "en"], english)
        XCTAssertEqual(inEnglish.output, chinese.output)
    }

    func testHelpIsBilingualByDefaultAndEnglishInAnEnglishLocale() throws {
        XCTAssertTrue(try run(["check", "--help"], server).output.contains("检查值班表 / Validate the roster."))
        let help = try run(["check", "--help"], english).output
        XCTAssertTrue(help.hasPrefix("OVERVIEW: Validate the roster.\n"), help)
        XCTAssertNil(help.range(of: "\\p{Han}", options: .regularExpression), help)
    }

    func testFileProblemsOfCheckAndImportInEnglish() throws {
        try "姓名,手机\n张三,12\n".write(to: folder.appendingPathComponent("sheet.csv"), atomically: true, encoding: .utf8)
        let sheet = try run(["import", "sheet.csv"], english)
        XCTAssertTrue(sheet.error.contains("sheet.csv:2: phone “12” has a wrong number of digits (2)"), sheet.error)
        XCTAssertFalse(sheet.error.contains("位数"), sheet.error)
        let skipped = try run(["import", "sheet.csv", "--skip-bad", "--lang", "en"], server)
        XCTAssertTrue(skipped.error.contains("sheet.csv:2: phone “12” has a wrong number of digits (2) (skipped)"), skipped.error)
        let duties = "日期,班次,卡口,值班人员,锁定,备注\n2022-04-31,早班,1号进站口,严杰,否,\n"
        try duties.write(to: folder.appendingPathComponent("duties.csv"), atomically: true, encoding: .utf8)
        let check = try run(["check", "--lang", "en"], server)
        XCTAssertEqual(check.status, 2)
        XCTAssertTrue(check.error.contains("duties.csv:2: invalid date “2022-04-31”, expected YYYY-MM-DD"), check.error)
        XCTAssertFalse(check.error.contains("无效"), check.error)
        XCTAssertTrue(try run(["check"], server).error.contains("duties.csv:2: 日期“2022-04-31”无效（应为 YYYY-MM-DD）"))
    }
}
