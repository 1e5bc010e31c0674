import XCTest
import ZhibanModel
@testable import ZhibanOutput

final class CSVSheetTests: XCTestCase {
    private let day = SampleRoster.day

    private func csv(_ grouping: SheetGrouping = .date, roster: Roster = SampleRoster.make(), bom: Bool = false) -> String {
        PrintJob(roster: roster, dates: day...SampleRoster.nextDay, grouping: grouping, format: .csv,
                 options: PrintOptions(byteOrderMark: bom)).render()
    }

    func testDailyCSVMatchesGolden() {
        Golden.assertMatches(csv(), named: "sample-by-date.csv")
    }

    func testPersonCSVMatchesGolden() {
        Golden.assertMatches(csv(.person), named: "sample-by-person.csv")
    }

    func testRecordsEndWithCRLFAndByteOrderMarkOnlyWhenAsked() {
        let plain = csv()
        XCTAssertTrue(plain.hasPrefix("日期,卡口,班次,时间,姓名,负责人,党员,电话\r\n"))
        let bytes = Array(plain.utf8)
        let lineFeeds = bytes.indices.filter { bytes[$0] == 0x0A }
        XCTAssertEqual(lineFeeds.count, 21)
        XCTAssertTrue(lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D })
        XCTAssertTrue(csv(bom: true).hasPrefix("\u{FEFF}日期,"))
        XCTAssertEqual(Array(csv(bom: true).utf8.prefix(3)), [0xEF, 0xBB, 0xBF])
    }

    func testFieldsWithCommasAndQuotesAreQuoted() {
        XCTAssertEqual(CSVField.encode("张三,李四"), "\"张三,李四\"")
        XCTAssertEqual(CSVField.encode("他说\"好\""), "\"他说\"\"好\"\"\"")
        XCTAssertEqual(CSVField.encode("王伟"), "王伟")
        XCTAssertEqual(CSVField.record(["a", "b,c", ""]), "a,\"b,c\",\r\n")
    }

    func testFormulaStartsAreDisarmed() {
        XCTAssertEqual(CSVField.encode("=1+1"), "'=1+1")
        XCTAssertEqual(CSVField.encode("+8613800000000"), "'+8613800000000")
        XCTAssertEqual(CSVField.encode("-2"), "'-2")
        XCTAssertEqual(CSVField.encode("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVField.encode("\t=cmd"), "' =cmd")
        XCTAssertEqual(CSVField.encode("\r=cmd"), "' =cmd")
        XCTAssertEqual(CSVField.encode("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"")
        XCTAssertEqual(CSVField.encode("a=b"), "a=b")
    }

    func testHostileRowStaysOneRecordWithDisarmedCells() {
        let output = csv(roster: Hostile.roster())
        let record = output.components(separatedBy: "\r\n").first { $0.contains("坏") }!
        XCTAssertFalse(record.contains("\n"))
        XCTAssertTrue(record.contains(",\"'=HYPERLINK(\"\"http://x\"\")\""), record)
        XCTAssertFalse(output.unicodeScalars.contains("\u{1B}"))
    }

    func testNoPhoneDropsThePhoneColumn() {
        let output = PrintJob(roster: SampleRoster.make(), dates: day...day, format: .csv,
                              options: PrintOptions(includePhone: false)).render()
        XCTAssertTrue(output.hasPrefix("日期,卡口,班次,时间,姓名,负责人,党员\r\n"))
        XCTAssertFalse(output.contains("1701000"))
    }
}
