import Foundation

/// One whole process of a command, spawned with its output thrown away: how long it took
/// from spawn to exit, its exit status and the most memory it held.
struct ProcessRun {
    /// Wall-clock seconds from spawn to exit.
    let seconds: Double
    /// Exit status (128 + signal when killed).
    let status: Int32
    /// Peak resident memory of the process, in megabytes.
    let peakMegabytes: Int
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
        return ProcessRun(seconds: seconds, status: exit, peakMegabytes: usage.ru_maxrss / 1024, cpuSeconds: cpu)
    }
}
