import Foundation
import XCTest

/// The command-line contract used by users' scripts: names, exit statuses, `file:line:` messages.
final class CommandLineTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
    }

    func testInitFromAnExampleThenCheckIsClean() throws {
        let folder = temporaryFolder(for: self)
        let created = try ZhibanRun(["init", "r", "--example", "chungu"], in: folder)
        XCTAssertEqual(created.status, 0, created.error)
        let check = try ZhibanRun(["--roster", "r", "check"], in: folder)
        XCTAssertEqual(check.status, 0, check.error)
        XCTAssertTrue(check.output.contains("158 名志愿者，14 个卡口"), check.output)
    }

    func testCheckExitsOneWithFileAndLineForEachProblem() throws {
        let folder = temporaryFolder(for: self)
        XCTAssertEqual(try ZhibanRun(["init", ".", "--example", "station"], in: folder).status, 0)
        let duties = folder.appendingPathComponent("duties.csv")
        try "日期,班次,卡口,值班人员,锁定,备注\n2022-04-07,早班,1号进站口,严杰;查无此人,否,\n".write(to: duties, atomically: true, encoding: .utf8)
        let check = try ZhibanRun(["check"], in: folder)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.output.contains("duties.csv:2: 2022-04-07 早班 1号进站口：没有叫 查无此人 的志愿者"), check.output)
    }

    func testAnUnreadableRosterIsStatusTwoForEveryCommand() throws {
        let folder = temporaryFolder(for: self)
        XCTAssertEqual(try ZhibanRun(["init", ".", "--example", "station"], in: folder).status, 0)
        try "title = \"坏了\n".write(to: folder.appendingPathComponent("roster.toml"), atomically: true, encoding: .utf8)
        let check = try ZhibanRun(["check"], in: folder)
        XCTAssertEqual(check.status, 2)
        XCTAssertTrue(check.error.hasPrefix("roster.toml:1: "), check.error)
        let importing = try ZhibanRun(["import", folder.path], in: folder)
        XCTAssertEqual(importing.status, 2)
        let empty = temporaryFolder(for: self)
        XCTAssertEqual(try ZhibanRun(["check"], in: empty).status, 2)
    }

    func testImportReportsBadRowsAndImportsNothingUnlessSkipBad() throws {
        let folder = temporaryFolder(for: self)
        let csv = folder.appendingPathComponent("名单.csv")
        try "\u{FEFF}姓名,手机,党员,所属队伍\r\n王伟,13800000000,是,机动组\r\n李强,138abc,否,机动组\r\n".write(to: csv, atomically: true, encoding: .utf8)
        let refused = try ZhibanRun(["--roster", "r", "import", csv.path], in: folder)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.error.contains("名单.csv:3: 手机号“138abc”含有字母"), refused.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r/roster.toml").path))
        let skipped = try ZhibanRun(["--roster", "r", "import", "--skip-bad", csv.path], in: folder)
        XCTAssertEqual(skipped.status, 0, skipped.error)
        XCTAssertTrue(skipped.error.contains("名单.csv:3:"), skipped.error)
        let again = try ZhibanRun(["--roster", "r", "import", "--skip-bad", csv.path], in: folder)
        XCTAssertEqual(again.status, 0, again.error)
        let volunteers = try String(contentsOf: folder.appendingPathComponent("r/volunteers.csv"), encoding: .utf8)
        XCTAssertEqual(volunteers.components(separatedBy: "王伟").count - 1, 1, "imported twice, listed once")
    }

    func testASecondWriterIsRefusedWhileReadOnlyWorks() throws {
        let folder = temporaryFolder(for: self)
        XCTAssertEqual(try ZhibanRun(["init", ".", "--example", "station"], in: folder).status, 0)
        let lock = try FileHandle(forUpdating: folder.appendingPathComponent(".zhiban.lock"))
        XCTAssertEqual(flock(lock.fileDescriptor, LOCK_EX | LOCK_NB), 0)
        defer { try? lock.close() }
        let csv = folder.appendingPathComponent("v.csv")
        try "姓名\n新人\n".write(to: csv, atomically: true, encoding: .utf8)
        let refused = try ZhibanRun(["import", csv.path], in: folder)
        XCTAssertEqual(refused.status, 1, "a busy roster is a failed command, not an unreadable one")
        XCTAssertTrue(refused.error.contains("另一个 zhiban"), refused.error)
        XCTAssertEqual(try ZhibanRun(["--read-only", "check"], in: folder).status, 0)
    }

    func testDemoWorksFromAnyFolderAndWritesNothing() throws {
        let folder = temporaryFolder(for: self)
        let demo = try ZhibanRun(["demo", "yinhe", "--summary"], in: folder)
        XCTAssertEqual(demo.status, 0, demo.error)
        XCTAssertTrue(demo.output.contains("南门"), demo.output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}
