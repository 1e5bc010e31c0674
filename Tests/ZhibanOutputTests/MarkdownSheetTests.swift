import XCTest
import ZhibanModel
@testable import ZhibanOutput

final class MarkdownSheetTests: XCTestCase {
    private let day = SampleRoster.day

    func testDailySheetMatchesGolden() {
        let output = PrintJob(roster: SampleRoster.make(), dates: day...day, format: .markdown).render()
        Golden.assertMatches(output, named: "sample-by-date.md")
    }

    func testPipesAndMarkupInNamesAreEscaped() {
        let output = PrintJob(roster: Hostile.roster(), dates: day...day, format: .markdown).render()
        let row = output.components(separatedBy: "\n").first { $0.contains("坏") }!
        XCTAssertTrue(row.contains("坏\u{FFFD}\\[31m人\\|\\<b\\>&\"' "), row)
        // Every row of the table still has the header's number of cells.
        let cells = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
        XCTAssertEqual(cells, 6)
    }

    func testEveryRowHasAllCells() {
        let output = PrintJob(roster: SampleRoster.make(), dates: day...day, format: .markdown).render()
        let rows = output.components(separatedBy: "\n").filter { $0.hasPrefix("|") }
        XCTAssertEqual(rows.count, 12)
        XCTAssertTrue(rows.allSatisfy { $0.filter { $0 == "|" }.count == 6 })
    }
}
