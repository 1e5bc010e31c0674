import XCTest
import ZhibanModel
@testable import ZhibanStorage

final class ImportTests: XCTestCase {
    private let expected = ["chungu": (158, 14), "shangyi": (138, 11), "yinhe": (73, 1), "station": (12, 6)]

    func testEachExampleImportsWithExactCounts() throws {
        for (name, counts) in expected {
            let files = try SpreadsheetImporter.files(for: [Fixtures.examples(name)])
            let outcome = try SpreadsheetImporter().importing(files, into: .empty(title: name))
            XCTAssertEqual(outcome.roster.volunteers.count, counts.0, name)
            XCTAssertEqual(outcome.roster.checkpoints.count, counts.1, name)
            XCTAssertTrue(outcome.problems.isEmpty, "\(name): \(outcome.problems)")
        }
    }

    func testImportingTheCSVsGivesTheBundledRoster() throws {
        for example in BundledExample.allCases {
            let files = try SpreadsheetImporter.files(for: [Fixtures.examples(example.rawValue)])
            let imported = try SpreadsheetImporter().importing(files, into: .empty(title: "")).roster
            let bundled = try example.roster()
            XCTAssertEqual(imported.volunteers, bundled.volunteers, example.rawValue)
            XCTAssertEqual(imported.checkpoints, bundled.checkpoints, example.rawValue)
            XCTAssertEqual(imported.teams, bundled.teams, example.rawValue)
            XCTAssertEqual(imported.shifts, bundled.shifts, example.rawValue)
        }
    }

    func testImportedRecordsKeepEveryField() throws {
        let roster = try BundledExample.shangyi.roster()
        let secretary = try XCTUnwrap(roster.volunteer(named: "徐强勇"))
        XCTAssertEqual(secretary.phone, "17010000000")
        XCTAssertTrue(secretary.isPartyMember)
        XCTAssertEqual(secretary.team, "第一临时党支部")
        XCTAssertEqual(secretary.role, "支部书记")
        XCTAssertEqual(secretary.unavailable, [.nightShifts])
        let group = try XCTUnwrap(roster.team(named: "第十党小组"))
        XCTAssertEqual(group.kind, "党小组")
        XCTAssertEqual(group.compounds, ["王家墩东", "商务区公寓"])
        XCTAssertNotNil(group.leader)
        let gate = try XCTUnwrap(roster.checkpoint(named: "云飞雅苑大门"))
        XCTAssertEqual(gate.requirements, [Requirement(kind: .partyMembers, count: 1)])
        XCTAssertEqual(gate.reserve, "第一临时党支部")
    }

    func testGB18030SpreadsheetImportsWithChineseIntact() throws {
        let outcome = try SpreadsheetImporter().importing([Fixtures.file("volunteers-gb18030.csv")], into: .empty(title: ""))
        XCTAssertEqual(outcome.roster.volunteers.map(\.name), ["王中理", "刘晓"])
        XCTAssertEqual(outcome.roster.volunteers[0].note, "老党员，热心")
        XCTAssertEqual(outcome.roster.team(named: "机动组")?.leader, "王中理")
    }

    func testImportingTwiceDuplicatesNobody() throws {
        let files = try SpreadsheetImporter.files(for: [Fixtures.examples("chungu")])
        let once = try SpreadsheetImporter().importing(files, into: .empty(title: "")).roster
        let twice = try SpreadsheetImporter().importing(files, into: once).roster
        XCTAssertEqual(twice.volunteers.count, 158)
        XCTAssertEqual(twice.teams.count, once.teams.count)
        XCTAssertEqual(twice, once)
    }

    func testASheetWithFewerColumnsUpdatesOnlyThoseAndBlanksNothingElse() throws {
        let files = try SpreadsheetImporter.files(for: [Fixtures.examples("chungu")])
        var roster = try SpreadsheetImporter().importing(files, into: .empty(title: "")).roster
        roster.volunteers[0].wishes = Wish.parseList("想值 白班").wishes
        let person = roster.volunteers[0]
        XCTAssertFalse(person.phone.isEmpty)
        XCTAssertFalse(person.wishes.isEmpty)
        let notes = CSVTable(records: try CSVParser.parse("姓名,备注\n\(person.name),已返岗\n新来的,刚报名\n"), file: "notes.csv")
        let updated = try SpreadsheetImporter().importing(tables: [notes], into: roster).roster
        var expected = person
        expected.note = "已返岗"
        expected.location = updated.volunteers[0].location
        XCTAssertEqual(updated.volunteers[0], expected)
        XCTAssertEqual(updated.volunteers.last?.name, "新来的")
        XCTAssertEqual(updated.volunteers.count, roster.volunteers.count + 1)

        let gate = roster.checkpoints.first { !$0.requirements.isEmpty }!
        let sheet = "卡口,班次,每班人数,值守队伍\n\(gate.name),\(gate.shifts.joined(separator: ";")),3,\(gate.keepers.joined(separator: ";"))\n"
        let shifts = CSVTable(records: try CSVParser.parse(Fixtures.shifts), file: "shifts.csv")
        let posts = CSVTable(records: try CSVParser.parse(sheet), file: "posts.csv")
        let withPosts = try SpreadsheetImporter().importing(tables: [shifts, posts], into: roster).roster
        let changed = withPosts.checkpoint(named: gate.name)!
        XCTAssertEqual(changed.peoplePerShift, 3)
        XCTAssertEqual(changed.requirements, gate.requirements)
        XCTAssertEqual(changed.compound, gate.compound)
        XCTAssertEqual(changed.hoursText, gate.hoursText)
        XCTAssertEqual(changed.reserve, gate.reserve)
    }

    func testEveryBadRowIsReportedWithItsLineAndNothingIsImported() {
        let volunteers = Fixtures.volunteerHeader
            + "王伟,13800000000,是,机动组,,,,\n"
            + ",13800000001,否,机动组,,,,\n"           // line 3: missing name
            + "李强,1380000000a,否,机动组,,,,\n"        // line 4: phone with a letter
            + "赵六,13800000003,也许,机动组,,,,\n"      // line 5: party neither yes nor no
        let shifts = "班次,开始,结束\n白班,08:00,20:00\n夜班,25:00,08:00\n"  // line 3: bad time
        let checkpoints = "卡口,所属小区,开放时间,班次,每班人数,要求,值守队伍,后备队伍\n"
            + "南门,银河小区,00:00-24:00,白班,2,党员:1,机动组,\n"
            + "北门,银河小区,00:00-24:00,白班,2,党员:1,不存在的队,\n"  // line 3: unknown team
        XCTAssertThrowsError(try Fixtures.importing(
            ["volunteers.csv": volunteers, "shifts.csv": shifts, "checkpoints.csv": checkpoints])) { error in
            let text = (error as! RosterFileError).description
            let lines = text.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 5, text)
            XCTAssertTrue(lines.contains { $0.hasPrefix("volunteers.csv:3: ") && $0.contains("缺少姓名") }, text)
            XCTAssertTrue(lines.contains { $0.hasPrefix("volunteers.csv:4: ") && $0.contains("含有字母") }, text)
            XCTAssertTrue(lines.contains { $0.hasPrefix("volunteers.csv:5: ") && $0.contains("是") }, text)
            XCTAssertTrue(lines.contains { $0.hasPrefix("shifts.csv:3: ") && $0.contains("25:00") }, text)
            XCTAssertTrue(lines.contains { $0.hasPrefix("checkpoints.csv:3: ") && $0.contains("不存在的队") }, text)
        }
    }

    func testSkipBadImportsTheGoodRowsAndStillListsTheBadOnes() throws {
        let volunteers = Fixtures.volunteerHeader + "王伟,13800000000,是,机动组,,,,\n,13800000001,否,机动组,,,,\n"
        let outcome = try Fixtures.importing(["volunteers.csv": volunteers], skipBad: true)
        XCTAssertEqual(outcome.roster.volunteers.map(\.name), ["王伟"])
        XCTAssertEqual(outcome.problems.map(\.description), ["volunteers.csv:3: 缺少姓名"])
    }

    func testQuotedLineBreaksDoNotShiftTheReportedLine() {
        let volunteers = Fixtures.volunteerHeader + "王伟,13800000000,是,机动组,,,,\"第一行\n第二行\"\n李强,12a,否,机动组,,,,\n"
        XCTAssertThrowsError(try Fixtures.importing(["volunteers.csv": volunteers])) { error in
            XCTAssertTrue((error as! RosterFileError).description.hasPrefix("volunteers.csv:4: "))
        }
    }

    func testEnglishHeadersAndShuffledColumnsAreRecognised() throws {
        let text = "Team,Name,Party,Phone\n机动组,Anna Li,yes,13800000000\n"
        let outcome = try Fixtures.importing(["people.csv": text])
        XCTAssertEqual(outcome.roster.volunteers.first?.name, "Anna Li")
        XCTAssertEqual(outcome.roster.volunteers.first?.isPartyMember, true)
        XCTAssertEqual(outcome.roster.volunteers.first?.team, "机动组")
    }

    func testAMissingRequiredColumnNamesTheHeaderLine() {
        XCTAssertThrowsError(try Fixtures.importing(["c.csv": "卡口,所属小区\n南门,银河\n"])) { error in
            let text = (error as! RosterFileError).description
            XCTAssertTrue(text.hasPrefix("c.csv:1: 缺少列："), text)
            XCTAssertTrue(text.contains("值守队伍"), text)
        }
    }

    func testExcelScientificNotationPhoneGetsAHint() {
        let volunteers = Fixtures.volunteerHeader + "王伟,1.38E+10,是,机动组,,,,\n"
        XCTAssertThrowsError(try Fixtures.importing(["v.csv": volunteers])) { error in
            XCTAssertTrue((error as! RosterFileError).description.contains("科学计数法"))
        }
    }
}
