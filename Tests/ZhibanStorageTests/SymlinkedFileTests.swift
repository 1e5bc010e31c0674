import Foundation
import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// A roster file that is a symbolic link (volunteers.csv kept in a private folder) used to be
/// replaced by a regular file on save, so the file the link points to silently went stale. A
/// save now writes through the link: the link stays, its target is replaced atomically, and the
/// backup and temporary files sit beside the target (in the private folder).
final class SymlinkedFileTests: XCTestCase {
    /// A roster `r` whose volunteers.csv is a relative link to `private/名单.csv`.
    private func linkedRoster() throws -> (roster: URL, target: URL) {
        let base = Fixtures.temporaryFolder(self)
        let roster = base.appendingPathComponent("r")
        let privateFolder = base.appendingPathComponent("private")
        _ = try BundledExample.station.install(into: roster)
        try FileManager.default.createDirectory(at: privateFolder, withIntermediateDirectories: false)
        let target = privateFolder.appendingPathComponent("名单.csv")
        try FileManager.default.moveItem(at: roster.appendingPathComponent(RosterFiles.volunteers), to: target)
        try FileManager.default.createSymbolicLink(atPath: roster.appendingPathComponent(RosterFiles.volunteers).path,
                                                   withDestinationPath: "../private/名单.csv")
        return (roster, target)
    }

    private func isLink(_ url: URL) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
    }

    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testASaveWritesThroughTheLinkAndKeepsTheBackupBesideTheTarget() throws {
        let (roster, target) = try linkedRoster()
        let store = try RosterStore(folder: roster)
        let old = try Data(contentsOf: target)
        var edited = store.roster
        edited.volunteers[0].phone = "13900000000"
        XCTAssertEqual(try store.save(edited).overwritten, [])
        XCTAssertTrue(isLink(roster.appendingPathComponent(RosterFiles.volunteers)), "the link was replaced by a file")
        XCTAssertTrue(String(decoding: try Data(contentsOf: target), as: UTF8.self).contains("13900000000"))
        XCTAssertEqual(try Data(contentsOf: target.appendingPathExtension("bak")), old)
        XCTAssertEqual(try names(in: target.deletingLastPathComponent()), ["名单.csv", "名单.csv.bak"])
        let inRoster = try names(in: roster)
        XCTAssertFalse(inRoster.contains { $0.hasPrefix(RosterFiles.volunteers + ".") }, "\(inRoster)")
        XCTAssertEqual(try RosterStore(folder: roster, readOnly: true).roster.volunteers[0].phone, "13900000000")
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "the target keeps its owner-only mode")
    }

    func testAHandEditToTheTargetInTheLastInstantIsFoundInItsBackup() throws {
        let (roster, target) = try linkedRoster()
        let store = try RosterStore(folder: roster)
        let handEdited = try Data(contentsOf: target) + Data("手改的,13800000000,否,,,,,\n".utf8)
        store.duringSave = { if $0 == .afterLastCheck { try? handEdited.write(to: target) } }
        var edited = store.roster
        edited.volunteers[0].note = "zhiban 的修改"
        XCTAssertEqual(try store.save(edited).overwritten, [store.folder.relativePath + "/" + RosterFiles.volunteers])
        XCTAssertEqual(try Data(contentsOf: target.appendingPathExtension("bak")), handEdited)
    }

    func testALinkToNothingIsNeverReplacedByAFile() throws {
        let folder = Fixtures.temporaryFolder(self)
        let link = folder.appendingPathComponent(RosterFiles.volunteers)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/nonexistent/private/v.csv")
        XCTAssertThrowsError(try FileCommit(folder: folder.path).write([.init(name: RosterFiles.volunteers, bytes: Array("x".utf8))]))
        XCTAssertTrue(isLink(link))
        XCTAssertEqual(try names(in: folder), [RosterFiles.volunteers])
    }

    func testAnInterruptedCommitThroughALinkIsReadThroughAndFinished() throws {
        let (roster, target) = try linkedRoster()
        var edited = try RosterStore(folder: roster, readOnly: true).roster
        edited.volunteers[0].phone = "13900000000"
        let bytes = RosterFiles.contents(of: edited).first { $0.name == RosterFiles.volunteers }!.bytes
        // As a kill right after the journal leaves it: the new file beside the target, the journal in the roster.
        try Data(bytes).write(to: target.appendingPathExtension("zhiban-new"))
        try Data((RosterFiles.volunteers + "\n").utf8).write(to: roster.appendingPathComponent(FileCommit.journalName))
        XCTAssertEqual(try RosterStore(folder: roster, readOnly: true).roster.volunteers[0].phone, "13900000000")
        let writer = try RosterStore(folder: roster)
        XCTAssertEqual(writer.roster.volunteers[0].phone, "13900000000")
        XCTAssertTrue(isLink(roster.appendingPathComponent(RosterFiles.volunteers)))
        XCTAssertEqual(try Data(contentsOf: target), Data(bytes))
        XCTAssertEqual(try names(in: target.deletingLastPathComponent()), ["名单.csv", "名单.csv.bak"])
    }

    func testANewFileLeftBesideTheTargetIsNamedByAReaderAndRemovedByAWriter() throws {
        let (roster, target) = try linkedRoster()
        let stray = target.appendingPathExtension("zhiban-new")
        try Data("半个".utf8).write(to: stray)
        XCTAssertEqual(try RosterStore(folder: roster, readOnly: true).leftovers, [stray.path])
        XCTAssertEqual(try RosterStore(folder: roster).leftovers, [])
        XCTAssertEqual(try names(in: target.deletingLastPathComponent()), ["名单.csv"])
    }
}
