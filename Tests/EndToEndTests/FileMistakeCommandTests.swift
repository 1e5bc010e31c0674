import Foundation
import XCTest

/// Mistakes left in the files by hand or by git, as the commands report them: each at its own
/// `file:line`, status 2, nothing written.
final class FileMistakeCommandTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
    }

    /// The station example in a fresh folder (the current folder of each run).
    private func station() throws -> URL {
        let folder = temporaryFolder(for: self)
        XCTAssertEqual(try ZhibanRun(["init", ".", "--example", "station"], in: folder).status, 0)
        return folder
    }

    private func edit(_ file: URL, _ change: (String) -> String) throws {
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    func testAMergeConflictInTheVolunteersIsStatusTwoAtItsLineAndNothingIsWritten() throws {
        let folder = try station()
        let volunteers = folder.appendingPathComponent("volunteers.csv")
        try edit(volunteers) { text in
            var lines = text.components(separatedBy: "\n")
            lines.insert(contentsOf: ["<<<<<<< HEAD", "新人甲,13800000001,否,,,,,", "=======", "新人乙,13800000002,否,,,,,",
                                      ">>>>>>> 同事的修改"], at: 3)
            return lines.joined(separator: "\n")
        }
        let before = try Data(contentsOf: volunteers)
        let check = try ZhibanRun(["check"], in: folder)
        XCTAssertEqual(check.status, 2, check.output + check.error)
        XCTAssertTrue(check.error.hasPrefix("volunteers.csv:4: 未解决的合并冲突"), check.error)
        let rotate = try ZhibanRun(["rotate", "--from", "2022-04-07", "--to", "2022-04-07"], in: folder)
        XCTAssertEqual(rotate.status, 2, rotate.error)
        XCTAssertEqual(try Data(contentsOf: volunteers), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("duties.csv.bak").path))
    }

    func testAMergeConflictInASpreadsheetToImportIsStatusTwo() throws {
        let folder = try station()
        let sheet = folder.appendingPathComponent("新名单.csv")
        try "姓名,手机\n<<<<<<< HEAD\n新人甲,13800000001\n=======\n新人乙,13800000002\n>>>>>>> theirs\n"
            .write(to: sheet, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: folder.appendingPathComponent("volunteers.csv"))
        let imported = try ZhibanRun(["import", "新名单.csv"], in: folder)
        XCTAssertEqual(imported.status, 2, imported.error)
        XCTAssertTrue(imported.error.hasPrefix("新名单.csv:2: 未解决的合并冲突"), imported.error)
        XCTAssertTrue(imported.error.contains("什么都没有导入"), imported.error)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("volunteers.csv")), before)
    }

    func testAShiftNameWithATrailingSpaceAndAnUnknownTimeZoneAreReportedAtTheirLines() throws {
        let folder = try station()
        try edit(folder.appendingPathComponent("roster.toml")) {
            $0.replacingOccurrences(of: "time_zone = \"Asia/Shanghai\"", with: "time_zone = \"Asia/Shangai\"")
                .replacingOccurrences(of: "name = \"早班\"", with: "name = \"早班 \"")
        }
        let lines = try String(contentsOf: folder.appendingPathComponent("roster.toml"), encoding: .utf8).components(separatedBy: "\n")
        let zoneLine = lines.firstIndex { $0.hasPrefix("time_zone") }! + 1
        let shiftLine = lines.firstIndex { $0 == "name = \"早班 \"" }! + 1
        let check = try ZhibanRun(["check"], in: folder)
        XCTAssertEqual(check.status, 2, check.output)
        XCTAssertEqual(check.error.split(separator: "\n").map(String.init), [
            "roster.toml:\(zoneLine): time_zone“Asia/Shangai”不是已知的时区（应写 IANA 名称，如 \"Asia/Shanghai\"）；导出日历要用它",
            "roster.toml:\(shiftLine): 班次名“早班 ”末尾有空格：别处写的“早班”对不上它，请删掉空格",
        ])
        let ics = try ZhibanRun(["export", "ics", "--person", "严杰"], in: folder)
        XCTAssertEqual(ics.status, 2)
        XCTAssertTrue(ics.error.contains("roster.toml:\(zoneLine): time_zone"), ics.error)
    }
}
