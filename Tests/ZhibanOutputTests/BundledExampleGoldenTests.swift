import XCTest
import ZhibanModel
import ZhibanOutput
import ZhibanStorage

/// Every format on every bundled example, one planned day, compared with golden files.
final class BundledExampleGoldenTests: XCTestCase {
    private func assertGoldens(_ example: BundledExample, file: StaticString = #filePath, line: UInt = #line) throws {
        let roster = try CraftedPlan.example(example)
        let day = CraftedPlan.day...CraftedPlan.day
        let prints: [(String, SheetGrouping, OutputFormat)] = [
            ("by-date.txt", .date, .text), ("by-checkpoint.txt", .checkpoint, .text), ("by-date.md", .date, .markdown),
            ("by-date.csv", .date, .csv), ("by-checkpoint.html", .checkpoint, .html),
        ]
        for (suffix, grouping, format) in prints {
            let output = PrintJob(roster: roster, dates: day, grouping: grouping, format: format).render()
            Golden.assertMatches(output, named: "\(example.rawValue)-\(suffix)", file: file, line: line)
        }
    }

    func testChungu() throws { try assertGoldens(.chungu) }
    func testShangyi() throws { try assertGoldens(.shangyi) }
    func testYinhe() throws { try assertGoldens(.yinhe) }
    func testStation() throws { try assertGoldens(.station) }
}
