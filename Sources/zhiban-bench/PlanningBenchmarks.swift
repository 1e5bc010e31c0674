import Foundation
import PlanningFixtures
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// The planner's measurements: each bundled example and a district month, planned for April 2022.
enum PlanningBenchmarks {
    /// April 2022.
    static let april = PlanRequest(from: LocalDate(year: 2022, month: 4, day: 1)!, to: LocalDate(year: 2022, month: 4, day: 30)!)

    /// Each bundled example: time (target < 0.1 s), breaks, empty places, hours and nights spread, missing party members, reserve calls.
    static let examples = BenchMeasurement(
        name: "plan-examples",
        summary: "each bundled example planned for April 2022 (target < 0.1 s, 0 breaks, spread ≤ best + one shift)"
    ) {
        var misses: [String] = []
        for example in BundledExample.allCases {
            let roster = try example.roster()
            let (seconds, result) = BenchMeasurement.time(repeats: 5) { Planner(roster).plan(april) }
            let quality = PlanQuality(roster: roster, request: april, result: result)
            let score = PlanScore(result.roster, april)
            print(line(example.rawValue, roster: roster, seconds: seconds, quality: quality)
                + ", missing party members \(score.shortfall - quality.emptyPlaces), reserve calls \(score.reserveCalls)")
            if seconds >= 0.1 || !quality.meetsTargets { misses.append(example.rawValue) }
        }
        for example in BundledExample.allCases { print(try underInitRules(example)) }
        if !misses.isEmpty { throw BenchFailure(description: "targets missed: \(misses.joined(separator: ", "))") }
    }

    /// An example with the limits `init` and `import` write (6 days in a row, 1 off in 7…), as
    /// an organizer who imported their lists plans it: the time, the empty places (the station's
    /// are forced by the rule) and how they spread over the dates (no target).
    private static func underInitRules(_ example: BundledExample) throws -> String {
        var roster = try example.roster()
        roster.settings.rules = .recommended
        let (seconds, result) = BenchMeasurement.time(repeats: 3) { Planner(roster).plan(april) }
        let byDate = result.unfilled.reduce(into: [LocalDate: Int]()) { $0[$1.slot.date, default: 0] += $1.needed - $1.placed }
        let quality = PlanQuality(roster: roster, request: april, result: result)
        let score = PlanScore(result.roster, april)
        return "\(example) under init's rules: plan \(BenchMeasurement.format(seconds: seconds)), "
            + "breaks \(quality.breaks), empty places \(result.emptyPlaces), "
            + "most on one date \(byDate.values.max() ?? 0), missing party members \(score.shortfall - result.emptyPlaces), "
            + "reserve calls \(score.reserveCalls), worst hours spread \(Hours.decimal(quality.worstSpread)) h, "
            + "worst nights spread \(quality.worstNightsSpread), " + daysOff(quality)
    }

    /// The district month: time (target < 5 s) and memory (target < 500 MB).
    static let district = BenchMeasurement(
        name: "plan-district",
        summary: "\(DistrictRoster.checkpoints) checkpoints, \(DistrictRoster.volunteers) volunteers, 白班/夜班 × 2, 30 days (target < 5 s, < 500 MB)"
    ) {
        let roster = DistrictRoster.make(seed: 2022)
        let (seconds, result) = BenchMeasurement.time { Planner(roster).plan(april) }
        let (checkSeconds, violations) = BenchMeasurement.time { RuleChecker(result.roster).violations() }
        let quality = PlanQuality(roster: roster, request: april, result: result)
        print(line("district", roster: roster, seconds: seconds, quality: quality))
        print("  rule check of the planned month: \(BenchMeasurement.format(seconds: checkSeconds)), \(violations.filter(\.isBreak).count) breaks")
        let memory = BenchMeasurement.peakMemoryMegabytes() ?? 0
        print("  peak memory so far: \(memory) MB")
        if seconds >= 5 || memory >= 500 || !quality.meetsTargets { throw BenchFailure(description: "district targets missed") }
    }

    /// A district where only 40 % are party members: the 党员:1 rule bites (target < 5 s).
    static let partyDistrict = BenchMeasurement(
        name: "plan-district-40",
        summary: "the district month with 40 % party members (target < 5 s, 0 breaks)"
    ) {
        let roster = DistrictRoster.make(seed: 2022, partyPercent: 40)
        let (seconds, result) = BenchMeasurement.time { Planner(roster).plan(april) }
        let quality = PlanQuality(roster: roster, request: april, result: result)
        let score = PlanScore(result.roster, april)
        print(line("district-40", roster: roster, seconds: seconds, quality: quality))
        print("  empty places + missing party members: \(score.shortfall), reserve calls: \(score.reserveCalls)")
        if seconds >= 5 || quality.breaks > 0 { throw BenchFailure(description: "40 % district targets missed") }
    }

    /// A small roster planned three times (the best time kept), and what its plan is worth.
    private static func planned(_ roster: Roster, _ request: PlanRequest) -> (seconds: Double, quality: PlanQuality, score: PlanScore) {
        let (seconds, result) = BenchMeasurement.time(repeats: 3) { Planner(roster).plan(request) }
        return (seconds, PlanQuality(roster: roster, request: request, result: result), PlanScore(result.roster, request))
    }

    /// The tight rosters of `TightRosters`, side by side with what CP-SAT reached in 30 s.
    static let tight = BenchMeasurement(
        name: "plan-tight",
        summary: "\(TightRosters.seeds.count) tight rosters (fixed seeds) against CP-SAT's 30 s figures (target: no worse beyond the known gaps), and under init's rules (no break)"
    ) {
        var misses: [String] = []
        print("  seed  people gates  plan time   zhiban: short reserve   CP-SAT: short reserve   days-off spread   "
              + "under init's rules: plan time  short reserve  nights spread  days-off spread")
        for seed in TightRosters.seeds {
            var roster = TightRosters.make(seed: seed)
            let (seconds, quality, score) = planned(roster, TightRosters.april)
            let solver = SolverFigures.tight[seed] ?? PlanScore(shortfall: 0, reserveCalls: 0)
            // The same roster as an organizer who imports it has it: no solver figures, no break allowed.
            roster.settings.rules = .recommended
            let underInit = planned(roster, TightRosters.april)
            let cells = [
                "\(seed)", "\(roster.volunteers.count)", "\(roster.checkpoints.count)", BenchMeasurement.format(seconds: seconds),
                "\(score.shortfall)", "\(score.reserveCalls)", "\(solver.shortfall)", "\(solver.reserveCalls)",
                "\(quality.worstDaysOffSpread)", BenchMeasurement.format(seconds: underInit.seconds),
                "\(underInit.score.shortfall)", "\(underInit.score.reserveCalls)", "\(underInit.quality.worstNightsSpread)",
                "\(underInit.quality.worstDaysOffSpread)",
            ]
            let widths = [6, 7, 6, 11, 14, 8, 15, 10, 18, 31, 6, 9, 15, 4]
            print("  " + zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined())
            if quality.breaks > 0 || underInit.quality.breaks > 0 || !score.isAtMost(solver.adding(SolverFigures.knownGaps[seed])) {
                misses.append("seed \(seed)")
            }
        }
        if !misses.isEmpty { throw BenchFailure(description: "tight rosters worse than allowed: \(misses.joined(separator: ", "))") }
    }

    /// Volunteer points with 4-hour shifts, two of which fit on one date: how evenly days off fall.
    static let shortShifts = BenchMeasurement(
        name: "plan-short-shifts",
        summary: "\(ShortShiftRosters.seeds.count) volunteer points with four 4-hour shifts (fixed seeds): days off inside the team (target: 0 breaks)"
    ) {
        var misses: [String] = []
        print("  seed  people points  plan time   short  hours spread  days-off spread")
        for seed in ShortShiftRosters.seeds {
            let roster = ShortShiftRosters.make(seed: seed)
            let (seconds, quality, score) = planned(roster, ShortShiftRosters.april)
            let cells = [
                "\(seed)", "\(roster.volunteers.count)", "\(roster.checkpoints.count)", BenchMeasurement.format(seconds: seconds),
                "\(score.shortfall)", Hours.decimal(quality.worstSpread) + " h", "\(quality.worstDaysOffSpread)",
            ]
            let widths = [6, 7, 7, 12, 7, 14, 4]
            print("  " + zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined())
            if quality.breaks > 0 { misses.append("seed \(seed)") }
        }
        if !misses.isEmpty { throw BenchFailure(description: "rule breaks: \(misses.joined(separator: ", "))") }
    }

    private static func line(_ name: String, roster: Roster, seconds: Double, quality: PlanQuality) -> String {
        let hours = { (minutes: Int) in Hours.decimal(minutes) + " h" }
        return "\(name): \(roster.volunteers.count) volunteers, \(roster.checkpoints.count) checkpoints — "
            + "plan \(BenchMeasurement.format(seconds: seconds)), breaks \(quality.breaks), "
            + "empty places \(quality.emptyPlaces) (unavoidable ≥ \(quality.unavoidableEmptyPlaces)), "
            + "worst hours spread \(hours(quality.worstSpread)) in \(quality.worstTeam) "
            + "(best possible \(hours(quality.bestSpread)), one shift \(hours(quality.oneShift))), "
            + "worst nights spread \(quality.worstNightsSpread), " + daysOff(quality)
    }

    /// The worst days-off spread inside a team, and how many teams are more than one day apart.
    private static func daysOff(_ quality: PlanQuality) -> String {
        "worst days-off spread \(quality.worstDaysOffSpread) in \(quality.worstDaysOffTeam) "
            + "(\(quality.unevenDaysOffTeams) teams above 1)"
    }
}
