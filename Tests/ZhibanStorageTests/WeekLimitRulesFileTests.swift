import XCTest
import ZhibanModel
import ZhibanStorage

/// The limits over several days in `[rules]`: unset in files written before them, set for new
/// rosters, read and written back, and a bad value named by its line.
final class WeekLimitRulesFileTests: XCTestCase {
    func testAnOldRosterFileHasNoLimitsOverSeveralDays() throws {
        let old = try RosterTOMLReader.roster(from: "[rules]\nmin_rest = \"8h\"\n", file: "r")
        XCTAssertFalse(old.settings.rules.hasWeekLimits)
        XCTAssertFalse(RosterTOMLWriter.text(for: old).contains("in_a_row"), "nothing unset is written")
    }

    func testANewRosterGetsTheRecommendedLimitsAndTheyRoundTrip() throws {
        let text = RosterTOMLWriter.text(for: .empty(title: "新"))
        XCTAssertTrue(text.contains("max_days_in_a_row = 6\nmin_days_off_per_week = 1\nmax_nights_in_a_row = 4\nmax_hours_per_week = \"60h\"\n"), text)
        let read = try RosterTOMLReader.roster(from: text, file: "r")
        XCTAssertEqual(read.settings.rules, .recommended)
    }

    func testABadLimitNamesItsLine() {
        for (line, word) in [("max_days_in_a_row = 0", "max_days_in_a_row"), ("min_days_off_per_week = 8", "min_days_off_per_week"),
                             ("max_nights_in_a_row = \"3\"", "max_nights_in_a_row"), ("max_hours_per_week = \"a week\"", "max_hours_per_week")] {
            XCTAssertThrowsError(try RosterTOMLReader.roster(from: "title = \"x\"\n\n[rules]\n\(line)\n", file: "roster.toml")) { error in
                XCTAssertTrue("\(error)".hasPrefix("roster.toml:4: ") && "\(error)".contains(word), "\(error)")
            }
        }
    }
}

/// The optional 意愿 column of volunteers.csv.
final class WishColumnTests: XCTestCase {
    func testWishesAreReadWrittenBackAndABadOneNamesItsLine() throws {
        let text = "姓名,党员,所属队伍,意愿\n王伟,是,东门组,想值 白班/周末；不想值 夜班\n李强,否,东门组,\n"
        let read = try VolunteerTable.read(try CSVParser.parse(text), file: "volunteers.csv")
        XCTAssertEqual(read.items[0].wishes.map(\.description), ["想值 白班", "想值 周末", "不想值 夜班"])
        XCTAssertEqual(VolunteerTable.rows(read.items).map { $0.last }, ["想值 白班;想值 周末;不想值 夜班", ""])
        var roster = Roster.empty(title: "x")
        roster.volunteers = read.items
        let file = { (roster: Roster) in String(decoding: RosterFiles.contents(of: roster)[1].bytes, as: UTF8.self) }
        XCTAssertTrue(file(roster).hasPrefix("\u{FEFF}姓名,手机,党员,所属队伍,职务,技能,不能值班,备注,意愿\n"), file(roster))
        roster.volunteers = [read.items[1]]
        XCTAssertFalse(file(roster).contains("意愿"), "a roster without wishes writes no 意愿 column")
        let bad = try VolunteerTable.read(try CSVParser.parse("姓名,意愿\n王伟,随便\n"), file: "volunteers.csv")
        XCTAssertEqual(bad.problems.map(\.description), ["volunteers.csv:2: 意愿“随便”应写成“想值 白班/周末”或“不想值 夜班/周一”"])
    }
}
