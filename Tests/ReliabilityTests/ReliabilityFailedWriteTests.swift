import Foundation
import ReliabilityFixtures
import XCTest
import ZhibanModel
import ZhibanStorage

/// Issue 6, "failed write": a save that fails part-way (file-size limit, full disk, read-only
/// folder, missing folder) leaves the old files intact byte for byte, and the message says what
/// happened and that nothing was lost.
final class ReliabilityFailedWriteTests: XCTestCase {
    /// The words every failed save must end with.
    static let nothingLost = "原来的文件没有改动，没有丢失任何数据"

    func testAFileSizeLimitAtAnyPointOfTheSaveLeavesEveryOldFileIntact() throws {
        let tool = try BuiltProducts.path("zhiban-crashtest")
        let roster = try VersionedRosterFolder("zhiban-fsize")
        defer { roster.remove() }
        let sizes = roster.original.files.values.map(\.count).sorted()
        // Limits below each file's size: the save fails on the first, second or third new file.
        for limit in [0, 1, 512] + sizes.map({ $0 - 1 }) {
            let result = try ChildProcess.run(tool, ["save", roster.url.path, "1", String(limit)])
            XCTAssertEqual(result.status, 1, "limit \(limit): the save did not fail")
            XCTAssertTrue(result.stderr.contains("保存失败"), "limit \(limit): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(String(cString: strerror(EFBIG))), "limit \(limit): the reason is missing: \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(Self.nothingLost), "limit \(limit): \(result.stderr)")
            try roster.assertIntact("limit \(limit)")
        }
        let unlimited = try ChildProcess.run(tool, ["save", roster.url.path, "1"])
        XCTAssertEqual(unlimited.status, 0, "without the limit the same save works: \(unlimited.stderr)")
    }

    func testImportUnderAFileSizeLimitFailsWithStatusOneAndTheRosterIntact() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let roster = try VersionedRosterFolder("zhiban-ulimit")
        defer { roster.remove() }
        let csv = roster.folder.url.deletingLastPathComponent().appendingPathComponent("\(UUID().uuidString)-volunteers.csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        let rows = (1...2_000).map { String(format: "新志愿者%04d,139%08d", $0, $0) }
        try (["姓名,手机"] + rows).joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)

        // `ulimit -f 16`: no file may grow past 16 KiB; the new volunteers.csv needs about 60.
        let result = try ChildProcess.run("/bin/bash", ["-c", "ulimit -f 16; exec \"$0\" --roster \"$1\" import \"$2\"",
                                                         zhiban, roster.url.path, csv.path])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertFalse(result.signalled, "zhiban was killed by SIGXFSZ instead of failing the write")
        XCTAssertTrue(result.stderr.contains("保存失败"), result.stderr)
        XCTAssertTrue(result.stderr.contains(String(cString: strerror(EFBIG))), result.stderr)
        XCTAssertTrue(result.stderr.contains(Self.nothingLost), result.stderr)
        XCTAssertFalse(result.stdout.contains("已导入"), "import claimed success: \(result.stdout)")
        try roster.assertIntact("import under ulimit -f 16")
    }

    func testAnUnwritableStandardErrorEndsWithStatusOneNotACrash() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let roster = try VersionedRosterFolder("zhiban-stderr")
        defer { roster.remove() }
        let log = roster.url.appendingPathComponent("errors.log")
        // Standard error is a file that may not grow (`ulimit -f 0`): the message is lost, but
        // zhiban must still end with status 1 (it used to trap in FileHandle.write: status 132).
        let result = try ChildProcess.run("/bin/bash", ["-c", "ulimit -f 0; exec \"$0\" --roster \"$1\" import /nonexistent.csv 2>\"$2\"",
                                                         zhiban, roster.url.path, log.path])
        XCTAssertFalse(result.signalled)
        XCTAssertEqual(result.status, 2, "a missing input file is status 2")
    }

    func testAFullDiskLeavesEveryOldFileIntact() throws {
        let tool = try BuiltProducts.path("zhiban-crashtest")
        let roster = try VersionedRosterFolder("zhiban-full")
        defer { roster.remove() }
        let mountPoint = try TemporaryFolder("zhiban-full-mount")
        let after = try TemporaryFolder("zhiban-full-after")
        defer { mountPoint.remove(); after.remove() }
        // In a private mount namespace (gone when the script ends): a 64 KiB tmpfs holding the
        // roster, filled to the brim, then two pages freed so the save fails part-way.
        let script = """
            set -u
            mount -t tmpfs -o size=64k zhiban-full "$MNT" || exit 77
            cp -a "$ROSTER"/. "$MNT"/
            i=0; while dd if=/dev/zero of="$MNT/fill$i" bs=4096 count=1 2>/dev/null; do i=$((i+1)); done
            rm -f "$MNT/fill0" "$MNT/fill1" "$MNT/fill$i"
            "$TOOL" save "$MNT" 1; echo "status=$?"
            rm -f "$MNT"/fill*
            cp -a "$MNT"/. "$AFTER"/
            """
        let result = try ChildProcess.run("/usr/bin/env", ["unshare", "-m", "/bin/bash", "-c", script], environment: [
            "MNT": mountPoint.url.path, "ROSTER": roster.url.path, "TOOL": tool, "AFTER": after.url.path,
        ])
        if result.status != 0 { throw XCTSkip("no private tmpfs mount here (needs CAP_SYS_ADMIN): \(result.stderr)") }
        XCTAssertTrue(result.stdout.contains("status=1"), "the save on a full disk did not fail: \(result.stdout)")
        XCTAssertTrue(result.stderr.contains(String(cString: strerror(ENOSPC))), result.stderr)
        XCTAssertTrue(result.stderr.contains(Self.nothingLost), result.stderr)
        XCTAssertEqual(try FolderSnapshot(after.url), roster.original, "the full disk changed the roster's files")
    }

    func testAReadOnlyFolderRefusesTheSaveAndKeepsTheFiles() throws {
        let roster = try VersionedRosterFolder("zhiban-readonly")
        defer { roster.remove() }
        let store = try RosterStore(folder: roster.url)
        let readOnly = try ReadOnlyFolder(roster.url)
        defer { readOnly.undo() }
        XCTAssertThrowsError(try store.save(try RosterVersion.roster(1))) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("保存失败：无法创建"), message)
            XCTAssertTrue(message.contains(Self.nothingLost), message)
        }
        try roster.assertIntact("read-only folder")
    }

    func testAFolderDeletedAfterLoadingIsReportedAsMissingNotAsChanged() throws {
        let roster = try VersionedRosterFolder("zhiban-gone")
        defer { roster.remove() }
        let store = try RosterStore(folder: roster.url)
        try FileManager.default.removeItem(at: roster.url)
        XCTAssertThrowsError(try store.save(try RosterVersion.roster(1))) { error in
            XCTAssertEqual(error as? RosterStoreError, .writeFailed(
                "值班表文件夹 \(roster.url.path) 已不存在（被删除、移走或换成了文件），没有写入任何文件"))
            XCTAssertTrue("\(error)".contains(Self.nothingLost))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: roster.url.path), "the save brought a deleted folder back")
    }

    func testAFolderReplacedByAFileIsReportedAndTheFileIsUntouched() throws {
        let roster = try VersionedRosterFolder("zhiban-replaced")
        defer { roster.remove() }
        let store = try RosterStore(folder: roster.url)
        try FileManager.default.removeItem(at: roster.url)
        let stranger = Data("not a roster\n".utf8)
        try stranger.write(to: roster.url)
        XCTAssertThrowsError(try store.save(try RosterVersion.roster(1))) { error in
            XCTAssertTrue("\(error)".contains("已不存在"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: roster.url), stranger)
    }
}
