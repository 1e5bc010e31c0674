import XCTest
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// Per-person, per-team and per-checkpoint figures.
final class RosterStatsTests: XCTestCase {
    private typealias B = RosterBuilder

    private func sample() -> Roster {
        B.roster(
            shifts: B.dayAndNight + [B.shift("早班", "05:00", "14:30"), B.shift("晚班", "14:30", "24:00")],
            checkpoints: [B.gate("北门", shifts: ["白班", "夜班"], keepers: ["北门组"], reserve: "机动组"),
                          B.gate("进站口", shifts: ["早班", "晚班"], people: 1, keepers: ["北门组"])],
            volunteers: B.people("北", 3, team: "北门组") + B.people("机", 2, team: "机动组"),
            duties: [B.duty("2022-04-01", "白班", "北门", ["北1", "机1"]),
                     B.duty("2022-04-01", "夜班", "北门", ["北2", "北3", "北2"]),
                     B.duty("2022-04-02", "早班", "进站口", ["北1"]),
                     B.duty("2022-04-02", "晚班", "进站口", ["北1"]),
                     B.duty("2022-04-05", "白班", "北门", ["北3"])])
    }

    func testPersonFiguresCountHoursNightsStretchesAndReserveCalls() {
        let stats = RosterStats(sample())
        XCTAssertEqual(stats.dates, B.date("2022-04-01")...B.date("2022-04-05"))
        let north1 = stats.people[0]
        XCTAssertEqual([north1.minutes, north1.shifts, north1.nights, north1.longestStretchMinutes, north1.reserveCalls],
                       [12 * 60 + 19 * 60, 3, 0, 19 * 60, 0], "早班 and 晚班 back to back are one 19-hour stretch")
        let north2 = stats.people[1]
        XCTAssertEqual([north2.minutes, north2.shifts, north2.nights], [720, 1, 1], "listed twice on one shift counts once")
        let mobile1 = stats.people[3]
        XCTAssertEqual([mobile1.minutes, mobile1.reserveCalls], [720, 1])
        XCTAssertEqual(stats.people[4].minutes, 0)
    }

    func testPersonFiguresCountDaysInARowDaysOffAndNightsInARow() {
        var roster = sample()
        roster.duties += [B.duty("2022-04-02", "夜班", "北门", ["北3", "北2"]), B.duty("2022-04-03", "夜班", "北门", ["北3", "北2"])]
        let stats = RosterStats(roster)
        let (north1, north2, north3) = (stats.people[0], stats.people[1], stats.people[2])
        XCTAssertEqual([north1.longestDaysInARow, north1.daysOff, north1.longestNightsInARow], [2, 3, 0], "04-01 and 04-02 of five dates")
        XCTAssertEqual([north2.longestDaysInARow, north2.daysOff, north2.longestNightsInARow], [3, 2, 3])
        XCTAssertEqual([north3.longestDaysInARow, north3.daysOff, north3.longestNightsInARow], [3, 1, 3], "04-01…03, then 04-05")
    }

    /// 北3 cannot serve nights (不能值班 夜班): the team's nights are shared evenly among the
    /// others, and the spread says so instead of counting 北3 as two nights behind.
    func testTheNightSpreadLeavesOutWhoCannotServeNights() {
        var roster = B.roster(checkpoints: [B.gate("北门", people: 1, keepers: ["北门组"])], volunteers: B.people("北", 3, team: "北门组"),
                              duties: [B.duty("2022-04-01", "夜班", "北门", ["北1"]), B.duty("2022-04-02", "夜班", "北门", ["北2"]),
                                       B.duty("2022-04-03", "夜班", "北门", ["北1"]), B.duty("2022-04-04", "夜班", "北门", ["北2"])])
        XCTAssertEqual(RosterStats(roster).teams[0].nightsSpread, 2, "北3, who could stand nights, stood none")
        roster.volunteers[2].unavailable = [.nightShifts]
        let stats = RosterStats(roster)
        XCTAssertEqual(stats.people[2].couldStandNights, false)
        XCTAssertEqual(stats.teams[0].nightsSpread, 0)
        roster.volunteers[2].unavailable = [.dates(B.date("2022-04-01"), through: B.date("2022-04-03"))]
        XCTAssertEqual(RosterStats(roster).teams[0].nightsSpread, 2, "free for the night of 04-04")
    }

    func testTeamFiguresShowHowEvenlyTheLoadIsShared() {
        let teams = RosterStats(sample()).teams
        XCTAssertEqual(teams.map(\.name), ["北门组", "机动组"])
        XCTAssertEqual([teams[0].members, teams[0].shifts, teams[0].nights, teams[0].minutes], [3, 6, 2, 31 * 60 + 720 + 2 * 720])
        XCTAssertEqual(teams[0].minutesSpread, 31 * 60 - 720)
        XCTAssertEqual(teams[0].nightsSpread, 1)
        XCTAssertEqual([teams[1].reserveCalls, teams[1].minutesSpread], [1, 720])
        XCTAssertEqual(teams.map(\.daysOffSpread), [1, 1], "北1 and 北3 rest three of the five dates, 北2 four; 机1 four, 机2 five")
    }

    func testCoverageCountsFilledAgainstNeededPlaces() {
        let coverage = RosterStats(sample(), from: B.date("2022-04-01"), to: B.date("2022-04-02")).coverage
        XCTAssertEqual(coverage, [CheckpointCoverage(checkpoint: "北门", needed: 2 * 2 * 2, filled: 4),
                                  CheckpointCoverage(checkpoint: "进站口", needed: 2 * 2 * 1, filled: 2)])
        XCTAssertEqual(coverage[0].empty, 4)
    }

    func testARosterWithoutDutiesHasEmptyFigures() {
        var roster = sample()
        roster.duties = []
        let stats = RosterStats(roster)
        XCTAssertNil(stats.dates)
        XCTAssertEqual(stats.coverage.map(\.needed), [0, 0])
        XCTAssertEqual(stats.people.map(\.minutes), [0, 0, 0, 0, 0])
    }

    func testThePlannedChunguMonthSharesHoursAndNightsEvenlyInEveryTeam() throws {
        let roster = try BundledExample.chungu.roster()
        let planned = Planner(roster).plan(B.april).roster
        let stats = RosterStats(planned, from: B.april.from, to: B.april.to)
        XCTAssertEqual(stats.coverage.map(\.empty), Array(repeating: 0, count: 14))
        for team in stats.teams where team.shifts > 0 {
            XCTAssertLessThanOrEqual(team.minutesSpread, 720, team.name)
            let nightCapable = zip(roster.volunteers, stats.people)
                .filter { $0.0.team == team.name && !$0.0.unavailable.contains(.nightShifts) }.map(\.1.nights)
            XCTAssertLessThanOrEqual(nightCapable.max()! - nightCapable.min()!, 2, "nights in \(team.name)")
        }
    }
}
