import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// The teams an import adds from the volunteers' team column and merges from a groups table,
/// worked out in one pass each: order of first mention, the first leader in file order, the
/// first team of a repeated name, a group named twice.
final class ImportTeamMergeTests: XCTestCase {
    private var roster: Roster {
        var roster = Roster.empty(title: "t")
        roster.teams = [Team(name: "一组", kind: "队伍"), Team(name: "一组", kind: "重复"), Team(name: "二组", kind: "队伍", leader: "老李")]
        roster.volunteers = [
            Volunteer(name: "甲", team: "三组"), Volunteer(name: "乙", team: "一组", role: "组长"), Volunteer(name: "丙", team: "三组", role: "队长"),
            Volunteer(name: "丁", team: "三组", role: "组长"), Volunteer(name: "戊", team: "四组"), Volunteer(name: "己", team: ""),
            Volunteer(name: "庚", team: "二组", role: "组长"), Volunteer(name: "辛", team: "五组", role: "支部书记"),
        ]
        return roster
    }

    func testTeamsNamedByVolunteersComeInOrderOfFirstMentionWithTheirFirstLeader() {
        var roster = roster
        roster.addTeamsNamedByVolunteers()
        XCTAssertEqual(roster.teams.map(\.name), ["一组", "一组", "二组", "三组", "四组", "五组"])
        XCTAssertEqual(roster.teams.map(\.leader), ["乙", "乙", "老李", "丙", nil, "辛"])
    }

    func testGroupsUpdateTheFirstTeamOfTheirNameOrAreAddedOnce() {
        var roster = roster
        roster.mergeGroups([
            Team(name: "一组", kind: "党小组", compounds: ["东区"]), Team(name: "五组", kind: "党小组", leader: "外人", compounds: ["西区"]),
            Team(name: "五组", kind: "党支部", compounds: ["北区"]), Team(name: "六组", kind: "党小组"),
        ])
        XCTAssertEqual(roster.teams.map(\.name), ["一组", "一组", "二组", "五组", "六组"])
        XCTAssertEqual(roster.teams.map(\.kind), ["党小组", "重复", "队伍", "党支部", "党小组"])
        XCTAssertEqual(roster.teams.map(\.compounds), [["东区"], [], [], ["北区"], []])
        XCTAssertEqual(roster.teams.map(\.leader), [nil, nil, "老李", "辛", nil])
    }
}
