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
