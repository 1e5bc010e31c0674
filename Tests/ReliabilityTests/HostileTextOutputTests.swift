import Foundation
import XCTest
import ZhibanModel
import ZhibanOutput
import ZhibanPlanning
import ZhibanStorage

/// Issue 6, "hostile text" in every print format and export: no control character or bidi
/// override reaches the output raw, HTML shows markup as text, and no CSV cell can be taken for
/// a formula by a spreadsheet.
final class HostileTextOutputTests: XCTestCase {
    /// Every print of the hostile roster: each format, each grouping, with and without phones.
    private var prints: [(label: String, format: OutputFormat, text: String)] {
        OutputFormat.allCases.flatMap { format in
            SheetGrouping.allCases.flatMap { grouping in
                [true, false].map { phones in
                    let job = PrintJob(roster: HostileRoster.roster, dates: HostileRoster.dates, grouping: grouping, format: format,
                                       options: PrintOptions(includePhone: phones))
                    return ("\(format) by \(grouping)\(phones ? "" : " --no-phone")", format, job.render())
                }
            }
        }
    }

    func testNoPrintFormatLetsAControlCharacterThrough() {
        for print in prints {
            // CSV ends its records with CRLF, as spreadsheets expect; a form feed starts a page in text.
            let allowed: Set<Unicode.Scalar> = print.format == .csv ? ["\r"] : (print.format == .text ? ["\u{0C}"] : [])
            let found = TerminalSafety.dangerousScalars(in: print.text).filter { !allowed.contains($0) }
            XCTAssertEqual(found, [], "\(print.label): \(print.text.debugDescription.prefix(300))")
            if print.format == .csv {
                XCTAssertFalse(print.text.unicodeScalars.enumerated().contains { index, scalar in
                    scalar == "\r" && print.text.unicodeScalars.dropFirst(index + 1).first != "\n"
                }, "\(print.label): a lone carriage return")
            }
        }
    }

    func testHTMLShowsMarkupAsText() {
        for print in prints where print.format == .html {
            XCTAssertFalse(print.text.contains("<script>alert"), print.label)
            XCTAssertFalse(print.text.contains("<img src=x"), print.label)
            XCTAssertTrue(print.text.contains("&lt;script&gt;"), "\(print.label): the name is shown, escaped")
        }
    }

    func testNoCSVCellOfAPrintCanBeReadAsAFormula() throws {
        for print in prints where print.format == .csv {
            try assertNoFormulas(print.text, print.label)
        }
    }

    func testTheDutiesExportHasNoFormulasAndNoControlCharacters() throws {
        let csv = DutyExport.csv(HostileRoster.roster)
        TerminalSafety.assertSafe(csv, "zhiban export duties")
        try assertNoFormulas(csv, "zhiban export duties")
    }

    func testGroupChatNoticesAndCalendarsLetNoControlCharacterThrough() throws {
        let notices = try ChatNotice(roster: HostileRoster.roster, date: HostileRoster.day).messages()
        XCTAssertFalse(notices.isEmpty)
        for notice in notices { TerminalSafety.assertSafe(notice, "zhiban notify") }
        for subject in [CalendarSubject.person(HostileRoster.roster.volunteers[1].name), .team(HostileRoster.roster.teams[0].name)] {
            let calendar = try CalendarExport(roster: HostileRoster.roster, subject: subject).render()
            let found = TerminalSafety.dangerousScalars(in: calendar).filter { $0 != "\r" }  // RFC 5545 lines end in CRLF
            XCTAssertEqual(found, [], "zhiban export ics \(subject): \(calendar.debugDescription.prefix(300))")
        }
    }

    /// A comma or quote carrying a combining mark is one Character but still a comma or quote to a
    /// spreadsheet: such a cell must stay one cell (as CSVWriter learnt from fuzzing).
    func testACommaOrQuoteCarryingACombiningMarkStaysInsideItsCell() throws {
        var roster = HostileRoster.roster
        for field in ["东门,\u{0301}=1+1", "\"\u{05A8}南门", "x\"\u{0301},y"] {
            XCTAssertEqual(try CSVParser.parse(CSVField.record([field, "下一格"])).first?.fields.count, 2, "print: \(field.debugDescription)")
            roster.duties = [Duty(date: HostileRoster.day, shift: roster.shifts[0].name, checkpoint: field, people: ["某人"])]
            XCTAssertEqual(try CSVParser.parse(DutyExport.csv(roster)).last?.fields.count, DutyExport.header.count,
                           "export duties: \(field.debugDescription)")
        }
    }

    /// Parses `csv` as a spreadsheet would (RFC 4180, by Unicode scalar) and fails for any cell
    /// starting with a character that makes it a formula.
    private func assertNoFormulas(_ csv: String, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let records = try CSVParser.parse(csv)
        XCTAssertGreaterThan(records.count, 1, label, file: file, line: line)
        for record in records {
            for cell in record.fields {
                guard let first = cell.unicodeScalars.first else { continue }
                XCTAssertFalse("=+-@\t\r".unicodeScalars.contains(first),
                               "\(label): line \(record.line) has a formula cell \(cell.debugDescription)", file: file, line: line)
            }
        }
    }

    /// Issue 10 item 8 in prints: a plain-text table is aligned in the columns a terminal or
    /// `lp` gives each character (`wcwidth`), also for joined emoji, modifiers and flags: every
    /// person's phone number starts in the same column of its table.
    func testJoinedEmojiKeepTheTextTableAligned() {
        var roster = HostileRoster.roster
        let names = ["👨\u{200D}👩\u{200D}👧王", "👍🏻李", "❤\u{FE0F}张", "🇨🇳赵", "周"]
        roster.volunteers = names.enumerated().map { index, name in
            Volunteer(name: name, phone: "1390000000\(index)", team: roster.teams[0].name)
        }
        roster.duties = roster.duties.enumerated().map { index, duty in
            Duty(date: duty.date, shift: duty.shift, checkpoint: duty.checkpoint, people: [names[index], names[(index + 3) % names.count]])
        }
        for grouping in SheetGrouping.allCases {
            let text = PrintJob(roster: roster, dates: HostileRoster.dates, grouping: grouping, format: .text,
                                options: PrintOptions(includePhone: true, width: 120)).render()
            XCTAssertTrue(text.contains("👨👩👧王"), "the family is printed as its parts:\n\(text)")
            // Tables are separated from headings and from each other by a blank line or a page.
            for table in text.replacingOccurrences(of: "\u{0C}", with: "\n\n").components(separatedBy: "\n\n") {
                var phoneColumns = Set<Int>()
                for line in table.split(separator: "\n") {
                    guard let range = line.range(of: "1390000000") else { continue }
                    phoneColumns.insert(TerminalColumns.of(line[..<range.lowerBound]))
                }
                XCTAssertLessThanOrEqual(phoneColumns.count, 1, "by \(grouping): the phones start in different columns:\n\(table)")
            }
        }
    }
}
