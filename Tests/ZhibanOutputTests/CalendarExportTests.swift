import Foundation
import XCTest
import ZhibanModel
@testable import ZhibanOutput
import ZhibanTestSupport

final class CalendarExportTests: XCTestCase {
    private let twoDays = SampleRoster.day...SampleRoster.nextDay

    private func ics(_ subject: CalendarSubject, roster: Roster = SampleRoster.make(),
                     dates: ClosedRange<LocalDate>? = nil) throws -> String {
        try CalendarExport(roster: roster, subject: subject, dates: dates ?? twoDays).render()
    }

    func testPersonCalendarMatchesGolden() throws {
        Golden.assertMatches(try ics(.person("于世")), named: "sample-person.ics")
    }

    func testTeamCalendarMatchesGolden() throws {
        Golden.assertMatches(try ics(.team("春谷值守组")), named: "sample-team.ics")
    }

    func testOvernightShiftEndsNextDayInTheRosterTimeZone() throws {
        let event = ICalendarReader(Array(try ics(.person("于世")).utf8)).events[0]
        XCTAssertEqual(event.first { $0.name == "DTSTART" }, .init(name: "DTSTART", parameters: "TZID=Asia/Shanghai", value: "20220407T200000"))
        XCTAssertEqual(event.first { $0.name == "DTEND" }?.value, "20220408T080000")
        XCTAssertEqual(event.first { $0.name == "SUMMARY" }?.value, "值班 天瑞城市花园南门 夜班")
    }

    func testShanghaiHasOneFixedOffsetObservance() throws {
        let lines = ICalendarReader(Array(try ics(.person("于世")).utf8)).lines
        let zone = Array(lines[lines.firstIndex(of: "BEGIN:VTIMEZONE")!...lines.firstIndex(of: "END:VTIMEZONE")!])
        XCTAssertEqual(zone, ["BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:20220101T000000",
                              "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE"])
    }

    func testZoneWithDaylightSavingListsItsChanges() throws {
        var roster = SampleRoster.make()
        roster.settings.timeZone = "Europe/Berlin"
        let lines = ICalendarReader(Array(try ics(.person("于世"), roster: roster).utf8)).lines
        XCTAssertTrue(lines.contains("DTSTART:20220327T020000"))
        XCTAssertTrue(lines.contains("DTSTART:20221030T030000"))
        XCTAssertEqual(lines.filter { $0 == "BEGIN:DAYLIGHT" }.count, 1)
    }

    func testUIDsAreStableAndDistinct() throws {
        let first = ICalendarReader(Array(try ics(.person("于世")).utf8)).events.map { $0.first { $0.name == "UID" }!.value }
        var changed = SampleRoster.make()
        changed.duties.removeAll { $0.checkpoint == "春谷新村南门" }
        changed.duties[changed.duties.firstIndex { $0.people.contains("于世") }!].people.append("陈静")
        let again = ICalendarReader(Array(try ics(.person("于世"), roster: changed).utf8)).events.map { $0.first { $0.name == "UID" }!.value }
        XCTAssertEqual(first, again)
        XCTAssertEqual(Set(first).count, 2)
        XCTAssertTrue(first.allSatisfy { $0.hasSuffix("@zhiban") && $0.count == 16 + 7 })
        XCTAssertNotEqual(StableIdentifier.hex(["ab", "c"]), StableIdentifier.hex(["a", "bc"]))
    }

    func testSameRosterGivesSameBytes() throws {
        XCTAssertEqual(try ics(.team("天瑞值守组")), try ics(.team("天瑞值守组")))
    }

    func testTextIsEscaped() {
        XCTAssertEqual(ICalendarText.escape("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne")
        XCTAssertEqual(ICalendarText.escape("坏\u{1B}人"), "坏\u{FFFD}人")
    }

    func testLongChineseSummaryIsFoldedWithoutSplittingACharacter() throws {
        var roster = SampleRoster.make()
        let long = "天瑞城市花园南门外侧临时搭建的核酸检测采样点暨物资转运通道东侧第二号卡口岗亭"
        roster.checkpoints[0].name = long
        for index in roster.duties.indices where roster.duties[index].checkpoint == "天瑞城市花园南门" {
            roster.duties[index].checkpoint = long
        }
        let text = try ics(.person("于世"), roster: roster)
        let physical = text.components(separatedBy: "\r\n")
        XCTAssertTrue(physical.contains { $0.hasPrefix(" ") }, "the summary was not folded")
        let reader = ICalendarReader(Array(text.utf8))  // checks ≤ 75 octets and UTF-8 per line
        let summary = reader.events[0].first { $0.name == "SUMMARY" }!.value
        XCTAssertEqual(ICalendarReader.unescape(summary), "值班 \(long) 夜班")
        XCTAssertEqual(ICalendarText.fold("SUMMARY:" + String(repeating: "班", count: 40)).utf8.count,
                       "SUMMARY:".utf8.count + 40 * 3 + 3 + 2)  // one fold (CRLF, space) and the final CRLF
    }

    func testUnknownPersonTeamAndZoneAreErrors() {
        XCTAssertThrowsError(try ics(.person("无名氏"))) { XCTAssertEqual($0 as? OutputError, .unknownPerson("无名氏")) }
        XCTAssertThrowsError(try ics(.team("无此队"))) { XCTAssertEqual($0 as? OutputError, .unknownTeam("无此队")) }
        var roster = SampleRoster.make()
        roster.settings.timeZone = "Mars/Olympus"
        XCTAssertThrowsError(try ics(.person("于世"), roster: roster)) {
            XCTAssertEqual($0 as? OutputError, .unknownTimeZone("Mars/Olympus"))
        }
    }

    // MARK: An independent parser

    private struct Parsed: Decodable {
        struct Event: Decodable {
            var uid, summary, description, location, start, end, tzid: String
            var offsetMinutes, writtenZoneOffsetMinutes: Int
        }
        var version, prodid: String
        var events: [Event]
    }

    /// Parses with Python's `icalendar` package (`python3 -m pip install icalendar`).
    private func parsedByPython(_ text: String) throws -> Parsed {
        guard let python = ProcessRunner.find(["python3"]) else {
            throw XCTSkip("python3 is not installed; the iCalendar check needs python3 and `python3 -m pip install icalendar`")
        }
        let result = try ProcessRunner.run(python, ["-c", PythonICalendarScript.source], input: Data(text.utf8), timeout: 120)
        if result.status == 3 { throw XCTSkip("the Python package icalendar is missing: python3 -m pip install icalendar") }
        XCTAssertEqual(result.status, 0, result.errors)
        return try JSONDecoder().decode(Parsed.self, from: Data(result.output.utf8))
    }

    func testPythonIcalendarReadsWhatWeWrite() throws {
        var roster = SampleRoster.make()
        roster.volunteers[roster.volunteers.firstIndex { $0.name == "毛瑩建" }!].name = "毛,瑩;建\\"
        for index in roster.duties.indices {
            roster.duties[index].people = roster.duties[index].people.map { $0 == "毛瑩建" ? "毛,瑩;建\\" : $0 }
        }
        let parsed = try parsedByPython(try ics(.person("于世"), roster: roster))
        XCTAssertEqual(parsed.version, "2.0")
        XCTAssertEqual(parsed.prodid, CalendarExport.productIdentifier)
        XCTAssertEqual(parsed.events.map(\.start), ["2022-04-07T20:00:00", "2022-04-08T20:00:00"])
        XCTAssertEqual(parsed.events.map(\.end), ["2022-04-08T08:00:00", "2022-04-09T08:00:00"])
        XCTAssertEqual(parsed.events[0].summary, "值班 天瑞城市花园南门 夜班")
        XCTAssertEqual(parsed.events[0].description, "同班：毛,瑩;建\\\n班次：夜班 20:00–08:00(次日)")
        XCTAssertEqual(parsed.events[0].location, "天瑞城市花园南门（天瑞城市花园）")
        XCTAssertTrue(parsed.events.allSatisfy { $0.tzid == "Asia/Shanghai" && $0.offsetMinutes == 480 && $0.writtenZoneOffsetMinutes == 480 })
    }

    func testPythonIcalendarAgreesWithOurDaylightSavingObservances() throws {
        var roster = SampleRoster.make()
        roster.settings.timeZone = "Europe/Berlin"
        let winter = LocalDate(year: 2022, month: 3, day: 26)!
        for date in [winter, winter.adding(days: 1)] {
            roster.duties.append(Duty(date: date, shift: "夜班", checkpoint: "江岸名邸南门", people: ["陈静"]))
        }
        let parsed = try parsedByPython(try ics(.person("陈静"), roster: roster, dates: winter...winter.adding(days: 1)))
        XCTAssertEqual(parsed.events.map(\.offsetMinutes), [60, 120])
        XCTAssertEqual(parsed.events.map(\.writtenZoneOffsetMinutes), [60, 120])
    }

    func testLongFoldedSummaryParsesBackWhole() throws {
        var roster = SampleRoster.make()
        let long = String(repeating: "核酸检测采样点", count: 8)
        roster.duties.append(Duty(date: SampleRoster.day, shift: "白班", checkpoint: long, people: ["陈静"]))
        let parsed = try parsedByPython(try ics(.person("陈静"), roster: roster))
        XCTAssertEqual(parsed.events.map(\.summary), ["值班 \(long) 白班"])
    }
}
