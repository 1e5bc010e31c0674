import Foundation

/// How long the interface takes from its start to its first frame on screen: `zhiban` started
/// in a tmux pane of 100×30 (a server of its own, already running), the pane read until the
/// roster's title shows.
enum InterfaceStart {
    /// The median seconds to the first frame over `runs`, or nil without tmux.
    static func firstFrame(binary: String, folder: URL, title: String, runs: Int) throws -> Double? {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first(where: FileManager.default.isExecutableFile) else { return nil }
        let socket = "zhiban-bench-\(getpid())"
        let screen = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).txt").path
        defer { try? FileManager.default.removeItem(atPath: screen) }
        func call(_ arguments: [String]) throws {
            _ = try ProcessRun.run(tmux, ["-u", "-L", socket] + arguments, output: screen)
        }
        func pane() throws -> String {
            try call(["capture-pane", "-p", "-t", "ui"])
            return (try? String(contentsOfFile: screen, encoding: .utf8)) ?? ""
        }
        // A server already running (kept by a session waiting on its input), so each start is only the interface's.
        try call(["new-session", "-d", "-s", "idle", "cat"])
        defer { try? call(["kill-server"]) }
        return try CommandBenchmarks.median(runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            try call(["new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", "env LANG=C.UTF-8 '\(binary)' --roster '\(folder.path)'"])
            defer {
                try? call(["kill-session", "-t", "ui"])
                waitUntilUnlocked(folder)
            }
            while !(try pane()).contains(title) {
                if DispatchTime.now().uptimeNanoseconds - start > 30_000_000_000 { throw BenchFailure(description: "no first frame in 30 s; the pane shows: \((try? pane()) ?? "")") }
            }
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
    }

    /// Waits (up to 10 s) until no zhiban holds the folder's writer lock: the interface ended by
    /// the run before may still be finishing its start (spelling names) when its pane is gone,
    /// and the next run would then find the roster open.
    private static func waitUntilUnlocked(_ folder: URL) {
        let descriptor = open(folder.appendingPathComponent(".zhiban.lock").path, O_RDONLY)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var waited = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 && waited < 1000 {
            usleep(10_000)
            waited += 1
        }
        flock(descriptor, LOCK_UN)
    }
}
