import XCTest
import ZhibanModel
import ZhibanPlanning

/// Under `max_days_in_a_row`, a group that needs about everyone every day gets its rest days
/// staggered: the places that must stay empty are spread over the month, not all left on the
/// days everyone reaches the limit together (the station as imported: days 1–6 full, then 10 of
/// 12 places empty on 04-07, 04-14, 04-21 and 04-28).
final class RestStaggerTests: XCTestCase {
    /// Entrances with an early and a late shift that meet at 14:30 (no one can stand both: no
    /// rest between), one person a shift, two people an entrance or `extra` more, the rules `init` writes.
    private func station(entrances: Int, extra: Int = 0) -> Roster {
        let shifts = [RosterBuilder.shift("早班", "05:00", "14:30"), RosterBuilder.shift("晚班", "14:30", "24:00")]
        let gates = (1...entrances).map { RosterBuilder.gate("\($0)号进站口", shifts: ["早班", "晚班"], people: 1, keepers: ["突击队"]) }
        return RosterBuilder.roster(shifts: shifts, checkpoints: gates,
                                    volunteers: RosterBuilder.people("站", 2 * entrances + extra, team: "突击队"), rules: .recommended)
    }

    private func emptyPlacesByDate(_ result: PlanResult) -> [LocalDate: Int] {
        result.unfilled.reduce(into: [:]) { $0[$1.slot.date, default: 0] += $1.needed - $1.placed }
    }

    func testTheEmptyPlacesAreSpreadWhenEveryoneIsNeededSixDaysOfSeven() {
        let result = Planner(station(entrances: 3)).plan(RosterBuilder.april)
        XCTAssertEqual(RosterBuilder.breaks(result.roster).map(\.description), [])
        // Six of any seven dates at most: 26 of April's 30 each, so 6 × 30 − 6 × 26 places must stay empty.
        let places = 6 * 30
        let mostServed = 6 * (30 - 30 / 7)
        XCTAssertEqual(result.emptyPlaces, places - mostServed, "no more empty places than the rule forces")
        // Six rests a week, spread over the five dates of a week a rest can fall on without
        // costing a fifth day off in April: at most two a date, never the whole group at once
        // (before the staggering, all six places of 04-07, 04-14, 04-21 and 04-28 were empty).
        let byDate = emptyPlacesByDate(result)
        XCTAssertLessThanOrEqual(byDate.values.max() ?? 0, 2, "\(byDate.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" })")
    }

    func testWithOneSpareForEverySixNoPlaceIsLeftEmpty() {
        // Seven people serving six days of seven cover six places a date.
        let result = Planner(station(entrances: 3, extra: 1)).plan(RosterBuilder.april)
        XCTAssertEqual(RosterBuilder.breaks(result.roster).map(\.description), [])
        XCTAssertEqual(result.emptyPlaces, 0, "\(emptyPlacesByDate(result).sorted { $0.key < $1.key })")
    }
}
