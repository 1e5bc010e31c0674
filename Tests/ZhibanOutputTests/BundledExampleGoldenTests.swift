import XCTest
import ZhibanModel
import ZhibanOutput
import ZhibanStorage

/// Every format on every bundled example (with the April 2022 the planner once made of it,
/// frozen in `Golden/EXAMPLE-duties.csv`) compared with golden files: prints of one day, the
/// chat notices for the next day, 李Anna's April calendar.
final class BundledExampleGoldenTests: XCTestCase {
    private func assertGoldens(_ example: BundledExample, file: StaticString = #filePath, line: UInt = #line) throws {
        let roster = try PlannedExample.roster(example)
        let day = PlannedExample.day...PlannedExample.day
        let prints: [(String, SheetGrouping, OutputFormat)] = [
            ("by-date.txt", .date, .text), ("by-checkpoint.txt", .checkpoint, .text), ("by-date.md", .date, .markdown),
            ("by-date.csv", .date, .csv), ("by-checkpoint.html", .checkpoint, .html),
        ]
        for (suffix, grouping, format) in prints {
            let output = PrintJob(roster: roster, dates: day, grouping: grouping, format: format).render()
            Golden.assertMatches(output, named: "\(example.rawValue)-\(suffix)", file: file, line: line)
        }
        let notices = try ChatNotice(roster: roster, date: PlannedExample.day.adding(days: 1)).messages()
        Golden.assertMatches(notices.joined(separator: "\n\n") + "\n", named: "\(example.rawValue)-notify.txt", file: file, line: line)
        let calendar = try CalendarExport(roster: roster, subject: .person("李Anna"), dates: PlannedExample.april).render()
        Golden.assertMatches(calendar, named: "\(example.rawValue)-person.ics", file: file, line: line)
    }

    func testChungu() throws { try assertGoldens(.chungu) }
    func testShangyi() throws { try assertGoldens(.shangyi) }
    func testYinhe() throws { try assertGoldens(.yinhe) }
    func testStation() throws { try assertGoldens(.station) }
}
