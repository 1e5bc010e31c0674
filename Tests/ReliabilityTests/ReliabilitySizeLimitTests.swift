import Foundation
import XCTest
import ZhibanModel
import ZhibanStorage
import ZhibanTestSupport

/// Issue 6, "size limits": a 100 MB spreadsheet, an endless device, a 10,000-character name and a
/// district of 20,000 volunteers. Memory is the child's peak (`ru_maxrss`); the deadlines only
/// catch a hang (each run takes a small fraction of them), durations are not asserted.
final class ReliabilitySizeLimitTests: XCTestCase {
    /// Far above what any of these runs needs, so only a hang reaches it.
    static let hangDeadline: TimeInterval = 300

    func testA100MBSpreadsheetIsRefusedWithoutBeingRead() throws {
        try TestTier.skipIfQuick("a 100 MB spreadsheet is refused unread")
        let zhiban = try BuiltProducts.path("zhiban")
        let work = try TemporaryFolder("zhiban-100mb")
        defer { work.remove() }
        let big = work.url.appendingPathComponent("volunteers.csv")
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        let block = Data(DistrictSheet.volunteers(10_000).utf8)  // about 0.8 MB
        while try handle.offset() < 100_000_000 { try handle.write(contentsOf: block) }
        try handle.close()

        let run = try MeasuredRun(zhiban, ["--roster", work.path("roster"), "import", big.path], deadline: Self.hangDeadline)
        XCTAssertFalse(run.timedOut)
        XCTAssertEqual(run.status, 2, "an input that cannot be read at all: \(run.stderr)")
        XCTAssertTrue(run.stderr.contains("volunteers.csv:0: 文件太大（超过 20 MB），没有读取"), run.stderr)
        XCTAssertTrue(run.stderr.contains("什么都没有导入"), run.stderr)
        XCTAssertLessThan(run.peakMiB, 120, "refusing a 100 MB file must not read it whole")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.path("roster/roster.toml")))
        print("size limits: refusing a 100 MB CSV peaked at \(Int(run.peakMiB)) MiB")
    }

    func testAnEndlessInputIsRefusedAtTheLimit() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let work = try TemporaryFolder("zhiban-endless")
        defer { work.remove() }
        let run = try MeasuredRun(zhiban, ["--roster", work.path("roster"), "import", "/dev/zero"], deadline: Self.hangDeadline)
        XCTAssertFalse(run.timedOut, "zhiban import /dev/zero never ended")
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.contains("/dev/zero:0: 文件太大"), run.stderr)
        XCTAssertLessThan(run.peakMiB, 120)
    }

    func testRosterFilesOverTheLimitAreRefusedWithTheirName() throws {
        let roster = try VersionedRosterFolder("zhiban-big-roster")
        defer { roster.remove() }
        let padding = String(repeating: "# 填充\n", count: FileSizeLimit.bytes / 8)
        try (RosterFiles.contents(of: .empty(title: "t"))[0].bytes + Array(padding.utf8))
            .withUnsafeBufferPointer { try Data(buffer: $0).write(to: roster.url.appendingPathComponent("roster.toml")) }
        XCTAssertThrowsError(try RosterStore(folder: roster.url, readOnly: true)) { error in
            XCTAssertTrue("\(error)".hasSuffix("roster.toml:0: " + FileSizeLimit.problem(size: FileSizeLimit.bytes + 1)!.zh), "\(error)")
        }
        XCTAssertThrowsError(try CSVFile.records(bytes: [UInt8](repeating: 0x41, count: FileSizeLimit.bytes + 1), name: "v.csv"))
        XCTAssertNoThrow(try CSVFile.records(bytes: [UInt8](repeating: 0x41, count: 1000), name: "v.csv"))
    }

    func testTwentyThousandVolunteersImportAndCheckInBoundedMemory() throws {
        try TestTier.skipIfQuick("a district of 20,000 volunteers imports and checks in bounded memory")
        let zhiban = try BuiltProducts.path("zhiban")
        let work = try TemporaryFolder("zhiban-district")
        defer { work.remove() }
        let sheets = work.url.appendingPathComponent("sheets")
        try FileManager.default.createDirectory(at: sheets, withIntermediateDirectories: true)
        try DistrictSheet.volunteers(20_000).write(to: sheets.appendingPathComponent("volunteers.csv"), atomically: true, encoding: .utf8)
        try DistrictSheet.shifts.write(to: sheets.appendingPathComponent("shifts.csv"), atomically: true, encoding: .utf8)
        try DistrictSheet.checkpoints(forVolunteers: 20_000)
            .write(to: sheets.appendingPathComponent("checkpoints.csv"), atomically: true, encoding: .utf8)
        let roster = work.path("roster")

        let imported = try MeasuredRun(zhiban, ["--roster", roster, "import", sheets.path], deadline: Self.hangDeadline)
        XCTAssertFalse(imported.timedOut, "importing 20,000 volunteers hung")
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("已导入：志愿者 20000，卡口 800，班次 2，新队伍 200。"), imported.stdout)
        XCTAssertLessThan(imported.peakMiB, 200)

        let reimported = try MeasuredRun(zhiban, ["--roster", roster, "import", sheets.path], deadline: Self.hangDeadline)
        XCTAssertEqual(reimported.status, 0, reimported.stderr)
        XCTAssertEqual(try RosterStore(folder: URL(fileURLWithPath: roster), readOnly: true).roster.volunteers.count, 20_000,
                       "importing the district again must not duplicate anyone")

        let checked = try MeasuredRun(zhiban, ["--roster", roster, "check"], deadline: Self.hangDeadline)
        XCTAssertFalse(checked.timedOut, "checking 20,000 volunteers hung")
        XCTAssertEqual(checked.status, 0, checked.stdout + checked.stderr)
        XCTAssertTrue(checked.stdout.contains("没有发现问题：20000 名志愿者，800 个卡口"), checked.stdout)
        XCTAssertLessThan(checked.peakMiB, 200)
        print("size limits: 20,000 volunteers: import peaked at \(Int(imported.peakMiB)) MiB, check at \(Int(checked.peakMiB)) MiB")
    }

    func testATenThousandCharacterNameIsAcceptedAndKeptWhole() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let work = try TemporaryFolder("zhiban-long-name")
        defer { work.remove() }
        let csv = work.url.appendingPathComponent("volunteers.csv")
        try DistrictSheet.volunteers(3, longName: HostileStrings.long).write(to: csv, atomically: true, encoding: .utf8)
        let run = try MeasuredRun(zhiban, ["--roster", work.path("roster"), "import", csv.path], deadline: Self.hangDeadline)
        XCTAssertEqual(run.status, 0, run.stderr)
        let roster = try RosterStore(folder: work.url.appendingPathComponent("roster"), readOnly: true).roster
        XCTAssertEqual(roster.volunteers.first?.name, HostileStrings.long)
    }
}
