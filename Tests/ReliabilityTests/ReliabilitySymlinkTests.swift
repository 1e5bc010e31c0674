import Foundation
import XCTest

/// `volunteers.csv` kept in a private folder and linked into a shared roster folder: `zhiban
/// import` used to replace the link by a regular file (the phones landing in the shared folder,
/// the private file going stale). It now writes through the link.
final class ReliabilitySymlinkTests: XCTestCase {
    func testImportWritesThroughALinkedVolunteersFileAndKeepsItsBackupPrivate() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let work = try TemporaryFolder("zhiban-symlink")
        defer { work.remove() }
        XCTAssertEqual(try ChildProcess.run(zhiban, ["init", work.path("shared"), "--example", "station"]).status, 0)
        try FileManager.default.createDirectory(atPath: work.path("private"), withIntermediateDirectories: false)
        try FileManager.default.moveItem(atPath: work.path("shared/volunteers.csv"), toPath: work.path("private/volunteers.csv"))
        try FileManager.default.createSymbolicLink(atPath: work.path("shared/volunteers.csv"), withDestinationPath: "../private/volunteers.csv")
        let old = try Data(contentsOf: URL(fileURLWithPath: work.path("private/volunteers.csv")))
        try Data("姓名,手机,所属队伍\n新来的,13800000000,火车站疫情监测工作突击队\n".utf8).write(to: URL(fileURLWithPath: work.path("sheet.csv")))

        let run = try ChildProcess.run(zhiban, ["--roster", work.path("shared"), "import", work.path("sheet.csv")])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: work.path("shared/volunteers.csv")),
                       "../private/volunteers.csv", "the link is still there")
        let saved = try String(contentsOfFile: work.path("private/volunteers.csv"), encoding: .utf8)
        XCTAssertTrue(saved.contains("新来的,13800000000"), saved)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: work.path("private/volunteers.csv.bak"))), old)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path("private")).sorted(),
                       ["volunteers.csv", "volunteers.csv.bak"])
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: work.path("shared")).contains { $0.hasPrefix("volunteers.csv.") },
                       "no copy of the phones in the shared folder")
        let mode = try FileManager.default.attributesOfItem(atPath: work.path("private/volunteers.csv"))[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }
}
