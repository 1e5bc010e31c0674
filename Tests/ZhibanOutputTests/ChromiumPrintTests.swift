import Foundation
import XCTest
import ZhibanModel
import ZhibanOutput
import ZhibanStorage
import ZhibanTestSupport

/// The HTML print in a real browser: headless Chromium prints it to PDF, poppler's pdftotext
/// reads the text back. Needs `apt-get install -y chromium poppler-utils fonts-noto-cjk`.
final class ChromiumPrintTests: XCTestCase {
    private struct Tools {
        var chromium: URL
        var pdftotext: URL
        var pdfinfo: URL
    }

    private func tools() throws -> Tools {
        try TestTier.skipIfQuick("the HTML print read back from headless Chromium's PDF")
        guard let chromium = ProcessRunner.find(["chromium", "chromium-browser", "google-chrome"]) else {
            throw XCTSkip("chromium is not installed: apt-get install -y chromium poppler-utils fonts-noto-cjk")
        }
        guard let pdftotext = ProcessRunner.find(["pdftotext"]), let pdfinfo = ProcessRunner.find(["pdfinfo"]) else {
            XCTFail("chromium is installed but poppler-utils is not: apt-get install -y poppler-utils")
            throw XCTSkip("poppler-utils missing")
        }
        return Tools(chromium: chromium, pdftotext: pdftotext, pdfinfo: pdfinfo)
    }

    /// Prints the HTML to PDF and gives back its page count and text.
    private func printed(_ html: String) throws -> (pages: Int, text: String) {
        let tools = try tools()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("roster.html")
        let pdf = folder.appendingPathComponent("roster.pdf")
        try Data(html.utf8).write(to: page)
        let browser = try ProcessRunner.run(tools.chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            "--print-to-pdf=" + pdf.path, page.path,
        ], timeout: 120)
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), "chromium wrote no PDF: \(browser.errors)")
        let info = try ProcessRunner.run(tools.pdfinfo, [pdf.path]).output
        let pages = info.components(separatedBy: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        let text = try ProcessRunner.run(tools.pdftotext, ["-layout", pdf.path, "-"]).output
        return (pages, text)
    }

    func testOneA4PagePerGateWithChineseNamesReadBack() throws {
        let roster = try PlannedExample.roster(.chungu)
        let html = PrintJob(roster: roster, dates: PlannedExample.day...PlannedExample.day, grouping: .checkpoint, format: .html).render()
        let (pages, text) = try printed(html)
        XCTAssertEqual(pages, roster.checkpoints.count)
        let pageTexts = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        XCTAssertEqual(pageTexts.count, roster.checkpoints.count)
        for (pageText, checkpoint) in zip(pageTexts, roster.checkpoints) {
            XCTAssertTrue(pageText.contains(checkpoint.name), "page of \(checkpoint.name) does not name it")
            XCTAssertTrue(pageText.contains("春谷社区"), "page of \(checkpoint.name) has no title")
        }
        let names = roster.duties(on: PlannedExample.day).flatMap(\.people)
        XCTAssertGreaterThan(names.count, 20)
        for name in names { XCTAssertTrue(text.contains(name), "\(name) is not in the PDF") }
        XCTAssertTrue(text.contains("李Anna"))
    }

    func testHostileTextPrintsAsTextNotMarkup() throws {
        let day = SampleRoster.day
        let html = PrintJob(roster: Hostile.roster(), dates: day...day, grouping: .date, format: .html).render()
        let (pages, text) = try printed(html)
        XCTAssertEqual(pages, 1)
        XCTAssertTrue(text.contains("<b>&\"'"), text)
        XCTAssertTrue(text.contains("欧阳建国"))
    }
}
