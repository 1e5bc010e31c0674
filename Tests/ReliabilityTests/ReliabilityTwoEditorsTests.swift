import Foundation
import ReliabilityFixtures
import XCTest
import ZhibanModel
import ZhibanStorage

/// Issue 6, "two editors": a second writer is refused with a clear message, and a file edited
/// by hand after loading is never overwritten silently.
final class ReliabilityTwoEditorsTests: XCTestCase {
    /// Starts a zhiban-crashtest process holding the writer's lock on `folder`.
    private func lockHolder(_ folder: URL, input: Pipe) throws -> ChildProcess {
        let holder = try ChildProcess(try BuiltProducts.path("zhiban-crashtest"), ["hold-lock", folder.path], input: input)
        guard holder.waitForLine(startingWith: "locked") != nil else {
            XCTFail("the lock holder did not start: \(holder.finish().stderr)")
            throw CocoaError(.executableLoad)
        }
        return holder
    }

    func testASecondWriterInAnotherProcessIsRefusedNamingTheHolder() throws {
        let roster = try VersionedRosterFolder("zhiban-two")
        defer { roster.remove() }
        let input = Pipe()
        let holder = try lockHolder(roster.url, input: input)
        XCTAssertThrowsError(try RosterStore(folder: roster.url)) { error in
            guard case RosterStoreError.lockedByAnother? = error as? RosterStoreError else {
                return XCTFail("expected lockedByAnother, got \(error)")
            }
            let message = "\(error)"
            XCTAssertTrue(message.contains("另一个 zhiban（进程 \(holder.pid)）正在编辑这个值班表"), message)
            XCTAssertTrue(message.contains("--read-only"), message)
        }
        XCTAssertNoThrow(try RosterStore(folder: roster.url, readOnly: true), "a reader needs no lock")
        try input.fileHandleForWriting.close()
        XCTAssertEqual(holder.finish().status, 0)
        XCTAssertNoThrow(try RosterStore(folder: roster.url), "the lock is free once the holder has quit")
    }

    func testTheLockDiesWithAKilledHolder() throws {
        let roster = try VersionedRosterFolder("zhiban-killed-holder")
        defer { roster.remove() }
        let input = Pipe()
        let holder = try lockHolder(roster.url, input: input)
        XCTAssertThrowsError(try RosterStore(folder: roster.url))
        kill(holder.pid, SIGKILL)
        XCTAssertTrue(holder.finish().signalled)
        XCTAssertNoThrow(try RosterStore(folder: roster.url), "a stale lock file must not lock anyone out")
    }

    func testZhibanImportFromASecondProcessIsRefusedAndWritesNothing() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let roster = try VersionedRosterFolder("zhiban-two-import")
        defer { roster.remove() }
        let csv = roster.url.deletingLastPathComponent().appendingPathComponent("\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        try "姓名,手机\n新来的,13900000000\n".write(to: csv, atomically: true, encoding: .utf8)
        let input = Pipe()
        let holder = try lockHolder(roster.url, input: input)
        let result = try ChildProcess.run(zhiban, ["--roster", roster.url.path, "import", csv.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("另一个 zhiban（进程 \(holder.pid)）正在编辑这个值班表，不能同时写入"), result.stderr)
        try roster.assertIntact("import while another zhiban holds the lock")
        try input.fileHandleForWriting.close()
        _ = holder.finish()
        let retry = try ChildProcess.run(zhiban, ["--roster", roster.url.path, "import", csv.path])
        XCTAssertEqual(retry.status, 0, "once the other zhiban quit the import works: \(retry.stderr)")
    }

    func testAFileEditedByHandAfterLoadingIsNeverOverwritten() throws {
        for name in [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties] {
            let roster = try VersionedRosterFolder("zhiban-hand")
            defer { roster.remove() }
            let store = try RosterStore(folder: roster.url)
            let path = roster.folder.path(name)
            let handEdited = try Data(contentsOf: URL(fileURLWithPath: path)) + Data("# 手工加的一行\n".utf8)
            try handEdited.write(to: URL(fileURLWithPath: path))
            XCTAssertTrue(store.changedOnDisk, name)
            XCTAssertThrowsError(try store.save(try RosterVersion.roster(1))) { error in
                XCTAssertEqual(error as? RosterStoreError, .changedOnDisk(file: roster.url.path + "/" + name))
                XCTAssertTrue("\(error)".contains("这次没有保存"), "\(error)")
            }
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), handEdited, "\(name): the hand edit was overwritten")
            for other in roster.original.files.keys where other != name {
                XCTAssertEqual(FileManager.default.contents(atPath: roster.folder.path(other)), roster.original.files[other],
                               "\(other) was written although \(name) had changed")
            }
        }
    }

    func testASameSizeEditWithTheOldTimestampIsStillNoticed() throws {
        let roster = try VersionedRosterFolder("zhiban-sneaky")
        defer { roster.remove() }
        let store = try RosterStore(folder: roster.url)
        let path = roster.folder.path(RosterFiles.volunteers)
        let before = try FileManager.default.attributesOfItem(atPath: path)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let digit = bytes.firstIndex(of: UInt8(ascii: "7"))!  // a digit of the first phone number
        bytes[digit] = UInt8(ascii: "8")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: before[.modificationDate]!], ofItemAtPath: path)
        XCTAssertThrowsError(try store.save(try RosterVersion.roster(1)))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data(bytes))
    }

    func testAFileDeletedOrCreatedByHandIsAChangeToo() throws {
        let roster = try VersionedRosterFolder("zhiban-deleted")
        defer { roster.remove() }
        let store = try RosterStore(folder: roster.url)
        try FileManager.default.removeItem(atPath: roster.folder.path(RosterFiles.duties))
        XCTAssertThrowsError(try store.save(try RosterVersion.roster(1))) { error in
            XCTAssertEqual(error as? RosterStoreError, .changedOnDisk(file: roster.url.path + "/" + RosterFiles.duties))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: roster.folder.path(RosterFiles.duties)))
    }
}
