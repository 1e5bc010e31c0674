import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// duties.csv's 锁定 column: `是`/`否` as every earlier file wrote it, or the names of the people
/// a hand edit pinned.
final class PinnedPeopleFileTests: XCTestCase {
    private func duties(_ rows: String) throws -> TableRead<Duty> {
        try DutyTable.read(try CSVParser.parse("日期,班次,卡口,值班人员,锁定,备注\n" + rows), file: "duties.csv")
    }

    func testOldYesAndNoStillReadAsTheWholeShiftOrNothing() throws {
        let read = try duties("2022-04-01,白班,南门,王伟;李强,是,\n2022-04-02,白班,南门,王伟,否,\n")
        XCTAssertEqual(read.problems, [])
        XCTAssertEqual(read.items.map(\.pinned), [true, false])
        XCTAssertEqual(read.items.map(\.pinnedPeople), [[], []])
    }

    func testNamesInThePinnedColumnPinThosePeopleOnly() throws {
        let read = try duties("2022-04-01,白班,南门,王伟;李强,李强,\n")
        XCTAssertEqual(read.problems, [])
        XCTAssertEqual(read.items.first?.pinned, false)
        XCTAssertEqual(read.items.first?.pinnedPeople, ["李强"])
        XCTAssertEqual(DutyTable.rows(read.items).first?[4], "李强")
    }

    func testAPinnedNameNotOnTheShiftIsALineProblem() throws {
        let read = try duties("2022-04-01,白班,南门,王伟,张三,\n")
        XCTAssertEqual(read.items, [])
        XCTAssertEqual(read.problems.map(\.description), ["duties.csv:2: 锁定一栏的“张三”不在本班值班人员中（应填“是”“否”或本班的人名）"])
    }

    func testSomeoneCalledYesPinnedAloneReadsBackAsAName() throws {
        let read = try duties("2022-04-01,白班,南门,是;李强,是;,\n")
        XCTAssertEqual(read.items.first?.pinnedPeople, ["是"])
        XCTAssertEqual(read.items.first?.pinned, false)
        XCTAssertEqual(DutyTable.rows(read.items).first?[4], "是;")
    }
}
