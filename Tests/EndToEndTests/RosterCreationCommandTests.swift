import Foundation
import XCTest

/// With `roster.toml` missing (deleted by mistake, or only the CSVs copied), `zhiban init` —
/// which the error message advises — `zhiban import` and the interface's "create a roster? y"
/// each used to empty `volunteers.csv` and `duties.csv`. They now build `roster.toml` around
/// them, and an example is refused there.
final class RosterCreationCommandTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
    }

    /// A folder `r` holding the station example's lists, one duty planned, and no roster.toml.
    private func listsOnly() throws -> (folder: URL, lists: [String: Data]) {
        let folder = temporaryFolder(for: self)
        XCTAssertEqual(try ZhibanRun(["init", "r", "--example", "station"], in: folder).status, 0)
        let rotate = try ZhibanRun(["--roster", "r", "rotate", "--from", "2022-04-07", "--to", "2022-04-07"], in: folder)
        XCTAssertEqual(rotate.status, 0, rotate.error)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("r/roster.toml"))
        return (folder, try lists(in: folder))
    }

    private func lists(in folder: URL) throws -> [String: Data] {
        try Dictionary(uniqueKeysWithValues: ["volunteers.csv", "duties.csv"].map {
            ($0, try Data(contentsOf: folder.appendingPathComponent("r/" + $0)))
        })
    }

    func testTheErrorAdvisesInitAndInitBuildsRosterTOMLAroundTheLists() throws {
        let (folder, before) = try listsOnly()
        XCTAssertGreaterThan(String(decoding: before["duties.csv"]!, as: UTF8.self).split(separator: "\n").count, 1)
        let check = try ZhibanRun(["--roster", "r", "check"], in: folder)
        XCTAssertEqual(check.status, 2)
        XCTAssertTrue(check.error.contains("这里只有 volunteers.csv、duties.csv）；zhiban init 会为它们补上 roster.toml"), check.error)
        let created = try ZhibanRun(["init", "r"], in: folder)
        XCTAssertEqual(created.status, 0, created.error)
        XCTAssertTrue(created.output.contains("保留 volunteers.csv（12 名志愿者）、duties.csv（"), created.output)
        XCTAssertEqual(try lists(in: folder), before)
        let after = try ZhibanRun(["--roster", "r", "check"], in: folder)
        XCTAssertEqual(after.status, 1, "the duties name shifts and checkpoints not defined yet: \(after.error)")
        XCTAssertTrue(after.output.contains("duties.csv:2: 2022-04-07 "), after.output)
    }

    func testInitFromAnExampleIsRefusedWhereListsAre() throws {
        let (folder, before) = try listsOnly()
        let created = try ZhibanRun(["init", "r", "--example", "chungu"], in: folder)
        XCTAssertEqual(created.status, 1)
        XCTAssertTrue(created.error.contains("已有 volunteers.csv、duties.csv，不会覆盖它们"), created.error)
        XCTAssertEqual(try lists(in: folder), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r/roster.toml").path))
    }

    func testImportKeepsTheListsAndAddsToThem() throws {
        let (folder, before) = try listsOnly()
        let sheet = folder.appendingPathComponent("shifts.csv")
        try Data("班次,开始,结束\n早班,08:00,16:00\n".utf8).write(to: sheet)
        let imported = try ZhibanRun(["--roster", "r", "import", sheet.path], in: folder)
        XCTAssertEqual(imported.status, 0, imported.error)
        XCTAssertTrue(imported.output.contains("已为已有的名单补上 roster.toml"), imported.output)
        XCTAssertEqual(try lists(in: folder), before)
        let toml = try String(contentsOf: folder.appendingPathComponent("r/roster.toml"), encoding: .utf8)
        XCTAssertTrue(toml.contains("name = \"早班\""), toml)
    }

    func testTheInterfaceOfferBuildsAroundTheListsOnYes() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed")
        let (folder, before) = try listsOnly()
        let tui = try TmuxSession(["--roster", "r", "--lang", "zh"], in: folder)
        defer { tui.close() }
        let offer = try tui.waitFor("[y/N]").split(separator: "\n").joined()
        XCTAssertTrue(offer.contains("没有 roster.toml，但有 volunteers.csv（12 名志愿者）、duties.csv（"), offer)
        try tui.press("y", "Enter")
        let board = try tui.waitFor("从零开始建值班表")
        XCTAssertTrue(board.contains("[x] 4. 志愿者"), "the volunteers kept count as done:\n\(board)")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
        XCTAssertEqual(try lists(in: folder), before)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r/roster.toml").path))
    }
}
