import Foundation
import XCTest
import ZhibanStorage

/// A roster file that is there but cannot be read — no permission (as another user), a folder, a
/// FIFO, a link to a device — used to be read as an empty list: `check` said 没有发现问题 and the
/// next `import` or `rotate` wrote a nearly empty file over it. Now every command ends with
/// `file:0: 无法读取…`, status 2, and writes nothing; none of them hangs on a FIFO.
final class ReliabilityUnreadableFileTests: XCTestCase {
    private static let deadline: TimeInterval = 60

    /// A roster folder from the station example (with one duty), as `zhiban init` makes it.
    private func roster() throws -> (TemporaryFolder, String) {
        let work = try TemporaryFolder("zhiban-unreadable")
        addTeardownBlock { work.remove() }
        let zhiban = try BuiltProducts.path("zhiban")
        XCTAssertEqual(try ChildProcess.run(zhiban, ["init", work.path("r"), "--example", "station"]).status, 0)
        return (work, zhiban)
    }

    /// The regular files of `folder` and their bytes (what a FIFO or folder holds is not read).
    private func regularFiles(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name != RosterLock.fileName {
            let path = folder + "/" + name
            if (try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    /// Runs check, rotate and import on the roster at `folder`, each of which must end at once
    /// with status 2 naming `file`, writing nothing.
    private func assertEveryCommandRefuses(_ zhiban: String, _ folder: String, _ file: String, because reason: String,
                                           line: UInt = #line) throws {
        let before = try regularFiles(folder)
        let sheet = folder + "-import.csv"
        try Data("姓名,手机\n新来的,13800000000\n".utf8).write(to: URL(fileURLWithPath: sheet))
        for arguments in [["check"], ["rotate", "--from", "2022-04-07", "--to", "2022-04-08"], ["import", sheet]] {
            let run = try MeasuredRun(zhiban, ["--roster", folder] + arguments, deadline: Self.deadline)
            XCTAssertFalse(run.timedOut, "\(arguments[0]) hung", line: line)
            XCTAssertEqual(run.status, 2, "\(arguments[0]): \(run.stderr)", line: line)
            XCTAssertTrue(run.stderr.contains("\(folder)/\(file):0: 无法读取：\(reason)"), "\(arguments[0]): \(run.stderr)", line: line)
            XCTAssertEqual(try regularFiles(folder), before, "\(arguments[0]) wrote", line: line)
        }
    }

    func testAFolderNamedLikeTheVolunteersStopsEveryCommand() throws {
        let (work, zhiban) = try roster()
        try FileManager.default.removeItem(atPath: work.path("r/volunteers.csv"))
        try FileManager.default.createDirectory(atPath: work.path("r/volunteers.csv"), withIntermediateDirectories: false)
        try assertEveryCommandRefuses(zhiban, work.path("r"), "volunteers.csv", because: "这是一个文件夹")
    }

    func testAFIFOInPlaceOfTheDutiesStopsEveryCommandWithoutHanging() throws {
        let (work, zhiban) = try roster()
        try FileManager.default.removeItem(atPath: work.path("r/duties.csv"))
        XCTAssertEqual(mkfifo(work.path("r/duties.csv"), 0o644), 0)
        try assertEveryCommandRefuses(zhiban, work.path("r"), "duties.csv", because: "这是一个管道")
    }

    func testALinkToADeviceStopsEveryCommand() throws {
        let (work, zhiban) = try roster()
        try FileManager.default.removeItem(atPath: work.path("r/volunteers.csv"))
        try FileManager.default.createSymbolicLink(atPath: work.path("r/volunteers.csv"), withDestinationPath: "/dev/zero")
        try assertEveryCommandRefuses(zhiban, work.path("r"), "volunteers.csv", because: "这是一个设备")
    }

    /// Mode 000 stops nobody when the tests run as root: `check` runs as the user `nobody`
    /// (`setpriv`), for whom the roster is readable but for the one file made mode 000.
    func testAFileWithoutReadPermissionIsUnreadableNotEmptyForAnotherUser() throws {
        let (work, zhiban) = try roster()
        guard geteuid() == 0, let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first(where: FileManager.default.isExecutableFile)
        else { throw XCTSkip("needs root and setpriv to run zhiban as another user") }
        for (name, mode) in [("volunteers.csv", 0o644), ("duties.csv", 0o000)] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: work.path("r/" + name))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work.url.path)
        let run = try MeasuredRun(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", zhiban, "--roster", work.path("r"), "check"],
                                  deadline: Self.deadline)
        guard !run.stderr.contains("Permission denied") || run.stderr.contains("duties.csv") else {
            throw XCTSkip("the user nobody cannot run \(zhiban) here: \(run.stderr)")
        }
        XCTAssertEqual(run.status, 2, run.stderr + run.stdout)
        XCTAssertTrue(run.stderr.contains("\(work.path("r"))/duties.csv:0: 无法读取：没有读取权限"), run.stderr)
        XCTAssertFalse(run.stdout.contains("没有发现问题"), run.stdout)
    }

    func testImportingAFIFOWithNoWriterEndsInsteadOfHanging() throws {
        let (work, zhiban) = try roster()
        XCTAssertEqual(mkfifo(work.path("sheet.csv"), 0o644), 0)
        let before = try regularFiles(work.path("r"))
        let run = try MeasuredRun(zhiban, ["--roster", work.path("r"), "import", work.path("sheet.csv")], deadline: Self.deadline)
        XCTAssertFalse(run.timedOut, "zhiban import waited for a writer forever")
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("sheet.csv:1: 文件是空的"), run.stderr)
        XCTAssertEqual(try regularFiles(work.path("r")), before)
    }

    func testAWriterNamesTheLeftoversItCannotRemove() throws {
        let (work, _) = try roster()
        try Data("半个".utf8).write(to: URL(fileURLWithPath: work.path("r/volunteers.csv.zhiban-new")))
        let readOnly = try ReadOnlyFolder(URL(fileURLWithPath: work.path("r")))
        defer { readOnly.undo() }
        let store = try RosterStore(folder: URL(fileURLWithPath: work.path("r")))
        XCTAssertEqual(store.leftovers, [work.path("r") + "/volunteers.csv.zhiban-new"])
    }

    func testImportWhereRosterTOMLLinksToNothingSaysSoInsteadOfCreatingARoster() throws {
        let work = try TemporaryFolder("zhiban-dangling")
        defer { work.remove() }
        try FileManager.default.createDirectory(atPath: work.path("r"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: work.path("r/roster.toml"), withDestinationPath: "/nonexistent/roster.toml")
        try Data("姓名,手机\n新来的,13800000000\n".utf8).write(to: URL(fileURLWithPath: work.path("sheet.csv")))
        let run = try ChildProcess.run(try BuiltProducts.path("zhiban"), ["--roster", work.path("r"), "import", work.path("sheet.csv")])
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.contains("roster.toml:0: 无法读取：这是一个链接，指向的 /nonexistent/roster.toml 不存在"), run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path("r")).filter { $0 != RosterLock.fileName }, ["roster.toml"])
    }

    func testCheckNamesWhatAnInterruptedSaveLeftAndAWriterRemovesIt() throws {
        let (work, zhiban) = try roster()
        try Data("半个".utf8).write(to: URL(fileURLWithPath: work.path("r/volunteers.csv.zhiban-new")))
        let check = try ChildProcess.run(zhiban, ["--roster", work.path("r"), "check"])
        XCTAssertTrue(check.stderr.contains("注意：\(work.path("r"))/volunteers.csv.zhiban-new 是一次被中断的保存留下的临时文件"), check.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.path("r/volunteers.csv.zhiban-new")), "a reader removes nothing")
        let rotate = try ChildProcess.run(zhiban, ["--roster", work.path("r"), "rotate", "--from", "2022-04-07", "--to", "2022-04-07"])
        XCTAssertFalse(rotate.stderr.contains("zhiban-new"), rotate.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.path("r/volunteers.csv.zhiban-new")))
    }
}
