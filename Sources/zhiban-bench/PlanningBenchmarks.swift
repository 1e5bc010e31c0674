import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// The planner's measurements: each bundled example and a district month, planned for April 2022.
enum PlanningBenchmarks {
    /// April 2022.
    static let april = PlanRequest(from: LocalDate(year: 2022, month: 4, day: 1)!, to: LocalDate(year: 2022, month: 4, day: 30)!)

    /// Each bundled example: time (target < 0.1 s), breaks, empty places, hours spread.
    static let examples = BenchMeasurement(
        name: "plan-examples",
        summary: "each bundled example planned for April 2022 (target < 0.1 s, 0 breaks, spread ≤ best + one shift)"
    ) {
        var misses: [String] = []
        for example in BundledExample.allCases {
            let roster = try example.roster()
            let (seconds, result) = BenchMeasurement.time(repeats: 5) { Planner(roster).plan(april) }
            let quality = PlanQuality(roster: roster, request: april, result: result)
            print(line(example.rawValue, roster: roster, seconds: seconds, quality: quality))
            if seconds >= 0.1 || !quality.meetsTargets { misses.append(example.rawValue) }
        }
        if !misses.isEmpty { throw BenchFailure(description: "targets missed: \(misses.joined(separator: ", "))") }
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

    private static func line(_ name: String, roster: Roster, seconds: Double, quality: PlanQuality) -> String {
        let hours = { (minutes: Int) in Hours.decimal(minutes) + " h" }
        return "\(name): \(roster.volunteers.count) volunteers, \(roster.checkpoints.count) checkpoints — "
            + "plan \(BenchMeasurement.format(seconds: seconds)), breaks \(quality.breaks), "
            + "empty places \(quality.emptyPlaces) (unavoidable ≥ \(quality.unavoidableEmptyPlaces)), "
            + "worst hours spread \(hours(quality.worstSpread)) in \(quality.worstTeam) "
            + "(best possible \(hours(quality.bestSpread)), one shift \(hours(quality.oneShift))), "
            + "worst nights spread \(quality.worstNightsSpread)"
    }
}
