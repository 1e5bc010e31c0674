// zhiban-bench [NAME…]: fixed-seed measurements of speed, memory and plan quality.
// Run with `swift run -c release zhiban-bench`. Each area adds its measurements in its own
// file here and lists them below; with names given, only those run.

import Foundation

let measurements: [BenchMeasurement] = [
    PlanningBenchmarks.examples,
    PlanningBenchmarks.tight,
    PlanningBenchmarks.shortShifts,
    PlanningBenchmarks.district,
    PlanningBenchmarks.partyDistrict,
    TUIBenchmark.district,
    CommandBenchmarks.district,
    DistrictViewBenchmark.communities,
    ServedBenchmarks.district,
]

let chosen = Set(CommandLine.arguments.dropFirst())
let unknown = chosen.subtracting(measurements.map(\.name)).sorted()
if !unknown.isEmpty {
    print("unknown measurement(s): \(unknown.joined(separator: ", ")); known: \(measurements.map(\.name).joined(separator: ", "))")
    exit(2)
}
var failed = false
for measurement in measurements where chosen.isEmpty || chosen.contains(measurement.name) {
    print("== \(measurement.name): \(measurement.summary)")
    do {
        try measurement.run()
    } catch {
        print("FAILED: \(error)")
        failed = true
    }
}
print("peak memory (VmHWM): \(BenchMeasurement.peakMemoryMegabytes().map { "\($0) MB" } ?? "unknown")")
exit(failed ? 1 : 0)
