import Foundation
import XCTest
import ZhibanStorage

/// Issue 6, "privacy": volunteers.csv holds phone numbers, so it and its backup are created for
/// their owner only (0600) whatever the umask; the umask can only take permissions away from
/// the other files; a mode the owner chose for an existing file is kept through saves.
final class ReliabilityPrivacyTests: XCTestCase {
    /// The permission bits of a file.
    private func mode(_ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    /// Runs zhiban under `umask` (in a shell, so the test process keeps its own).
    private func zhiban(umask: Int, _ arguments: [String]) throws {
        let result = try ChildProcess.run("/bin/bash", ["-c", "umask \(String(umask, radix: 8)); exec \"$@\"", "bash",
                                                         try BuiltProducts.path("zhiban")] + arguments)
        XCTAssertEqual(result.status, 0, "umask \(String(umask, radix: 8)) \(arguments): \(result.stderr)")
    }

    func testPhoneNumbersAndTheirBackupAreForTheOwnerOnlyUnderEveryUmask() throws {
        for umask in [0o077, 0o027, 0o022, 0o002, 0o000] {
            let work = try TemporaryFolder("zhiban-privacy")
            defer { work.remove() }
            let roster = work.path("roster")
            try zhiban(umask: umask, ["init", roster, "--example", "station"])
            let label = "umask \(String(umask, radix: 8))"
            XCTAssertEqual(try mode(roster + "/volunteers.csv"), 0o600, label)
            XCTAssertEqual(try mode(roster + "/roster.toml"), 0o644 & ~umask, label)
            XCTAssertEqual(try mode(roster + "/duties.csv"), 0o644 & ~umask, label)
            XCTAssertEqual(try mode(roster + "/" + RosterLock.fileName) & 0o077, 0, "\(label): the lock file")

            let csv = work.url.appendingPathComponent("more.csv")
            try "姓名,手机\n新来的,13900000000\n".write(to: csv, atomically: true, encoding: .utf8)
            try zhiban(umask: umask, ["--roster", roster, "import", csv.path])
            XCTAssertEqual(try mode(roster + "/volunteers.csv"), 0o600, "\(label): after a save")
            XCTAssertEqual(try mode(roster + "/volunteers.csv.bak"), 0o600, "\(label): the backup")
        }
    }

    func testAModeTheOwnerChoseIsKeptForTheFileAndItsBackup() throws {
        let work = try TemporaryFolder("zhiban-privacy-kept")
        defer { work.remove() }
        let roster = work.path("roster")
        try zhiban(umask: 0o022, ["init", roster, "--example", "station"])
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: roster + "/volunteers.csv")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: roster + "/roster.toml")
        let csv = work.url.appendingPathComponent("more.csv")
        try "姓名,手机,所属队伍\n新来的,13900000000,新队\n".write(to: csv, atomically: true, encoding: .utf8)
        try zhiban(umask: 0o022, ["--roster", roster, "import", csv.path])
        XCTAssertEqual(try mode(roster + "/volunteers.csv"), 0o640, "shared with the group on purpose: kept")
        XCTAssertEqual(try mode(roster + "/volunteers.csv.bak"), 0o640)
        XCTAssertEqual(try mode(roster + "/roster.toml"), 0o600, "made private on purpose: kept")
        XCTAssertEqual(try mode(roster + "/roster.toml.bak"), 0o600)
    }

    /// Issue 10 item 10: `print -o` wrote 0644 files holding every phone. A print with phones is
    /// owner-only under every umask, also when it replaces a file that was readable by all; one
    /// printed `--no-phone` (for a public gate) keeps the usual mode.
    func testAPrintFileHoldingPhonesIsForTheOwnerOnly() throws {
        for umask in [0o022, 0o002, 0o000] {
            let work = try TemporaryFolder("zhiban-privacy-print")
            defer { work.remove() }
            let roster = work.path("roster")
            let label = "umask \(String(umask, radix: 8))"
            try zhiban(umask: umask, ["init", roster, "--example", "station"])
            for format in ["text", "markdown", "csv", "html"] {
                let sheet = work.path("sheet.\(format)")
                try "an older sheet".write(toFile: sheet, atomically: true, encoding: .utf8)
                try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: sheet)
                try zhiban(umask: umask, ["--roster", roster, "print", "2022-04-07", "--format", format, "-o", sheet])
                XCTAssertEqual(try mode(sheet), 0o600, "\(label) \(format): holds phones")
                XCTAssertTrue(try String(contentsOfFile: sheet, encoding: .utf8).contains("1"), "\(label) \(format): written")
                let gate = work.path("gate.\(format)")
                try zhiban(umask: umask, ["--roster", roster, "print", "2022-04-07", "--format", format, "--no-phone", "-o", gate])
                XCTAssertEqual(try mode(gate), 0o666 & ~umask, "\(label) \(format) --no-phone")
            }
            let left = try FileManager.default.contentsOfDirectory(atPath: work.url.path).filter { $0.hasPrefix(".") }
            XCTAssertEqual(left, [], "no temporary file is left")
        }
    }

    /// `print -o` through a symbolic link replaces the file the link points to and keeps the
    /// link; to a device (`/dev/null`) it writes there instead of replacing the device.
    func testAPrintThroughALinkOrToADeviceWritesThere() throws {
        let work = try TemporaryFolder("zhiban-print-link")
        defer { work.remove() }
        let roster = work.path("roster")
        try zhiban(umask: 0o022, ["init", roster, "--example", "station"])
        try FileManager.default.createDirectory(atPath: work.path("private"), withIntermediateDirectories: true)
        try "old".write(toFile: work.path("private/sheet.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: work.path("sheet.txt"), withDestinationPath: work.path("private/sheet.txt"))
        try zhiban(umask: 0o022, ["--roster", roster, "print", "2022-04-07", "-o", work.path("sheet.txt")])
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: work.path("sheet.txt")), work.path("private/sheet.txt"))
        XCTAssertTrue(try String(contentsOfFile: work.path("private/sheet.txt"), encoding: .utf8).contains("1号进站口"))
        XCTAssertEqual(try mode(work.path("private/sheet.txt")), 0o600)
        // A named pipe stands for a device such as /dev/stdout (which a test must not risk).
        let fifo = work.path("pipe")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let read = try ChildProcess.run("/bin/bash", ["-c", "timeout 10 cat \"$2\" > \"$3\" & \"$1\" --roster \"$4\" print 2022-04-07 -o \"$2\"; s=$?; wait; exit $s",
                                                       "bash", try BuiltProducts.path("zhiban"), fifo, work.path("got"), roster])
        XCTAssertEqual(read.status, 0, read.stderr)
        XCTAssertTrue(try String(contentsOfFile: work.path("got"), encoding: .utf8).contains("1号进站口"), "written into the pipe")
        var status = stat()
        XCTAssertEqual(stat(fifo, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO, "the pipe is still a pipe, not replaced by a file")
    }
}
