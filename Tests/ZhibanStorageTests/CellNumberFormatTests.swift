import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// Numbers in workbook cells as import reads them: phones, dates and times as Excel stores them.
final class CellNumberFormatTests: XCTestCase {
    func testIntegersKeepAllTheirDigits() {
        XCTAssertEqual(CellNumberFormat.plain.text("13812345678", date1904: false), "13812345678")
        XCTAssertEqual(CellNumberFormat.plain.text("1.3812345678E+10", date1904: false), "13812345678")
        XCTAssertEqual(CellNumberFormat.plain.text("2", date1904: false), "2")
        XCTAssertEqual(CellNumberFormat.plain.text("2.5", date1904: false), "2.5")
        XCTAssertEqual(CellNumberFormat.plain.text("0.1", date1904: false), "0.1")
    }

    func testSerialDatesCountTheLeapDayOf1900ThatNeverWas() {
        func date(_ serial: Int) -> String { CellNumberFormat.date(serial: serial, date1904: false).description }
        XCTAssertEqual(date(1), "1900-01-01")
        XCTAssertEqual(date(59), "1900-02-28")
        XCTAssertEqual(date(61), "1900-03-01")
        XCTAssertEqual(date(44668), "2022-04-17")
        XCTAssertEqual(CellNumberFormat.date(serial: 43206, date1904: true).description, "2022-04-17")
    }

    func testDatesAndTimesByTheirFormat() {
        XCTAssertEqual(CellNumberFormat.dateTime.text("44668", date1904: false), "2022-04-17")
        XCTAssertEqual(CellNumberFormat.dateTime.text("44668.5", date1904: false), "2022-04-17 12:00")
        XCTAssertEqual(CellNumberFormat.dateTime.text("0.3333333333333333", date1904: false), "08:00")
        XCTAssertEqual(CellNumberFormat.time.text("0.8333333333333334", date1904: false), "20:00")
        XCTAssertEqual(CellNumberFormat.time.text("1", date1904: false), "24:00")
        XCTAssertEqual(CellNumberFormat.time.text("0.99999", date1904: false), "24:00")
    }

    func testFormatCodesAreClassifiedByTheirLettersOutsideQuotesAndBrackets() {
        XCTAssertEqual(CellNumberFormat.classify("yyyy\"年\"m\"月\"d\"日\""), .dateTime)
        XCTAssertEqual(CellNumberFormat.classify("[$-804]yyyy/m/d"), .dateTime)
        XCTAssertEqual(CellNumberFormat.classify("[h]:mm"), .time)
        XCTAssertEqual(CellNumberFormat.classify("h:mm;@"), .time)
        XCTAssertEqual(CellNumberFormat.classify("General"), .plain)
        XCTAssertEqual(CellNumberFormat.classify("0.00E+00"), .plain)
        XCTAssertEqual(CellNumberFormat.classify("[Red]0;\"d\""), .plain)
        XCTAssertEqual(CellNumberFormat.classify("@"), .plain)
        XCTAssertEqual(CellNumberFormat(id: 14, code: nil), .dateTime)
        XCTAssertEqual(CellNumberFormat(id: 20, code: nil), .time)
        XCTAssertEqual(CellNumberFormat(id: 0, code: nil), .plain)
    }

    func testCellReferences() {
        XCTAssertEqual(SheetParser.cellReference("B12")?.column, 2)
        XCTAssertEqual(SheetParser.cellReference("B12")?.row, 12)
        XCTAssertEqual(SheetParser.cellReference("XFD1048576")?.column, 16384)
        XCTAssertNil(SheetParser.cellReference("XFE1"))
        XCTAssertNil(SheetParser.cellReference("A0"))
        XCTAssertNil(SheetParser.cellReference("A1048577"))
        XCTAssertEqual(SheetParser.rangeReference("A1:H2").map { [$0.0, $0.1, $0.2, $0.3] }, [1, 1, 2, 8])
    }
}
