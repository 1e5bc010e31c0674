import Foundation
import ZhibanModel
import ZhibanPlanning
import ZhibanTUI

/// The interface's measurements on the district month: a key press to the finished frame
/// (reducer plus rendering into the cell grid, which is what the terminal edge then diffs) on the
/// day board (moving, changing day, an assignment and its undo), in the people table, for a
/// filter keystroke and in the problems view, and the memory it all holds.
enum TUIBenchmark {
    /// Target for one key press to the finished frame.
    static let frameTarget = 0.016
    /// Target for the memory the interface holds.
    static let memoryTarget = 300

    /// The district month in the interface at 100×30.
    static let district = BenchMeasurement(
        name: "tui-district",
        summary: "day board, people table and filter keystrokes on \(DistrictRoster.volunteers) volunteers × "
            + "\(DistrictRoster.checkpoints) checkpoints, April planned (target < 16 ms a frame, < 300 MB)"
    ) {
        let roster = Planner(DistrictRoster.make(seed: 2022)).plan(PlanningBenchmarks.april).roster
        let before = residentMegabytes()
        let (openSeconds, opened) = BenchMeasurement.time {
            AppState(roster: roster, today: PlanningBenchmarks.april.from, language: .zh, width: 100, height: 30)
        }
        print("  open the roster (state, first day's checks): \(BenchMeasurement.format(seconds: openSeconds))")
        // What the terminal does on another thread once the first frame is drawn.
        let (spellSeconds, spelled) = BenchMeasurement.time {
            var index = PersonSearchIndex()
            index.update(for: opened.searchedVolunteers)
            return index
        }
        print("  pinyin of every name (another thread, after the first frame): \(BenchMeasurement.format(seconds: spellSeconds))")
        var state = opened
        state.adoptSearchIndex(spelled)
        var slowest: [(String, Double)] = []
        func frames(_ name: String, _ keys: [Key]) {
            var times: [Double] = []
            for key in keys {
                let start = DispatchTime.now().uptimeNanoseconds
                state = state.reduce(key: key).0
                _ = RootView.render(state)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            if ProcessInfo.processInfo.environment["ZHIBAN_BENCH_VERBOSE"] != nil {
                print("    each key: " + times.map { BenchMeasurement.format(seconds: $0) }.joined(separator: ", "))
            }
            let sorted = times.sorted()
            let median = sorted[sorted.count / 2]
            print("  \(name): \(keys.count) keys, median \(BenchMeasurement.format(seconds: median)), "
                + "slowest \(BenchMeasurement.format(seconds: sorted.last!))")
            slowest.append((name, median))
        }
        frames("day board, moving", Array(repeating: Key.character("j"), count: 40) + Array(repeating: .character("l"), count: 10))
        frames("day board, next day", Array(repeating: Key.character("]"), count: 10))
        frames("people table, moving", [.character("3")] + Array(repeating: Key.character("j"), count: 40) + [.pageDown, .pageDown])
        frames("people filter, typing", "fzhiyuan1".map { Key.character($0) } + [.backspace, .backspace, .character("2")])
        state = state.reduce(key: .escape).0
        // The first key works out every break and empty place of the month (as `zhiban check` does).
        frames("problems view, opening then moving", [.character("6")] + Array(repeating: Key.character("j"), count: 20))
        state = state.reduce(key: .character("1")).0
        frames("day board, assign from the pick list, then undo", [.enter, .character("1"), .enter, .character("u")])
        let after = residentMegabytes()
        print("  memory: \(after) MB resident (\(after - before) MB for the interface), peak \(BenchMeasurement.peakMemoryMegabytes() ?? 0) MB")
        let missed = slowest.filter { $0.1 >= frameTarget }.map(\.0)
        if !missed.isEmpty || after >= memoryTarget {
            throw BenchFailure(description: "interface targets missed: \((missed + (after >= memoryTarget ? ["memory"] : [])).joined(separator: ", "))")
        }
    }

    /// The process's resident memory now (VmRSS), in megabytes.
    private static func residentMegabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }
}
