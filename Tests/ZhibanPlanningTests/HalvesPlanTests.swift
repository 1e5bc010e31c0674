import XCTest
import ZhibanModel
@testable import ZhibanPlanning

/// A district is planned in two halves at once (`RosterHalves`), which must give exactly the
/// plan of one board: held here over random districts of small communities with what a real
/// one has: unavailability, wishes, 党员 places, shared reserves, a rest limit that makes the
/// planner fill again with rests staggered, duties already there (pinned, by hand at another
/// community's gate, at a gate that is gone, with a name nobody has), two volunteers of one name.
final class HalvesPlanTests: XCTestCase {
    private typealias B = RosterBuilder

    func testTwoHalvesPlanWhatOneBoardPlans() throws {
        var (halved, short, limited, replanned) = (0, 0, 0, 0)
        for seed in 1...16 {
            var random = SeededGenerator(seed: UInt64(seed))
            let (roster, request) = district(&random)
            let planner = Planner(roster)
            let halves = RosterHalves(index: planner.index, request: request, minimumPeople: 0)
            guard halves != nil else { continue }
            halved += 1
            let apart = planner.plan(request, halves: halves)
            let together = planner.plan(request, halves: nil)
            XCTAssertEqual(apart.roster.duties, together.roster.duties, "seed \(seed): duties")
            XCTAssertEqual(apart.changes, together.changes, "seed \(seed): changes")
            XCTAssertEqual(apart.unfilled, together.unfilled, "seed \(seed): empty places")
            XCTAssertEqual(apart.shortfalls, together.shortfalls, "seed \(seed): short dates")
            XCTAssertEqual(apart.warnings, together.warnings, "seed \(seed): warnings")
            XCTAssertTrue(apart == together, "seed \(seed): the whole result")
            if !together.shortfalls.isEmpty { short += 1 }
            if roster.settings.rules.maxDaysInARow != nil || roster.settings.rules.minDaysOffPerWeek != nil { limited += 1 }
            if together.changes.contains(where: { $0.kind != .added }) { replanned += 1 }
        }
        XCTAssertGreaterThan(halved, 10, "most districts are cut in two")
        // The districts cut in two had all of these (else the test proves less than it says).
        XCTAssertGreaterThan(short, 2, "short dates")
        XCTAssertGreaterThan(limited, 2, "rest limits")
        XCTAssertGreaterThan(replanned, 2, "duties moved or removed")
    }

    /// A roster whose gates are all linked (one reserve for every gate) is not cut; nor one with rotations.
    func testLinkedGatesAndRotationsAreNotCut() {
        let linked = B.roster(checkpoints: [B.gate("东门", keepers: ["甲队"], reserve: "机动队"), B.gate("西门", keepers: ["乙队"], reserve: "机动队")],
                              volunteers: B.people("甲", 3, team: "甲队") + B.people("乙", 3, team: "乙队") + B.people("机", 2, team: "机动队"))
        XCTAssertNil(RosterHalves(index: Planner(linked).index, request: B.april, minimumPeople: 0))
        var apart = linked
        apart.checkpoints[1].reserve = nil
        XCTAssertNotNil(RosterHalves(index: Planner(apart).index, request: B.april, minimumPeople: 0))
        apart.rotations = [RotationPattern(kind: .teams, checkpoint: "东门", teams: ["甲队"], step: .day, offset: 0)]
        XCTAssertNil(RosterHalves(index: Planner(apart).index, request: B.april, minimumPeople: 0))
    }

    private func district(_ random: inout SeededGenerator) -> (Roster, PlanRequest) {
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
        let first = B.date("2022-04-01")
        let days = int(3...6)
        var volunteers: [Volunteer] = []
        var checkpoints: [Checkpoint] = []
        let communities = int(3...5)
        for community in 1...communities {
            let teams = (1...int(1...3)).map { "c\(community)队\($0)" }
            for team in teams {
                for member in 1...int(2...5) {
                    var person = Volunteer(name: "c\(community)\(team)员\(member)", isPartyMember: chance(50), team: team)
                    if chance(30) { person.unavailable.append(chance(50) ? .weekday(Weekday(rawValue: int(1...7))!) : .date(first.adding(days: int(0...days)))) }
                    if chance(10) { person.unavailable.append(.nightShifts) }
                    if chance(20) { person.wishes.append(Wish(wants: chance(50), target: chance(50) ? .nights : .weekend)) }
                    volunteers.append(person)
                }
            }
            // Now and then a community shares the reserve of the one before.
            let reserve = chance(25) && community > 1 ? "c\(community - 1)队1" : (chance(50) ? teams.last : nil)
            for gate in 1...int(1...3) {
                checkpoints.append(B.gate("c\(community)门\(gate)", people: int(1...3), requires: chance(50) ? ["党员:1"] : [],
                                          keepers: [teams[int(0...teams.count - 1)]], reserve: reserve))
            }
        }
        if chance(30) { volunteers[int(0...volunteers.count - 1)].name = volunteers[int(0...volunteers.count - 1)].name }
        var rules = RosterRules.standard
        if chance(40) { rules.maxDaysInARow = int(2...4) }
        if chance(20) { rules.minDaysOffPerWeek = 2 }
        var roster = B.roster(checkpoints: checkpoints, volunteers: volunteers, rules: rules)
        let pick = { (random: inout SeededGenerator) in volunteers[Int.random(in: 0...volunteers.count - 1, using: &random)].name }
        // Duties already there, by the gate's own people; one in ten by hand at another community's gate.
        for _ in 0..<int(0...8) {
            let gate = checkpoints[int(0...checkpoints.count - 1)].name
            let own = volunteers.map(\.name).filter { $0.hasPrefix(gate.prefix(while: { $0 != "门" })) }
            let people = (0..<2).map { _ in chance(10) || own.isEmpty ? pick(&random) : own[int(0...own.count - 1)] }
                .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            roster.duties.append(Duty(date: first.adding(days: int(-1...days)), shift: chance(50) ? "白班" : "夜班", checkpoint: gate,
                                      people: people, pinned: chance(40)))
        }
        if chance(50) { roster.duties.append(Duty(date: first.adding(days: 1), shift: "白班", checkpoint: "旧卡口", people: [pick(&random)])) }
        if chance(30) { roster.duties.append(Duty(date: first, shift: "夜班", checkpoint: checkpoints[0].name, people: ["查无此人"])) }
        Roster.sortInSlotOrder(&roster.duties)
        return (roster, PlanRequest(from: first, to: first.adding(days: days - 1), fresh: chance(20)))
    }
}
