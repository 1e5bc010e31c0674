import Foundation
import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// `.xlsx` import: workbooks written by an independent library (openpyxl, Python's zipfile)
/// must import exactly like the CSV files of the same data, and bad workbooks must be clear
/// errors with nothing imported.
final class WorkbookImportTests: XCTestCase {
    private func importing(_ files: [URL]) throws -> SpreadsheetImporter.Outcome {
        try SpreadsheetImporter().importing(files, into: .empty(title: "测试"))
    }

    private func problem(importing file: URL, file path: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let outcome = try importing([file])
            XCTFail("imported \(outcome.counts) from a bad workbook", file: path, line: line)
            return ""
        } catch {
            return "\(error)"
        }
    }

    func testExcelWorkbooksImportLikeTheirCSVs() throws {
        let folder = Fixtures.temporaryFolder(self)
        for example in ["chungu", "shangyi", "station", "yinhe"] {
            let workbook = try WorkbookMaker.excel(example: example, in: folder)
            let fromCSV = try importing(SpreadsheetImporter.files(for: [Fixtures.examples(example)])).roster
            let outcome = try importing([workbook])
            XCTAssertEqual(outcome.roster.volunteers, fromCSV.volunteers, example)
            XCTAssertEqual(outcome.roster.checkpoints, fromCSV.checkpoints, example)
            XCTAssertEqual(outcome.roster.teams, fromCSV.teams, example)
            XCTAssertEqual(outcome.roster.shifts, fromCSV.shifts, example)
            XCTAssertEqual(outcome.notes.map(\.zh), [
                "\(workbook.relativePath)[说明]：看不出是哪张表（表头没有“姓名”“卡口”“开始”或“负责小区”），没有导入",
                "\(workbook.relativePath)[下拉选项]：隐藏的工作表，没有导入",
            ], "the empty Sheet3 is left out silently")
        }
    }

    func testPhonesStoredAsNumbersKeepTheirElevenDigitsAndRowsKeepTheirExcelRow() throws {
        let workbook = try WorkbookMaker.excel(example: "chungu", in: Fixtures.temporaryFolder(self))
        let roster = try importing([workbook]).roster
        let person = try XCTUnwrap(roster.volunteer(named: "毛瑩建"))
        XCTAssertEqual(person.phone, "17010000001")
        XCTAssertEqual(person.team, "综合组", "a team merged down over its members counts for each of them")
        XCTAssertEqual(person.unavailable, [.date(LocalDate(year: 2022, month: 4, day: 17)!), .date(LocalDate(year: 2022, month: 4, day: 18)!)])
        // Title row 1, header row 2, first person row 3; an empty row after the third person.
        XCTAssertEqual(roster.volunteer(named: "夏红文")?.location, SourceLocation(file: "\(workbook.relativePath)[志愿者]", line: 3))
        XCTAssertEqual(roster.volunteer(named: "宋福艳")?.location?.line, 7)
    }

    func testSharedAndInlineStringsAreRead() throws {
        let folder = Fixtures.temporaryFolder(self)
        for kind in ["shared-strings", "inline-strings"] {
            let roster = try importing([WorkbookMaker.raw(kind, in: folder)]).roster
            XCTAssertEqual(roster.shifts.map(\.name), ["白班", "夜班"], kind)
            XCTAssertEqual(roster.shifts.map(\.start.description), ["08:00", "20:00"], kind)
        }
    }

    func testABadRowIsNamedByFileSheetAndRowAndNothingIsImported() throws {
        let file = try WorkbookMaker.raw("bad-row", in: Fixtures.temporaryFolder(self))
        XCTAssertEqual(problem(importing: file), "\(file.relativePath)[班次]:4: 开始时间“25:00”无效（应为 HH:MM，00:00–23:59）")
    }

    func testAFolderImportsItsWorkbooksButNotExcelsLockFiles() throws {
        let folder = Fixtures.temporaryFolder(self)
        let workbook = try WorkbookMaker.raw("shared-strings", in: folder)
        try Data("not a workbook".utf8).write(to: folder.appendingPathComponent("~$shared-strings.xlsx"))
        XCTAssertEqual(try SpreadsheetImporter.files(for: [folder]).map(\.lastPathComponent), [workbook.lastPathComponent])
    }

    func testAWorkbookNamedCSVIsStillReadAsAWorkbook() throws {
        let folder = Fixtures.temporaryFolder(self)
        let renamed = folder.appendingPathComponent("shifts.csv")
        try FileManager.default.moveItem(at: WorkbookMaker.raw("inline-strings", in: folder), to: renamed)
        XCTAssertEqual(try importing([renamed]).roster.shifts.count, 2)
    }

    // MARK: Bad workbooks

    func testAZipBombIsStoppedWhileInflatingWithBoundedMemory() throws {
        let file = try WorkbookMaker.raw("zip-bomb", in: Fixtures.temporaryFolder(self))
        let before = Self.peakMemory()
        let started = Date()
        XCTAssertTrue(problem(importing: file).contains("解压后超过 64 MB（可能是“压缩炸弹”"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertLessThan(Self.peakMemory() - before, 200 * 1024 * 1024, "256 MB unpacked must never be held")
    }

    func testAHugeSharedStringsTableIsRefused() throws {
        let file = try WorkbookMaker.raw("huge-shared-strings", in: Fixtures.temporaryFolder(self))
        XCTAssertTrue(problem(importing: file).contains("xl/sharedStrings.xml 解压后超过 64 MB"))
    }

    func testMalformedXMLNamesThePartAndLine() throws {
        let file = try WorkbookMaker.raw("malformed-xml", in: Fixtures.temporaryFolder(self))
        XCTAssertEqual(problem(importing: file),
                       "\(file.relativePath)[班次]（xl/worksheets/sheet1.xml）:2: XML 格式错误，工作簿已损坏：请在 Excel/WPS 里打开后重新保存")
    }

    /// fuzz-xlsx, crash 2: FoundationXML traps on an element name that is not UTF-8.
    func testAPartThatIsNotUTF8IsRefusedBeforeParsing() throws {
        let file = try WorkbookMaker.raw("name-not-utf8", in: Fixtures.temporaryFolder(self))
        XCTAssertEqual(problem(importing: file), "\(file.relativePath)[班次]（xl/worksheets/sheet1.xml）:2: "
            + "不是有效的 UTF-8 文本（或含有 NUL 字符），工作簿已损坏：请在 Excel/WPS 里打开后重新保存")
    }

    func testEntityDeclarationsAreRefusedBeforeParsing() throws {
        let file = try WorkbookMaker.raw("doctype", in: Fixtures.temporaryFolder(self))
        XCTAssertTrue(problem(importing: file).contains("含有 XML 文档类型声明"))
    }

    func testPasswordProtectedOldXLSAndOtherZipFilesAreNamedForWhatTheyAre() throws {
        let folder = Fixtures.temporaryFolder(self)
        XCTAssertTrue(problem(importing: try WorkbookMaker.raw("password", in: folder)).contains("工作簿设了打开密码"))
        XCTAssertTrue(problem(importing: try WorkbookMaker.raw("xls", in: folder)).contains("旧版 Excel 97–2003 工作簿（.xls）"))
        XCTAssertTrue(problem(importing: try WorkbookMaker.raw("not-a-workbook", in: folder)).contains("不是 Excel 工作簿"))
        let truncated = folder.appendingPathComponent("truncated.xlsx")
        try Data(try Data(contentsOf: WorkbookMaker.raw("inline-strings", in: folder)).prefix(300)).write(to: truncated)
        XCTAssertTrue(problem(importing: truncated).contains("工作簿已损坏"))
    }

    /// The process's peak resident memory so far, in bytes.
    private static func peakMemory() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
