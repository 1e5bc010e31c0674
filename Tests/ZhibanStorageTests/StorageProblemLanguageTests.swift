import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// Every reader's problems read in English under `.en`, keeping the `file:line:` prefix, and
/// stay word for word Chinese by default.
final class StorageProblemLanguageTests: XCTestCase {
    private func problems(_ text: String, file: String,
                          _ read: ([CSVRecord], String) throws -> [Diagnostic]) throws -> [Diagnostic] {
        try read(CSVFile.records(bytes: Array(text.utf8), name: file), file)
    }

    private func assertEnglish(_ problems: [Diagnostic], _ expected: String, chinese: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(problems.map { $0.description(in: .en) }, [expected], file: file, line: line)
        XCTAssertEqual(problems.map(\.description), [chinese], file: file, line: line)
    }

    func testVolunteerRowInEnglish() throws {
        let found = try problems("姓名,手机,党员\n,12,也许\n", file: "volunteers.csv") { try VolunteerTable.read($0, file: $1).problems }
        assertEnglish(found, "volunteers.csv:2: name missing; phone “12” has a wrong number of digits (2); "
                        + "party member should be “是” (yes) or “否” (no), not “也许”",
                      chinese: "volunteers.csv:2: 缺少姓名；手机号“12”位数不对（2 位）；党员一栏应填“是”或“否”，而不是“也许”")
    }

    func testDutyRowInEnglish() throws {
        let found = try problems("日期,班次,卡口,值班人员\n2022-04-31,,1号,张三\n", file: "duties.csv") { try DutyTable.read($0, file: $1).problems }
        assertEnglish(found, "duties.csv:2: invalid date “2022-04-31”, expected YYYY-MM-DD; shift missing",
                      chinese: "duties.csv:2: 日期“2022-04-31”无效（应为 YYYY-MM-DD）；缺少班次")
    }

    func testServedRowInEnglish() throws {
        let text = "记录时间,记录人,日期,班次,卡口,人员,事件\n2022-04-07 08:00:00,王,2022-04-07,早班,1号,张三,跳舞\n"
        let found = try problems(text, file: "served/2022-04.csv") { try ServedTable.read($0, file: $1).problems }
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].description(in: .en).hasPrefix("served/2022-04.csv:2: unknown event “跳舞” (expected "),
                      found[0].description(in: .en))
        XCTAssertTrue(found[0].description.hasPrefix("served/2022-04.csv:2: 事件“跳舞”不认识"), found[0].description)
    }

    func testShiftCheckpointAndGroupSheetsInEnglish() throws {
        let shifts = try problems("班次,开始,结束\n早班,25:00,12:00\n", file: "班次.csv") { try ShiftTable.read($0, file: $1).problems }
        assertEnglish(shifts, "班次.csv:2: invalid start “25:00”, expected HH:MM, 00:00–23:59",
                      chinese: "班次.csv:2: 开始时间“25:00”无效（应为 HH:MM，00:00–23:59）")
        let groups = try problems("队伍,负责小区\n,一区\n", file: "党小组.csv") { try GroupTable.read($0, file: $1).problems }
        assertEnglish(groups, "党小组.csv:2: team name missing", chinese: "党小组.csv:2: 缺少队伍名")
    }

    func testDecodingConflictAndSizeInEnglish() {
        func englishError(_ bytes: [UInt8]) -> String {
            do {
                _ = try CSVFile.records(bytes: bytes, name: "x.csv")
                return "no error"
            } catch {
                return error.description(in: .en)
            }
        }
        XCTAssertEqual(englishError(Array("姓名\n\"张三\n".utf8)),
                       "x.csv:2: unclosed quote: the quoted field starting on this line runs to the end of the file")
        XCTAssertEqual(englishError([0xFF, 0xFE, 0x59, 0x5B]), "x.csv:1: the file is UTF-16; in Excel/WPS save it as “CSV UTF-8”")
        XCTAssertEqual(englishError(Array("姓名\n<<<<<<< HEAD\n张三\n=======\n李四\n>>>>>>> b\n".utf8)),
                       "x.csv:2: unresolved merge conflict (git’s <<<<<<< ======= >>>>>>> marks): "
                        + "choose one of the two versions, delete the mark lines, then open it again")
        XCTAssertEqual(englishError(Array(repeating: 0x41, count: FileSizeLimit.bytes + 1)),
                       "x.csv:0: file too large (over 20 MB), not read: zhiban reads tables of up to about 200,000 rows. "
                        + "Check the file is the right one, or split it into several")
    }
}

extension StorageProblemLanguageTests {
    func testMissingColumnInEnglish() {
        XCTAssertThrowsError(try DutyTable.read(CSVFile.records(bytes: Array("日期,班次\n".utf8), name: "duties.csv"), file: "duties.csv")) {
            XCTAssertEqual(($0 as? RosterFileError)?.description(in: .en),
                           "duties.csv:1: missing columns: 卡口, 值班人员 (the header is: 日期，班次)")
        }
    }
}

extension StorageProblemLanguageTests {
    func testRosterTOMLProblemsInEnglish() {
        let text = "title = \"t\"\ncolour = 1\n\n[[shift]]\nname = \"早班 \"\nstart = \"08:00\"\nend = \"25:00\"\n"
        XCTAssertThrowsError(try RosterTOMLReader.roster(from: text, file: "roster.toml")) {
            let english = ($0 as? RosterFileError)?.description(in: .en) ?? ""
            XCTAssertTrue(english.contains("roster.toml:2: unknown key colour (a typo?)"), english)
            XCTAssertTrue(english.contains("roster.toml:5: shift name “早班 ” ends in spaces"), english)
            XCTAssertTrue(english.contains("roster.toml:7: invalid end time “25:00”, expected HH:MM, 00:00–24:00"), english)
            XCTAssertTrue("\($0)".contains("roster.toml:2: 未知的键 colour（拼写错误？）"), "\($0)")
        }
        XCTAssertThrowsError(try RosterTOMLReader.roster(from: "[北门]\n", file: "roster.toml")) {
            XCTAssertTrue(($0 as? RosterFileError)?.description(in: .en).hasPrefix("roster.toml:1: TOML syntax error: ") == true, "\($0)")
        }
    }
}
