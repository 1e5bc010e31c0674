import PlanningFixtures
import XCTest
import ZhibanModel
import ZhibanPlanning

/// On small, tight communities (as many people as places, a minority of party members, one keeper
/// team shared by two gates) zhiban's plan is never worse than what CP-SAT found: no more empty
/// places plus missing party members, then no more reserve calls — except on the seeds listed in
/// `SolverFigures.knownGaps`, by at most that much. Before the matching and the chains the greedy
/// fill alone was worse on 8 of the 12 (seed 2: 16 reserve calls against 10, seed 12: 70 short against 64).
final class TightRosterPlanTests: XCTestCase {
    func testNoWorseThanTheSolverOnEveryTightRoster() {
        for seed in TightRosters.seeds {
            let roster = TightRosters.make(seed: seed)
            let result = Planner(roster).plan(TightRosters.april)
            let score = PlanScore(result.roster, TightRosters.april)
            XCTAssertEqual(RosterBuilder.breaks(result.roster).map(\.description), [], "seed \(seed)")
            guard let solver = SolverFigures.tight[seed] else { return XCTFail("no solver figures for seed \(seed)") }
            print("seed \(seed): zhiban \(score), CP-SAT \(solver)")
            XCTAssertTrue(score.isAtMost(solver.adding(SolverFigures.knownGaps[seed])), "seed \(seed): zhiban \(score), CP-SAT \(solver)")
        }
    }

    func testTheGeneratorIsFixedBySeed() {
        XCTAssertEqual(TightRosters.make(seed: 3), TightRosters.make(seed: 3))
        XCTAssertNotEqual(TightRosters.make(seed: 3), TightRosters.make(seed: 4))
    }
}
