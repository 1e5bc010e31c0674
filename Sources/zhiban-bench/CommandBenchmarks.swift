import Foundation
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// Whole commands on the district month, as an organizer runs them: each a process of the
/// release `zhiban` binary beside this benchmark, spawned several times (median), against a
/// Python script that only parses the same three files with `csv` and `tomllib`. Then the same
/// on twice the district, to see the cost grow with the roster and no faster.
enum CommandBenchmarks {
    /// Runs of each command; the median counts.
    static let runs = Int(ProcessInfo.processInfo.environment["ZHIBAN_BENCH_RUNS"] ?? "") ?? 5
    /// Most memory any command may hold, in megabytes.
    static let memoryTarget = 150
    /// Most time twice the district may take, against the district.
    static let growthTarget = 2.2

    static let district = BenchMeasurement(
        name: "commands-district",
        summary: "whole `zhiban` processes (release) on the district month beside a Python read of its files "
            + "(targets: print, export, notify, stats, check ≤ 1×; rotate ≤ 2.5×; first frame ≤ 0.5 s; import ≤ 1 s; "
            + "< \(memoryTarget) MB; twice the district ≤ \(growthTarget)× the time)"
    ) {
        let binary = try releaseBinary()
        // ZHIBAN_BENCH_FOLDER keeps the district's folders there, to profile a command on them afterwards.
        let kept = ProcessInfo.processInfo.environment["ZHIBAN_BENCH_FOLDER"].map { URL(fileURLWithPath: $0) }
        let work = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-bench-\(getpid())")
        defer { if kept == nil { try? FileManager.default.removeItem(at: work) } }
        var misses: [String] = []
        let one = try DistrictFolders(scale: 1, in: work)
        print("  district: \(one.volunteers) volunteers, \(one.checkpoints) checkpoints, \(one.shifts) shifts planned, "
            + "\(one.megabytesOnDisk) MB of files; machine load \(loadAverage())")
        let python = try median(runs) { try pythonRead(one.planned) }
        print("  python csv + tomllib read: \(BenchMeasurement.format(seconds: python))")
        for command in CommandUnderTest.all {
            let (seconds, memory) = try measure(command, binary: binary, on: one)
            let ratio = seconds / python
            let target = command.target(python: python)
            let missed = seconds > target || memory >= memoryTarget
            print("  \(command.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(BenchMeasurement.format(seconds: seconds))  "
                + String(format: "%.2f×", ratio) + "  \(memory) MB  (target ≤ \(BenchMeasurement.format(seconds: target)))"
                + (missed ? "  MISSED" : ""))
            if missed { misses.append(command.name) }
        }
        let frame = try InterfaceStart.firstFrame(binary: binary, folder: one.planned, title: one.title, runs: runs)
        print("  \("first frame".padding(toLength: 20, withPad: " ", startingAt: 0)) \(frame.map(BenchMeasurement.format) ?? "unknown (no tmux)")"
            + "  (target ≤ 0.500 s)" + ((frame ?? 0) > 0.5 ? "  MISSED" : ""))
        if (frame ?? 0) > 0.5 { misses.append("first frame") }

        let two = try DistrictFolders(scale: 2, in: work)
        let pythonTwo = try median(runs) { try pythonRead(two.planned) }
        print("  twice the district (\(two.volunteers) volunteers): python read \(BenchMeasurement.format(seconds: pythonTwo)) "
            + String(format: "(%.2f×)", pythonTwo / python) + "; each command's growth the median of runs on the two taken in turn")
        for command in CommandUnderTest.all {
            let (seconds, growth, memory) = try growth(of: command, binary: binary, from: one, to: two)
            let missed = growth > growthTarget
            print("  \(command.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(BenchMeasurement.format(seconds: seconds))  "
                + String(format: "%.2f× the district", growth) + "  \(memory) MB" + (missed ? "  MISSED" : ""))
            if missed { misses.append("\(command.name) ×2") }
        }
        if !misses.isEmpty { throw BenchFailure(description: "command targets missed: \(misses.joined(separator: ", "))") }
    }

    /// The median time of `command`'s runs on `folders`, and the most memory one run holds.
    private static func measure(_ command: CommandUnderTest, binary: String, on folders: DistrictFolders) throws -> (Double, Int) {
        let seconds = try median(runs) { try time(command, binary: binary, on: folders) }
        return (seconds, try ProcessRun.peakMegabytes(binary, command.arguments(try folders.prepare(command), folders)))
    }

    /// How `command` grows from `one` to `two`: runs on each taken in turn, so that both see the
    /// machine alike (a busy minute would otherwise fall on one of them); the median time on
    /// `two`, the median of the runs' ratios, and the most memory one run on `two` holds.
    private static func growth(of command: CommandUnderTest, binary: String, from one: DistrictFolders, to two: DistrictFolders)
        throws -> (seconds: Double, growth: Double, memory: Int)
    {
        var pairs: [(one: Double, two: Double)] = []
        for _ in 0..<max(1, runs) {
            pairs.append((try time(command, binary: binary, on: one), try time(command, binary: binary, on: two)))
        }
        let memory = try ProcessRun.peakMegabytes(binary, command.arguments(try two.prepare(command), two))
        return (pairs.map(\.two).sorted()[pairs.count / 2], pairs.map { $0.two / $0.one }.sorted()[pairs.count / 2], memory)
    }

    /// One run of `command` on `folders`, in seconds.
    private static func time(_ command: CommandUnderTest, binary: String, on folders: DistrictFolders) throws -> Double {
        let run = try ProcessRun.run(binary, command.arguments(try folders.prepare(command), folders))
        guard run.status < 2 else { throw BenchFailure(description: "`zhiban \(command.name)` ended with status \(run.status)") }
        return run.seconds
    }

    /// The median of `count` measurements.
    static func median(_ count: Int, _ body: () throws -> Double) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, count) { times.append(try body()) }
        return times.sorted()[times.count / 2]
    }

    /// The Python script's time reading the three files of `folder`.
    private static func pythonRead(_ folder: URL) throws -> Double {
        let script = folder.deletingLastPathComponent().appendingPathComponent("read.py")
        if !FileManager.default.fileExists(atPath: script.path) {
            try Data("""
                import csv, sys, tomllib
                with open(sys.argv[1] + "/roster.toml", "rb") as f: tomllib.load(f)
                for name in ("volunteers.csv", "duties.csv"):
                    with open(sys.argv[1] + "/" + name, newline="", encoding="utf-8-sig") as f: list(csv.reader(f))

                """.utf8).write(to: script)
        }
        let run = try ProcessRun.run("/usr/bin/env", ["python3", script.path, folder.path])
        guard run.status == 0 else { throw BenchFailure(description: "python3 (3.11 or later, for tomllib) cannot read the district") }
        return run.seconds
    }

    /// `zhiban` built with `swift build -c release`, beside this benchmark, or the one
    /// `ZHIBAN_BENCH_BINARY` names (to compare two builds).
    static func releaseBinary() throws -> String {
        let path = ProcessInfo.processInfo.environment["ZHIBAN_BENCH_BINARY"]
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
                .appendingPathComponent("zhiban").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchFailure(description: "no \(path): run `swift build -c release --product zhiban` first")
        }
        return path
    }

    /// The one-minute load average, for reading the figures.
    private static func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) == 3 ? String(format: "%.1f on %d cores", loads[0], ProcessInfo.processInfo.activeProcessorCount) : "unknown"
    }
}
