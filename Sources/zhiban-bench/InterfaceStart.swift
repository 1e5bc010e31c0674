import Foundation

/// How long the interface takes from its start to its first frame on screen: `zhiban` started
/// in a tmux pane of 100×30 (a server of its own, already running), the pane read until the
/// roster's title shows.
enum InterfaceStart {
    /// The median seconds to the first frame over `runs`, or nil without tmux.
    static func firstFrame(binary: String, folder: URL, title: String, runs: Int) throws -> Double? {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first(where: FileManager.default.isExecutableFile) else { return nil }
        let socket = "zhiban-bench-\(getpid())"
        func call(_ arguments: [String]) throws -> String {
            let process = Process()
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: tmux)
            process.arguments = ["-L", socket] + arguments
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return text
        }
        _ = try call(["new-session", "-d", "-s", "idle", "sleep 600"])
        defer { _ = try? call(["kill-server"]) }
        return try CommandBenchmarks.median(runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try call(["new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", "env LANG=C.UTF-8 '\(binary)' --roster '\(folder.path)'"])
            defer { _ = try? call(["kill-session", "-t", "ui"]) }
            while !(try call(["capture-pane", "-p", "-t", "ui"])).contains(title) {
                if DispatchTime.now().uptimeNanoseconds - start > 30_000_000_000 { throw BenchFailure(description: "no first frame in 30 s") }
            }
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
    }
}
