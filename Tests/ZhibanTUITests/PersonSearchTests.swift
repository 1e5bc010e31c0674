import XCTest
import ZhibanModel
@testable import ZhibanTUI

final class PersonSearchTests: XCTestCase {
    private func names(matching query: String) -> [String] {
        var index = PersonSearchIndex()
        index.update(for: Fixture.roster.volunteers)
        return index.matches(query).map { Fixture.roster.volunteers[$0].name }
    }

    func testPinyinInitialsAndFullPinyinFindChineseNames() {
        XCTAssertEqual(names(matching: "wzl"), ["王中理"])
        XCTAssertEqual(names(matching: "wang"), ["王中理"])
        XCTAssertEqual(names(matching: "WangZhong"), ["王中理"])
        XCTAssertEqual(names(matching: "中理"), ["王中理"])
    }

    func testTeamRoleSkillAndPhoneFindPeople() {
        XCTAssertEqual(names(matching: "机动"), ["赵刚", "吴敏"])
        XCTAssertEqual(names(matching: "测温"), ["刘芳芳", "周杰", "徐A强"])
        XCTAssertEqual(names(matching: "队长"), ["赵刚"])
        XCTAssertEqual(names(matching: "17010000011"), ["徐A强"])
    }

    func testEveryWordMustMatchAndLatinLettersInNamesCount() {
        XCTAssertEqual(names(matching: "测温 突击"), ["周杰", "徐A强"])
        XCTAssertEqual(names(matching: "xua"), ["徐A强"])
        XCTAssertEqual(names(matching: "nobody"), [])
        XCTAssertEqual(names(matching: "  ").count, Fixture.roster.volunteers.count)
    }

    func testFieldsDoNotRunTogether() {
        // 王中理's name ends in "li" and the team starts with "nan": "linan" must not match.
        XCTAssertEqual(names(matching: "linan"), [])
    }

    func testSpellerRemembersAndKeepsDigits() {
        var speller = PinyinSpeller()
        XCTAssertEqual(speller.spell("1号进站口").full, "1haojinzhankou")
        XCTAssertEqual(speller.spell("1号进站口").initials, "1hjzk")
    }

    /// The terminal spells the names on another thread and hands the index over: the directory
    /// takes it only when it describes the volunteers it holds, and only when it has none built.
    func testADirectoryAdoptsAnIndexBuiltElsewhereOnlyForItsOwnVolunteers() {
        let volunteers = Fixture.roster.volunteers
        var built = PersonSearchIndex()
        built.update(for: volunteers)
        var directory = VolunteerDirectory()
        directory.update(for: volunteers)
        directory.adopt(built)
        XCTAssertEqual(directory.search("wzl").map { volunteers[$0].name }, ["王中理"], "searchable without prepareSearch")

        var stale = PersonSearchIndex()
        stale.update(for: Array(volunteers.dropFirst()))
        var other = VolunteerDirectory()
        other.update(for: volunteers)
        other.adopt(stale)
        XCTAssertEqual(other.search("wzl"), [], "an index for other volunteers is not taken")
        other.prepareSearch()
        XCTAssertEqual(other.search("wzl").map { volunteers[$0].name }, ["王中理"])
    }
}
