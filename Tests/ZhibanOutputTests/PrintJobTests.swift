import XCTest
import ZhibanModel
@testable import ZhibanOutput

/// The entry point the CLI and the TUI's print preview share.
final class PrintJobTests: XCTestCase {
    private let day = SampleRoster.day

    func testEachFormatComesFromItsRenderer() {
        let roster = SampleRoster.make()
        let sheet = SheetBuilder(roster: roster).sheet(dates: day...day, grouping: .checkpoint)
        let expected: [OutputFormat: String] = [
            .text: TextSheetRenderer(width: 60).render(sheet), .markdown: MarkdownSheetRenderer().render(sheet),
            .csv: CSVSheetRenderer(byteOrderMark: true).render(sheet), .html: HTMLSheetRenderer().render(sheet),
        ]
        for format in OutputFormat.allCases {
            let job = PrintJob(roster: roster, dates: day...day, grouping: .checkpoint, format: format,
                               options: PrintOptions(width: 60, byteOrderMark: true))
            XCTAssertEqual(job.render(), expected[format], "\(format)")
        }
    }

    func testFileExtensionsForSavingAPreview() {
        XCTAssertEqual(OutputFormat.allCases.map(\.fileExtension), ["txt", "md", "csv", "html"])
    }

    func testWidthBelowTenIsRaisedToTen() {
        let text = PrintJob(roster: SampleRoster.make(), dates: day...day, options: PrintOptions(width: 3)).render()
        XCTAssertTrue(text.components(separatedBy: "\n").allSatisfy { $0.displayWidth <= 10 })
    }
}
