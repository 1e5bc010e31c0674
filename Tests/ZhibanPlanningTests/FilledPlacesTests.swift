import XCTest
import ZhibanModel
@testable import ZhibanPlanning

/// `RosterIndex.everyPlaceFilled`, the look `zhiban check` takes before building the planner's
/// board: whenever it says every place is filled, the board finds no open place.
final class FilledPlacesTests: XCTestCase {
    private typealias B = RosterBuilder

    /// What the board itself finds open, the rosters' duties kept as they are.
    private func boardFindsOpen(_ roster: Roster, _ request: PlanRequest) -> Bool {
        let index = RosterIndex(roster)
        var board = PlanningBoard(index: index, request: request, turns: RotationTurns(index: index, firstDate: request.from))
        board.keepAsTheyAre()
        return !board.unfilledPlaces().isEmpty
    }

    /// Over random rosters, as they come and once planned (full, short, duplicated rows, pinned
    /// ones, unknown names): "filled" is never said of a roster the board finds short, and is
    /// said of the full ones.
    func testFilledOnlyWhenTheBoardFindsNothingOpen() {
        var generator = RandomRoster(seed: 20221207)
        var (saidFilled, foundOpen) = (0, 0)
        for round in 0..<150 {
            let (input, request) = generator.next()
            var rosters = [input, Planner(input).plan(request).roster]
            var doubled = rosters[1]
            if let duty = doubled.duties.first { doubled.duties.append(duty) }
            rosters.append(doubled)
            for roster in rosters {
                let filled = RosterIndex(roster).everyPlaceFilled(request)
                let open = boardFindsOpen(roster, request)
                if filled { XCTAssertFalse(open, "round \(round): said filled, the board finds open places") }
                saidFilled += filled ? 1 : 0
                foundOpen += open ? 1 : 0
                let oneRowEach = roster.duties.count == Set(roster.duties.map(\.slot)).count
                if !open, oneRowEach, roster.duties.allSatisfy({ $0.people.count == $0.distinctPeople.count }) {
                    XCTAssertTrue(filled, "round \(round): every place is filled, one row each, nobody twice")
                }
            }
        }
        XCTAssertGreaterThan(saidFilled, 15, "the generator makes full rosters")
        XCTAssertGreaterThan(foundOpen, 30, "and short ones")
    }

    /// A place with no duty row, a row short of known people, and a place in two rows are not
    /// "filled"; the same roster with every place full is.
    func testShortPlacesAndDoubleRowsAreNotFilled() {
        let day = B.date("2022-04-01")
        let request = PlanRequest(from: day, to: day)
        var roster = B.roster(checkpoints: [B.gate("北门", shifts: ["白班", "夜班"], people: 2, keepers: ["北门组"])],
                              volunteers: B.people("北", 4, team: "北门组"),
                              duties: [B.duty("2022-04-01", "白班", "北门", ["北1", "北2"]), B.duty("2022-04-01", "夜班", "北门", ["北3", "北4"])])
        XCTAssertTrue(RosterIndex(roster).everyPlaceFilled(request))
        XCTAssertTrue(Planner(roster).unfilledPlaces().isEmpty)
        var unknown = roster
        unknown.duties[1].people = ["北3", "无名氏"]
        XCTAssertFalse(RosterIndex(unknown).everyPlaceFilled(request))
        XCTAssertEqual(Planner(unknown).unfilledPlaces().map(\.slot.shift), ["夜班"])
        var twice = roster
        twice.duties[1].people = ["北3", "北3"]
        XCTAssertFalse(RosterIndex(twice).everyPlaceFilled(request))
        var missing = roster
        missing.duties.removeLast()
        XCTAssertFalse(RosterIndex(missing).everyPlaceFilled(request))
        roster.duties.append(B.duty("2022-04-01", "夜班", "北门", ["北1"]))
        XCTAssertFalse(RosterIndex(roster).everyPlaceFilled(request), "two rows for one place: the board decides")
    }
}
