import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// 不能值班 in volunteers.csv and in an imported spreadsheet: ranges and dates without a year,
/// written back in the canonical form.
final class UnavailabilityFileTests: XCTestCase {
    private let definitions = "title = \"测试\"\n\n[[shift]]\nname = \"白班\"\nstart = \"08:00\"\nend = \"20:00\"\n"

    func testShortDatesInTheFileTakeTheYearOfThePlannedDatesAndAreWrittenInFull() throws {
        let files: [String: [UInt8]?] = [
            RosterFiles.definitions: Array(definitions.utf8),
            RosterFiles.volunteers: Array("姓名,不能值班\n王伟,4-8~4-21;4月25日\n".utf8),
            RosterFiles.duties: Array("日期,班次,卡口,值班人员\n2021-04-01,白班,南门,王伟\n".utf8),
        ]
        let roster = try RosterFiles.roster(from: files)
        XCTAssertEqual(roster.volunteers.first?.unavailable, [
            .dates(LocalDate(parsing: "2021-04-08")!, through: LocalDate(parsing: "2021-04-21")!),
            .date(LocalDate(parsing: "2021-04-25")!),
        ])
        let written = RosterFiles.contents(of: roster).first { $0.name == RosterFiles.volunteers }!.bytes
        XCTAssertTrue(String(decoding: written, as: UTF8.self).contains("2021-04-08~2021-04-21;2021-04-25"))
    }

    func testABadRangeNamesItsLine() {
        let files: [String: [UInt8]?] = [
            RosterFiles.definitions: Array(definitions.utf8),
            RosterFiles.volunteers: Array("姓名,不能值班\n王伟,周六\n李强,2022-04-21~2022-04-08\n".utf8),
        ]
        XCTAssertThrowsError(try RosterFiles.roster(from: files)) { error in
            XCTAssertTrue("\(error)".contains("volunteers.csv:3: 不能值班“2022-04-21~2022-04-08”不是"), "\(error)")
        }
    }

    func testAnImportReadsRanges() throws {
        let outcome = try Fixtures.importing(["v.csv": Fixtures.volunteerHeader + "王伟,,否,,,,2022-04-08~2022-04-21,\n"])
        XCTAssertEqual(outcome.roster.volunteers.first?.unavailable,
                       [.dates(LocalDate(parsing: "2022-04-08")!, through: LocalDate(parsing: "2022-04-21")!)])
    }
}
