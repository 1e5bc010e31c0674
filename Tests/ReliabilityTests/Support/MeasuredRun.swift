import Foundation
import XCTest

/// Runs a program to its end and reports its peak memory, with a deadline that kills a hung child.
///
/// The peak is the kernel's `ru_maxrss`, taken by `zhiban-crashtest measure`: a process spawned by
/// the test itself would start its `ru_maxrss` at the test process's own peak (Linux carries the
/// spawner's high-water mark over `exec` after a vfork-style spawn), which after the crash test
/// is hundreds of MiB. The small tool adds at most its own ~20 MiB.
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
        let measurer = try BuiltProducts.path("zhiban-crashtest")
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))  // so a hang is killed with its child
        posix_spawnattr_setpgroup(&attributes, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder.path("out"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder.path("err"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([measurer, "measure", folder.path("peak"), executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, measurer, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }

        var waitStatus: Int32 = 0
        let start = Date()
        var killed = false
        while wait4(pid, &waitStatus, WNOHANG, nil) == 0 {
            if !killed && Date().timeIntervalSince(start) > deadline {
                kill(-pid, SIGKILL)
                killed = true
            }
            usleep(20_000)
        }
        let signal = waitStatus & 0x7F
        status = signal == 0 ? (waitStatus >> 8) & 0xFF : 128 + signal
        let peakKiB = (try? String(contentsOfFile: folder.path("peak"), encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        peakMiB = (peakKiB ?? .infinity) / 1024
        timedOut = killed
        stdout = (try? String(contentsOfFile: folder.path("out"), encoding: .utf8)) ?? ""
        stderr = (try? String(contentsOfFile: folder.path("err"), encoding: .utf8)) ?? ""
    }
}
