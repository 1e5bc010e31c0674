import Foundation

/// One named measurement of the benchmark, with helpers for timing and memory.
struct BenchMeasurement: Sendable {
    /// Name used on the command line.
    let name: String
    /// One line saying what it measures.
    let summary: String
    /// Runs it, printing its figures.
    let run: @Sendable () throws -> Void

    /// Runs `body` `repeats` times and returns the fastest wall-clock time in seconds, and the last result.
    static func time<T>(repeats: Int = 1, _ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
        var best = Double.infinity
        var result: T?
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            result = try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return (best, result!)
    }

    /// The process's peak resident memory (VmHWM in /proc/self/status), in megabytes.
    static func peakMemoryMegabytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return nil }
        return kilobytes / 1024
    }

    /// `0.042 s`, `1.3 ms`.
    static func format(seconds: Double) -> String {
        seconds < 0.01 ? String(format: "%.2f ms", seconds * 1000) : String(format: "%.3f s", seconds)
    }
}

/// A target missed: the benchmark ends with status 1.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
}
