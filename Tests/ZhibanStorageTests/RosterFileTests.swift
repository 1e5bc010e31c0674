import XCTest
import ZhibanModel
@testable import ZhibanStorage

final class RosterFileTests: XCTestCase {
    private func bytes(of roster: Roster) -> [String: [UInt8]?] {
        Dictionary(uniqueKeysWithValues: RosterFiles.contents(of: roster).map { ($0.name, Optional($0.bytes)) })
    }

    func testLoadThenSaveGivesByteIdenticalFilesForEveryExample() throws {
        for example in BundledExample.allCases {
            let folder = example.folder
            var onDisk: [String: [UInt8]?] = [:]
            for name in [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties] {
                onDisk[name] = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            }
            let roster = try RosterFiles.roster(from: onDisk)
            XCTAssertEqual(bytes(of: roster), onDisk, example.rawValue)
        }
    }

    func testEverythingARosterHoldsSurvivesTheRoundTrip() throws {
        var roster = try BundledExample.yinhe.roster()
        roster.settings.rules = RosterRules(minRestMinutes: 479, minRestAfterNightMinutes: 600, maxDutyMinutesPerDay: 690)
        roster.settings.timeZone = "Asia/Urumqi"
        roster.rotations = [
            RotationPattern(kind: .teams, checkpoint: "南门", teams: ["临时党支部·组织部", "临时党支部·财政局"], step: .shift,
                            start: LocalDate(parsing: "2022-04-01"), offset: 1),
            RotationPattern(kind: .places, compounds: ["银河小区"]),
        ]
        roster.volunteers[0].note = "说：\"来了\"，\n第二行\t\u{1B}[31m"
        roster.volunteers[1].unavailable = [.weekday(.sunday), .date(LocalDate(parsing: "2022-04-17")!), .nightShifts, .shift("早班")]
        roster.checkpoints[0].requirements.append(Requirement(kind: .skill("测温"), count: 1))
        roster.duties = [
            Duty(date: LocalDate(parsing: "2022-04-08")!, shift: "早班", checkpoint: "南门", people: ["丁明", "段蘭磊"], pinned: true, note: "换班, 已确认"),
            Duty(date: LocalDate(parsing: "2022-04-07")!, shift: "夜班", checkpoint: "南门", people: []),
        ]
        let first = bytes(of: roster)
        let reread = try RosterFiles.roster(from: first)
        XCTAssertEqual(reread.settings, roster.settings)
        XCTAssertEqual(reread.rotations, roster.rotations)
        XCTAssertEqual(reread.volunteers, roster.volunteers)
        XCTAssertEqual(reread.checkpoints, roster.checkpoints)
        XCTAssertEqual(reread.duties, roster.duties.sorted { $0.slot < $1.slot })
        XCTAssertEqual(bytes(of: reread), first)
    }

    func testTOMLSyntaxErrorsNameTheLine() {
        let text = "title = \"x\"\n\n[[shift]]\nname = \"白班\nstart = \"08:00\"\n"
        XCTAssertThrowsError(try RosterTOMLReader.roster(from: text, file: "roster.toml")) { error in
            XCTAssertTrue((error as! RosterFileError).description.hasPrefix("roster.toml:4: "), "\(error)")
        }
    }

    func testBadValuesAndUnknownKeysNameTheirLines() {
        let text = """
            title = "x"

            [[shift]]
            name = "白班"
            start = "25:00"
            end = "20:00"

            [[checkpoint]]
            name = "南门"
            shifts = ["白班"]
            peple = 2
            keepers = ["机动组"]
            """
        XCTAssertThrowsError(try RosterTOMLReader.roster(from: text, file: "roster.toml")) { error in
            let lines = (error as! RosterFileError).description.split(separator: "\n").map(String.init)
            XCTAssertTrue(lines.contains { $0.hasPrefix("roster.toml:5: ") && $0.contains("25:00") }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("roster.toml:8: ") && $0.contains("people") }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("roster.toml:11: ") && $0.contains("peple") }, "\(lines)")
        }
    }

    func testNotifyClosingLineIsReadAndWrittenBackAfterTheRules() throws {
        let text = "title = \"x\"\n\n[notify]\nclosing = \"请提前10分钟到岗，做好个人防护。\"\n"
        var roster = try RosterTOMLReader.roster(from: text, file: "roster.toml")
        XCTAssertEqual(roster.settings.notifyClosing, "请提前10分钟到岗，做好个人防护。")
        let written = RosterTOMLWriter.text(for: roster)
        XCTAssertTrue(written.contains("\n[rules]\n"))
        XCTAssertTrue(written.contains("\n\n[notify]\nclosing = \"请提前10分钟到岗，做好个人防护。\"\n"), written)
        XCTAssertEqual(try RosterTOMLReader.roster(from: written, file: "r").settings, roster.settings)
        roster.settings.notifyClosing = ""
        XCTAssertFalse(RosterTOMLWriter.text(for: roster).contains("[notify]"), "no closing, no table")
    }

    func testABadNotifyTableNamesItsLine() {
        for (text, line, word) in [("title = \"x\"\n[notify]\nclosing = 3\n", 3, "closing"),
                                   ("title = \"x\"\n[notify]\nclosng = \"a\"\n", 3, "closng"),
                                   ("title = \"x\"\nnotify = \"a\"\n", 2, "[notify]")] {
            XCTAssertThrowsError(try RosterTOMLReader.roster(from: text, file: "roster.toml")) { error in
                let message = (error as! RosterFileError).description
                XCTAssertTrue(message.hasPrefix("roster.toml:\(line): ") && message.contains(word), message)
            }
        }
    }

    func testRulesAreOverridableAndDefaultToEightTwelveTwelve() throws {
        let defaults = try RosterTOMLReader.roster(from: "title = \"x\"\n", file: "r")
        XCTAssertEqual(defaults.settings.rules, .standard)
        let custom = try RosterTOMLReader.roster(from: "[rules]\nmin_rest = \"7h30m\"\nmax_duty_per_day = \"10h\"\n", file: "r")
        XCTAssertEqual(custom.settings.rules.minRestMinutes, 450)
        XCTAssertEqual(custom.settings.rules.maxDutyMinutesPerDay, 600)
        XCTAssertEqual(custom.settings.rules.minRestAfterNightMinutes, 720)
        XCTAssertEqual(DurationText.minutes("90m"), 90)
        XCTAssertNil(DurationText.minutes("8 hours"))
    }

    func testBadDutyRowsNameTheirLines() {
        let text = "日期,班次,卡口,值班人员,锁定,备注\n2022-04-31,白班,南门,王伟,否,\n2022-04-07,白班,南门,王伟,否,\n2022-04-07,白班,南门,李强,否,\n"
        let read = try? DutyTable.read(try CSVParser.parse(text), file: "duties.csv")
        XCTAssertEqual(read?.problems.map { $0.location?.line }, [2, 4])
        XCTAssertEqual(read?.items.count, 1)
    }

    /// Rows in slot order are not hashed until one breaks the order; a repeat is found either
    /// way, also far from its first row and under a canonically equal name (é written e + ◌́),
    /// and a third copy names the second.
    func testRepeatedDutiesAreFoundInAnyOrder() throws {
        let header = "日期,班次,卡口,值班人员,锁定,备注\n"
        let rows = ["2022-04-07,白班,南门,王伟,否,", "2022-04-07,夜班,南门,李强,否,", "2022-04-08,白班,Café,王伟,否,",
                    "2022-04-07,白班,南门,赵六,否,", "2022-04-08,白班,Cafe\u{301},李强,否,", "2022-04-07,白班,南门,孙七,否,"]
        let read = try DutyTable.read(try CSVParser.parse(header + rows.joined(separator: "\n")), file: "duties.csv")
        XCTAssertEqual(read.items.map { $0.location?.line }, [2, 3, 4])
        XCTAssertEqual(read.problems.map { $0.location?.line }, [5, 6, 7])
        let said = read.problems.map(\.text.en)
        XCTAssertEqual(said.count, 3)
        for (problem, first) in zip(said, [2, 4, 5]) { XCTAssertTrue(problem.contains("same duty as line \(first) "), problem) }
    }
}

final class RosterTOMLNulTests: XCTestCase {
    func testANulEscapeInAStringIsAProblemAtItsLineNotASilentCut() {
        for escape in ["\\u0000", "\\U00000000"] {
            let text = "title = \"x\"\n\n[[team]]\nname = \"机动\(escape)组\"\n"
            XCTAssertThrowsError(try RosterTOMLReader.roster(from: text, file: "roster.toml")) { error in
                XCTAssertTrue("\(error)".hasPrefix("roster.toml:4: "), "\(error)")
                XCTAssertTrue("\(error)".contains("NUL"), "\(error)")
            }
        }
        XCTAssertEqual(try RosterTOMLReader.roster(from: "title = \"a\\u0041\\\\u0000\"\n", file: "r").settings.title, "aA\\u0000",
                       "an escaped backslash followed by u0000 is text, not a NUL")
    }
}
