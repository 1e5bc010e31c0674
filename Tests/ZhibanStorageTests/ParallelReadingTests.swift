import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// The duties are read on a second core while roster.toml and the volunteers are read on the
/// first (`TwoAtOnce`): the problems of all three are all there, in the same order (by file,
/// then line) on every run, and the volunteers' dates are still read near the planned ones.
final class ParallelReadingTests: XCTestCase {
    private let files: [String: [UInt8]?] = [
        RosterFiles.definitions: Array("title = \"测试\"\n\n[[shift]]\nname = \"白班\"\nstart = \"25:00\"\nend = \"20:00\"\n".utf8),
        RosterFiles.duties: Array("日期,班次,卡口,值班人员\n2022-04-31,白班,南门,王伟\n2022-04-02,,南门,王伟\n2022-04-03,白班,南门,王伟\n".utf8),
        RosterFiles.volunteers: Array("姓名,党员\n王伟,也许\n,是\n".utf8),
    ]

    func testProblemsOfEveryFileComeInFileOrderEveryTime() {
        var seen: Set<[String]> = []
        for _ in 0..<20 {
            XCTAssertThrowsError(try RosterFiles.roster(from: files)) { error in
                seen.insert((error as? RosterFileError)?.problems.map(\.description) ?? ["\(error)"])
            }
        }
        XCTAssertEqual(seen.count, 1, "\(seen)")
        let places = seen.first?.map { $0.prefix { $0 != " " } } ?? []
        XCTAssertEqual(places, ["duties.csv:2:", "duties.csv:3:", "roster.toml:5:", "volunteers.csv:2:", "volunteers.csv:3:"], "\(seen)")
    }

    func testTheVolunteersAreReadNearThePlannedDates() throws {
        var files = files
        files[RosterFiles.definitions] = Array("title = \"测试\"\n\n[[shift]]\nname = \"白班\"\nstart = \"08:00\"\nend = \"20:00\"\n".utf8)
        files[RosterFiles.duties] = Array("日期,班次,卡口,值班人员\n2021-04-01,白班,南门,王伟\n".utf8)
        files[RosterFiles.volunteers] = Array("姓名,不能值班\n王伟,4-8\n".utf8)
        XCTAssertEqual(try RosterFiles.roster(from: files).volunteers.first?.unavailable, [.date(LocalDate(parsing: "2021-04-08")!)])
    }
}
