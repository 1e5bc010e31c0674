import Foundation

/// One whole process of a command, spawned with its output thrown away: how long it took
/// from spawn to exit, its exit status and the processor time it used.
struct ProcessRun {
    /// Wall-clock seconds from spawn to exit.
    let seconds: Double
    /// Exit status (128 + signal when killed).
    let status: Int32
    /// Processor time it used, user and system, on all its threads.
    let cpuSeconds: Double

    /// Runs `executable` with `arguments`, standard output to `output` (a file made afresh) and
    /// standard error to /dev/null.
    static func run(_ executable: String, _ arguments: [String], output: String = "/dev/null") throws -> ProcessRun {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchFailure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + status & 0x7f
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return ProcessRun(seconds: seconds, status: exit, cpuSeconds: cpu)
    }

    /// The most memory a run of `executable` held (its peak resident set), in megabytes.
    ///
    /// Not the `ru_maxrss` that `wait4` gives for a process spawned from here: `posix_spawn`
    /// starts the child in this benchmark's own memory (vfork), and Linux carries that memory's
    /// high-water mark across the `exec`, so every command would "hold" the 100 MB the benchmark
    /// holds. A small Python process forks and execs the command instead and reports its
    /// `ru_maxrss`: an upper bound, which includes the interpreter's 10 MB or so that the child
    /// starts from.
    static func peakMegabytes(_ executable: String, _ arguments: [String]) throws -> Int {
        let script = """
            import os, sys
            pid = os.fork()
            if pid == 0:
                null = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2): os.dup2(null, fd)
                os.execv(sys.argv[1], sys.argv[1:])
            _, status, usage = os.wait4(pid, 0)
            print(usage.ru_maxrss)
            """
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-bench-peak-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let run = try run("/usr/bin/env", ["python3", "-c", script, executable] + arguments, output: output)
        let text = (try? String(contentsOfFile: output, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard run.status == 0, let kilobytes = Int(text) else {
            throw BenchFailure(description: "cannot measure the memory of \(executable): python3 said “\(text)”")
        }
        return kilobytes / 1024
    }
}
