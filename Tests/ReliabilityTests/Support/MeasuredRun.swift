import Foundation
import XCTest

/// Runs a program to its end and reports its own peak memory, with a deadline that kills a hung
/// child.
///
/// The child is started by a small Python parent that forks it and reads `ru_maxrss` from
/// `wait4`. It cannot be spawned from the test process directly: Linux starts a spawned child's
/// peak at its parent's resident size (glibc's posix_spawn shares the parent's memory until
/// exec), so a test process grown by earlier tests would be measured instead of the child.
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

    /// Forks the program, enforces the deadline, writes "status maxrss_kib timed_out" to argv[1].
    private static let parent = """
        import os, sys, time
        report, deadline, argv = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
        pid = os.fork()
        if pid == 0:
            os.execv(argv[0], argv)
        start, killed = time.monotonic(), False
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if not killed and time.monotonic() - start > deadline:
                os.kill(pid, 9)
                killed = True
            time.sleep(0.02)
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
        with open(report, "w") as f:
            f.write(f"{code} {usage.ru_maxrss} {int(killed)}")
        """

    /// Runs `executable` with `arguments`, killing it after `deadline` seconds.
    init(_ executable: String, _ arguments: [String], deadline: TimeInterval) throws {
        let folder = try TemporaryFolder("zhiban-measured")
        defer { folder.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", MeasuredRun.parent, folder.path("report"), String(deadline), executable] + arguments
        process.standardInput = FileHandle.nullDevice
        FileManager.default.createFile(atPath: folder.path("out"), contents: nil)
        FileManager.default.createFile(atPath: folder.path("err"), contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path("out")))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path("err")))
        try process.run()
        process.waitUntilExit()
        let report = (try? String(contentsOfFile: folder.path("report"), encoding: .utf8)) ?? ""
        let fields = report.split(separator: " ").compactMap { Int($0) }
        guard fields.count == 3 else {
            throw XCTSkip("python3 could not measure the run (is python3 installed?): \(report)")
        }
        status = Int32(fields[0])
        peakMiB = Double(fields[1]) / 1024
        timedOut = fields[2] == 1
        stdout = (try? String(contentsOfFile: folder.path("out"), encoding: .utf8)) ?? ""
        stderr = (try? String(contentsOfFile: folder.path("err"), encoding: .utf8)) ?? ""
    }
}
