import XCTest
@testable import ZhibanStorage

final class CSVParserTests: XCTestCase {
    func testQuotedFieldsHoldCommasQuotesAndLineBreaksAndKeepTheirStartingLine() throws {
        let text = "姓名,备注\r\n王伟,\"说：\"\"好的\"\"，明天来\"\r\n李强,\"两行\n备注\"\r\n赵六,末行"
        let records = try CSVParser.parse(text)
        XCTAssertEqual(records.map(\.line), [1, 2, 3, 5])
        XCTAssertEqual(records[1].fields, ["王伟", "说：\"好的\"，明天来"])
        XCTAssertEqual(records[2].fields, ["李强", "两行\n备注"])
        XCTAssertEqual(records[3].fields, ["赵六", "末行"], "a missing final line break is fine")
    }

    func testLoneCarriageReturnsAndBlankLinesAreLineEnds() throws {
        let records = try CSVParser.parse("a,b\rc,d\n\ne,f\n")
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["c", "d"], [""], ["e", "f"]])
        XCTAssertEqual(records.map(\.line), [1, 2, 3, 4])
        XCTAssertTrue(records[2].isBlank)
    }

    func testAnUnterminatedQuoteIsReportedAtTheLineItStarts() {
        XCTAssertThrowsError(try CSVParser.parse("a,b\nc,\"never closed\nmore\n")) { error in
            XCTAssertEqual((error as? CSVParser.SyntaxError)?.line, 2)
        }
    }

    func testTextAfterAClosingQuoteIsAnError() {
        XCTAssertThrowsError(try CSVParser.parse("a\n\"x\"y\n")) { error in
            XCTAssertEqual((error as? CSVParser.SyntaxError)?.line, 2)
        }
    }

    func testWriterQuotesOnlyWhatNeedsQuotingAndReadsBack() throws {
        let rows = [["王伟", "a,b", "say \"hi\"", "two\nlines", " padded", "plain"]]
        let text = CSVWriter.file(header: ["h1", "h2", "h3", "h4", "h5", "h6"], rows: rows)
        XCTAssertTrue(text.hasPrefix("\u{FEFF}h1,"))
        XCTAssertTrue(text.contains("王伟,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",plain\n"))
        let decoded = try TextDecoder.decode(Array(text.utf8)).text
        XCTAssertEqual(try CSVParser.parse(decoded)[1].fields, rows[0])
    }
}
