import Foundation
import XCTest
import ZhibanModel
import ZhibanOutput
import ZhibanPlanning
import ZhibanStorage

/// Issue 6, "privacy", the other half: `--no-phone` leaves phone numbers out of every print
/// format and grouping, and the group-chat notices, calendars and the duties export never
/// carry them at all.
final class ReliabilityNoPhoneTests: XCTestCase {
    private func containsPhone(_ text: String) -> Bool { HostileRoster.phones.contains { text.contains($0) } }

    func testNoPhoneLeavesPhonesOutOfEveryFormatAndGrouping() {
        for format in OutputFormat.allCases {
            var shownSomewhere = false
            for grouping in SheetGrouping.allCases {
                let job = { (phones: Bool) in
                    PrintJob(roster: HostileRoster.roster, dates: HostileRoster.dates, grouping: grouping, format: format,
                             options: PrintOptions(includePhone: phones)).render()
                }
                XCTAssertFalse(containsPhone(job(false)), "\(format) by \(grouping) --no-phone prints a phone number")
                shownSomewhere = shownSomewhere || containsPhone(job(true))
            }
            XCTAssertTrue(shownSomewhere, "\(format) never prints phones, so --no-phone proves nothing there")
        }
    }

    func testNoticesCalendarsAndTheDutiesExportNeverCarryPhones() throws {
        for notice in try ChatNotice(roster: HostileRoster.roster, date: HostileRoster.day).messages() {
            XCTAssertFalse(containsPhone(notice), notice)
        }
        for volunteer in HostileRoster.roster.volunteers {
            XCTAssertFalse(containsPhone(try CalendarExport(roster: HostileRoster.roster, subject: .person(volunteer.name)).render()))
        }
        XCTAssertFalse(containsPhone(try CalendarExport(roster: HostileRoster.roster, subject: .team(HostileRoster.roster.teams[0].name)).render()))
        XCTAssertFalse(containsPhone(DutyExport.csv(HostileRoster.roster)))
    }

    func testZhibanPrintNoPhoneOnTheCommandLine() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let folder = try TemporaryFolder("zhiban-no-phone")
        defer { folder.remove() }
        _ = try RosterStore.create(folder: folder.url, roster: HostileRoster.roster)
        let range = "\(HostileRoster.dates.lowerBound)..\(HostileRoster.dates.upperBound)"
        for format in OutputFormat.allCases {
            let without = try ChildProcess.run(zhiban, ["--roster", folder.url.path, "print", range, "--format", format.rawValue,
                                                        "--width", "200", "--no-phone"])
            XCTAssertEqual(without.status, 0, without.stderr)
            XCTAssertFalse(containsPhone(without.stdout), "zhiban print --format \(format) --no-phone")
        }
        // Wide enough that the text layout keeps the phone column beside the long hostile names.
        let with = try ChildProcess.run(zhiban, ["--roster", folder.url.path, "print", range, "--width", "200"])
        XCTAssertTrue(containsPhone(with.stdout), "without --no-phone the sheet has the phones:\n\(with.stdout)\(with.stderr)")
        TerminalSafety.assertSafe(with.stdout.replacingOccurrences(of: "\u{0C}", with: ""), "zhiban print of hostile names")
    }
}
