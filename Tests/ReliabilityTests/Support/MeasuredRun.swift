import Foundation
import XCTest

/// Runs a program to its end and reports its peak memory (the kernel's `ru_maxrss` from
/// `wait4`, which Foundation's Process does not give), with a deadline that kills a hung child.
struct MeasuredRun {
    /// The exit status (or 128 + signal when killed).
    let status: Int32
    /// Peak resident memory of the child, in MiB.
    let peakMiB: Double
    /// Whether the deadline passed and the child was killed.
    let timedOut: Bool
    /// What it printed.
    let stdout: String
    let stderr: String

    /// Runs `executable` with `arguments`, killing it after `deadline` seconds.
    init(_ executable: String, _ arguments: [String], deadline: TimeInterval) throws {
        let folder = try TemporaryFolder("zhiban-measured")
        defer { folder.remove() }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder.path("out"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder.path("err"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }

        var waitStatus: Int32 = 0
        var usage = rusage()
        let start = Date()
        var killed = false
        while wait4(pid, &waitStatus, WNOHANG, &usage) == 0 {
            if !killed && Date().timeIntervalSince(start) > deadline {
                kill(pid, SIGKILL)
                killed = true
            }
            usleep(20_000)
        }
        let signal = waitStatus & 0x7F
        status = signal == 0 ? (waitStatus >> 8) & 0xFF : 128 + signal
        peakMiB = Double(usage.ru_maxrss) / 1024
        timedOut = killed
        stdout = (try? String(contentsOfFile: folder.path("out"), encoding: .utf8)) ?? ""
        stderr = (try? String(contentsOfFile: folder.path("err"), encoding: .utf8)) ?? ""
    }
}
