import XCTest
import ZhibanModel
import ZhibanPlanning

/// Wishes (意愿) are soft goals after coverage and fairness: they decide between people the
/// hours leave tied, and the figures say how many were met.
final class WishTests: XCTestCase {
    func testAWishDecidesBetweenPeopleTheHoursLeaveTied() {
        var people = RosterBuilder.people("东", 2, team: "东门组")
        people[0].wishes = Wish.parseList("不想值 周末").wishes
        people[1].wishes = Wish.parseList("想值 周末；不想值 周一").wishes
        let roster = RosterBuilder.roster(checkpoints: [RosterBuilder.gate("东门", shifts: ["白班"], people: 1, keepers: ["东门组"])],
                                          volunteers: people)
        let week = PlanRequest(from: RosterBuilder.date("2022-04-04"), to: RosterBuilder.date("2022-04-10"))
        let result = Planner(roster).plan(week)
        // Monday to Friday alternate by hours (东1 has three, 东2 two); on Saturday 东2 has the fewest
        // hours, on Sunday both have the same and the wishes choose.
        XCTAssertEqual(result.roster.people("2022-04-10", "白班", "东门"), ["东2"])
        XCTAssertEqual(result.roster.people("2022-04-04", "白班", "东门"), ["东1"], "东2 does not want Mondays")
        let stats = RosterStats(result.roster, from: week.from, to: week.to)
        XCTAssertEqual([stats.people[0].wishedShifts, stats.people[0].unwishedShifts], [0, 0])
        XCTAssertEqual([stats.people[1].wishedShifts, stats.people[1].unwishedShifts], [2, 0])
        XCTAssertEqual(result.roster.duties.filter { !$0.people.isEmpty }.count, 7, "wishes never leave a place empty")
    }

    func testTheWishesColumnIsReadAsItIsWrittenInTheIssue() {
        let read = Wish.parseList("随便；想值 白班 / 周末; 不想值 夜班、周一")
        XCTAssertEqual(read.wishes.map(\.description), ["想值 白班", "想值 周末", "不想值 夜班", "不想值 周一"])
        XCTAssertEqual(read.unreadable, ["随便"])
        XCTAssertEqual(read.wishes[2].target, .nights)
    }
}
