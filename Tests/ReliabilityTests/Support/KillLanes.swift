import Dispatch
import Foundation

/// Kill tests run in a few lanes at once, each on its own roster folder with its own random
/// delays: a kill mostly waits for a process to start and for its files to reach the disk, so
/// lanes side by side finish 1,000 kills in a fraction of the time on two cores. A lane reports
/// what went wrong as text, and the test fails with it on its own thread.
final class KillLanes: @unchecked Sendable {
    /// Kills per command in one test (`ZHIBAN_KILLS` sets fewer, for a quick run).
    static let kills = ProcessInfo.processInfo.environment["ZHIBAN_KILLS"].flatMap(Int.init) ?? 1_000
    /// Lanes side by side.
    static let count = 4

    /// What one lane found.
    struct Report {
        /// Where the kills landed, by name, counted.
        var counts: [String: Int] = [:]
        /// What went wrong, each with its kill.
        var failures: [String] = []

        /// Counts a kill under `name`.
        mutating func count(_ name: String) { counts[name, default: 0] += 1 }

        /// Notes a failure unless `condition` holds.
        mutating func check(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { failures.append(message()) }
        }
    }

    private let lock = NSLock()
    private var reports: [Report] = []

    /// Held while a lane starts a process or holds a roster's writer lock in the test process.
    /// A process being started is a copy of the test process until it runs its program, holding
    /// every open descriptor, a writer's lock among them: a lane that had just closed that
    /// writer would find its roster locked by itself for that moment.
    private static let gate = NSLock()

    /// Runs `body` while no lane starts a process or holds a writer (see `gate`).
    static func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        gate.lock()
        defer { gate.unlock() }
        return try body()
    }

    /// Runs `lane(number, kills)` for each lane at once (the kills shared out between them) and
    /// returns the reports merged.
    static func run(_ lane: @escaping @Sendable (_ number: Int, _ kills: Int) throws -> Report) -> Report {
        let lanes = KillLanes()
        DispatchQueue.concurrentPerform(iterations: count) { number in
            let share = kills / count + (number < kills % count ? 1 : 0)
            var report: Report
            do {
                report = try lane(number, share)
            } catch {
                report = Report(failures: ["lane \(number): \(error)"])
            }
            lanes.lock.lock()
            lanes.reports.append(report)
            lanes.lock.unlock()
        }
        var merged = Report()
        for report in lanes.reports {
            merged.counts.merge(report.counts, uniquingKeysWith: +)
            merged.failures += report.failures
        }
        return merged
    }
}
