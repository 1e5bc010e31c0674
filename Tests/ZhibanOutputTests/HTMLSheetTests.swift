import XCTest
import ZhibanModel
@testable import ZhibanOutput

final class HTMLSheetTests: XCTestCase {
    private let day = SampleRoster.day

    private func html(_ grouping: SheetGrouping = .checkpoint, roster: Roster = SampleRoster.make()) -> String {
        PrintJob(roster: roster, dates: day...day, grouping: grouping, format: .html).render()
    }

    func testCheckpointSheetsMatchGolden() {
        Golden.assertMatches(html(), named: "sample-by-checkpoint.html")
    }

    func testPageIsSelfContainedWithA4AndChineseFonts() {
        let output = html()
        XCTAssertTrue(output.contains("@page { size: A4;"))
        XCTAssertTrue(output.contains("\"Noto Sans CJK SC\"") && output.contains("\"Microsoft YaHei\"") && output.contains("\"SimSun\""))
        XCTAssertTrue(output.contains("<meta charset=\"utf-8\">"))
        XCTAssertFalse(output.contains("<script") || output.contains("<link") || output.contains("src="))
    }

    func testOnePageBreakBetweenGates() {
        let output = html()
        XCTAssertEqual(output.components(separatedBy: "<section class=\"sheet page-end\">").count - 1, 2)
        XCTAssertEqual(output.components(separatedBy: "<section class=\"sheet\">").count - 1, 1)
    }

    func testEveryTextIsEscaped() {
        let output = html(.date, roster: Hostile.roster())
        XCTAssertTrue(output.contains("坏\u{FFFD}[31m人|&lt;b&gt;&amp;&quot;&#39; "), output)
        XCTAssertFalse(output.contains("<b>"))
        XCTAssertFalse(output.unicodeScalars.contains("\u{1B}"))
    }

    func testRepeatedSlotCellsSpanTheirRows() {
        XCTAssertTrue(html(.date).contains("<td rowspan=\"4\">天瑞城市花园南门</td><td rowspan=\"2\">白班</td>"))
    }
}
