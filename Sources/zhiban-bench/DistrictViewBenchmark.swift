import Foundation
import ZhibanPlanning
import ZhibanStorage

/// `zhiban district` over a street office's communities (issue 16: 751 in under 2 s), as a whole
/// process of the release binary: 751 copies of the chungu example with April planned (158
/// volunteers, 14 checkpoints and 720 duties each: 540,000 duties, 56 MB of files). Each run's
/// wall-clock time (the median counts against the target) and processor time, on every core.
enum DistrictViewBenchmark {
    /// Communities summed up.
    static let count = 751
    /// Most wall-clock seconds allowed.
    static let target = 2.0

    static let communities = BenchMeasurement(
        name: "district-communities",
        summary: "`zhiban district` (release, whole process) over \(count) chungu-sized communities with April planned "
            + "(target < \(target) s)"
    ) {
        let binary = try CommandBenchmarks.releaseBinary()
        // ZHIBAN_BENCH_FOLDER keeps the communities there, to profile the command on them afterwards.
        let kept = ProcessInfo.processInfo.environment["ZHIBAN_BENCH_FOLDER"].map { URL(fileURLWithPath: $0) }
        let work = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-bench-\(getpid())")
        defer { if kept == nil { try? FileManager.default.removeItem(at: work) } }
        let folder = try makeCommunities(in: work.appendingPathComponent("district-communities"))
        var processorTimes: [Double] = []
        let seconds = try CommandBenchmarks.median(CommandBenchmarks.runs) {
            let run = try ProcessRun.run(binary, ["district", folder.path])
            guard run.status == 0 else { throw BenchFailure(description: "`zhiban district` ended with status \(run.status)") }
            processorTimes.append(run.cpuSeconds)
            return run.seconds
        }
        let processor = processorTimes.sorted()[processorTimes.count / 2]
        let missed = seconds >= target
        print("  \(count) communities: \(BenchMeasurement.format(seconds: seconds)) wall, "
            + "\(BenchMeasurement.format(seconds: processor)) of processor time  (target < \(BenchMeasurement.format(seconds: target)))"
            + (missed ? "  MISSED" : ""))
        if missed { throw BenchFailure(description: "district view target missed") }
    }

    /// `base`/c001 … c751, each the chungu example with April planned (made afresh).
    private static func makeCommunities(in base: URL) throws -> URL {
        try? FileManager.default.removeItem(at: base)
        let month = Planner(try BundledExample.chungu.roster()).plan(PlanningBenchmarks.april).roster
        let first = base.appendingPathComponent("c001")
        _ = try RosterStore.create(folder: first, roster: month)
        for number in 2...count {
            try FileManager.default.copyItem(at: first, to: base.appendingPathComponent(String(format: "c%03d", number)))
        }
        return base
    }
}
