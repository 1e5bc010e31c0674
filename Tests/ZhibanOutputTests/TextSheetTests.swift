import XCTest
import ZhibanModel
import ZhibanStorage
@testable import ZhibanOutput

final class TextSheetTests: XCTestCase {
    private let twoDays = SampleRoster.day...SampleRoster.nextDay
    private let oneDay = SampleRoster.day...SampleRoster.day

    private func text(_ grouping: SheetGrouping, dates: ClosedRange<LocalDate>? = nil, width: Int = 80,
                      phone: Bool = true, roster: Roster = SampleRoster.make()) -> String {
        PrintJob(roster: roster, dates: dates ?? oneDay, grouping: grouping, format: .text,
                 options: PrintOptions(includePhone: phone, width: width)).render()
    }

    func testDailySheetMatchesGolden() {
        Golden.assertMatches(text(.date, dates: twoDays), named: "sample-by-date.txt")
    }

    func testCheckpointSheetsMatchGolden() {
        Golden.assertMatches(text(.checkpoint), named: "sample-by-checkpoint.txt")
    }

    func testTeamSheetsMatchGolden() {
        Golden.assertMatches(text(.team, dates: twoDays), named: "sample-by-team.txt")
    }

    func testPersonListMatchesGolden() {
        Golden.assertMatches(text(.person, dates: twoDays), named: "sample-by-person.txt")
    }

    func testNarrowSheetMatchesGolden() {
        Golden.assertMatches(text(.date, width: 40), named: "sample-by-date-40.txt")
    }

    func testDailySheetHeaderHasTitleChineseDateAndLegend() {
        let lines = text(.date).components(separatedBy: "\n")
        XCTAssertEqual(Array(lines.prefix(3)), ["春谷社区疫情防控值班表", "2022年4月7日 星期四", PersonMarks.legend])
    }

    func testNoLineIsWiderThanTheWidthInAnyGrouping() {
        for width in [40, 60, 80, 120] {
            for grouping in SheetGrouping.allCases {
                let output = text(grouping, dates: twoDays, width: width, roster: Hostile.roster())
                for line in output.components(separatedBy: CharacterSet(charactersIn: "\n\u{0C}")) {
                    XCTAssertLessThanOrEqual(line.displayWidth, width, "\(grouping) at \(width): \(line)")
                }
            }
        }
    }

    func testNoLineIsWiderThanTheWidthOnTheBundledExamples() throws {
        for example in BundledExample.allCases {
            let roster = try PlannedExample.roster(example)
            for width in [40, 60, 80, 120] {
                for grouping in SheetGrouping.allCases {
                    let output = text(grouping, dates: PlannedExample.day...PlannedExample.day, width: width, roster: roster)
                    let widest = output.components(separatedBy: CharacterSet(charactersIn: "\n\u{0C}")).map(\.displayWidth).max()
                    XCTAssertLessThanOrEqual(widest ?? 0, width, "\(example) \(grouping) at \(width)")
                }
            }
        }
    }

    func testColumnsLineUpByDisplayWidthWithMixedNames() {
        // 夏红文 (3 characters), 李Anna (Latin letters) and 于世 (2) start in one column and their
        // phones start in one column, measured in display columns.
        let lines = text(.date).components(separatedBy: "\n")
        let rows = ["夏红文", "李Anna", "于世"].map { name in lines.first { $0.contains(name) }! }
        let nameColumns = Set(rows.map { row in String(row.prefix(while: { $0 != "夏" && $0 != "李" && $0 != "于" })).displayWidth })
        let phoneColumns = Set(rows.map { row in String(row.prefix(while: { $0 != "1" })).displayWidth })
        XCTAssertEqual(nameColumns.count, 1, rows.joined(separator: "\n"))
        XCTAssertEqual(phoneColumns.count, 1, rows.joined(separator: "\n"))
    }

    func testNarrowWidthDropsPhonesBeforeCuttingNames() {
        let output = text(.date, width: 60)
        XCTAssertFalse(output.contains("17010000000"))
        XCTAssertTrue(output.contains("欧阳建国") && output.contains("李Anna"))
        XCTAssertFalse(output.contains("…"))
    }

    func testVeryNarrowWidthCutsNamesWithAnEllipsisNeverHalfACharacter() {
        let output = text(.date, width: 30)
        XCTAssertTrue(output.contains("…"))
        for line in output.components(separatedBy: "\n") {
            XCTAssertLessThanOrEqual(line.displayWidth, 30)
            XCTAssertFalse(line.unicodeScalars.contains("\u{FFFD}"), line)
        }
    }

    func testOpenPlaceIsALineToWriteOn() {
        let rows = text(.date).components(separatedBy: "\n").filter { $0.contains(PersonMarks.openPlace) && $0 != PersonMarks.legend }
        XCTAssertEqual(rows.map { $0.trimmingCharacters(in: .whitespaces) }, [PersonMarks.openPlace])
    }

    func testCheckpointGroupingPutsOneGatePerPage() {
        let output = text(.checkpoint)
        let pages = output.components(separatedBy: TextSheetRenderer.pageBreak)
        XCTAssertEqual(pages.count, 3)
        XCTAssertEqual(pages.map { $0.components(separatedBy: "\n")[1] },
                       ["天瑞城市花园南门（天瑞城市花园）", "春谷新村南门（春谷新村）", "江岸名邸南门（江岸名邸）"])
        XCTAssertTrue(pages.allSatisfy { $0.hasPrefix("春谷社区疫情防控值班表\n") && $0.hasSuffix("\n") })
    }

    func testDateGroupingStartsAPagePerDayAndPersonListRunsOn() {
        XCTAssertEqual(text(.date, dates: twoDays).components(separatedBy: "\u{0C}").count, 2)
        XCTAssertFalse(text(.person, dates: twoDays).contains("\u{0C}"))
    }

    func testNoPhoneLeavesOutEveryPhoneInEveryGrouping() {
        for grouping in SheetGrouping.allCases {
            let output = text(grouping, dates: twoDays, phone: false)
            XCTAssertFalse(output.contains("1701000"), "\(grouping)")
            XCTAssertFalse(output.contains("电话"), "\(grouping)")
        }
    }

    func testHostileNamesCannotReachTheTerminal() {
        let output = text(.date, roster: Hostile.roster())
        XCTAssertFalse(output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        XCTAssertTrue(output.contains("坏\u{FFFD}[31m人"))
    }

    func testSameInputGivesSameBytes() {
        XCTAssertEqual(text(.team, dates: twoDays), text(.team, dates: twoDays))
    }

    func testNothingOnDutyIsSaidPlainly() {
        let empty = LocalDate(year: 2022, month: 5, day: 1)!
        XCTAssertTrue(text(.person, dates: empty...empty).contains(RosterSheet.nothingOnDuty))
    }
}
