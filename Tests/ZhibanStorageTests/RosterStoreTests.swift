import XCTest
import ZhibanModel
@testable import ZhibanStorage

final class RosterStoreTests: XCTestCase {
    private func installed(_ example: BundledExample = .station) throws -> (URL, RosterStore) {
        let folder = Fixtures.temporaryFolder(self).appendingPathComponent("roster")
        return (folder, try example.install(into: folder))
    }

    private func read(_ folder: URL, _ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    func testSaveWritesOnlyChangedFilesAndKeepsTheOldVersionAsBackup() throws {
        let (folder, store) = try installed()
        let oldVolunteers = try read(folder, RosterFiles.volunteers)
        let oldDefinitions = try read(folder, RosterFiles.definitions)
        var roster = store.roster
        roster.volunteers[0].phone = "13900000000"
        try store.save(roster)
        XCTAssertEqual(try RosterStore(folder: folder, readOnly: true).roster.volunteers[0].phone, "13900000000")
        XCTAssertEqual(try read(folder, RosterFiles.volunteers + ".bak"), oldVolunteers)
        XCTAssertEqual(try read(folder, RosterFiles.definitions), oldDefinitions)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("roster.toml.bak").path),
                       "an unchanged file is not rewritten")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(FileCommit.journalName).path))
    }

    func testASecondWriterIsRefusedButAReaderIsNot() throws {
        let (folder, firstWriter) = try installed()
        defer { withExtendedLifetime(firstWriter) {} }
        XCTAssertThrowsError(try RosterStore(folder: folder)) { error in
            guard case .lockedByAnother(let message) = error as? RosterStoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("--read-only"))
        }
        XCTAssertNoThrow(try RosterStore(folder: folder, readOnly: true))
    }

    func testReadOnlyNeverWrites() throws {
        let (folder, store) = try installed()
        let reader = try RosterStore(folder: folder, readOnly: true)
        XCTAssertThrowsError(try reader.save(reader.roster)) { XCTAssertEqual($0 as? RosterStoreError, .readOnly) }
        _ = store
    }

    func testAFileChangedOnDiskIsNeverOverwrittenSilently() throws {
        let (folder, store) = try installed()
        let path = folder.appendingPathComponent(RosterFiles.volunteers)
        let handEdited = try read(folder, RosterFiles.volunteers) + Data("手改的,13800000000,否,,,,,\n".utf8)
        try handEdited.write(to: path)
        XCTAssertTrue(store.changedOnDisk)
        var roster = store.roster
        roster.volunteers[0].note = "zhiban 的修改"
        XCTAssertThrowsError(try store.save(roster)) { error in
            XCTAssertEqual(error as? RosterStoreError, .changedOnDisk(file: folder.relativePath + "/" + RosterFiles.volunteers))
            XCTAssertTrue("\(error)".contains("没有保存"))
        }
        XCTAssertEqual(try read(folder, RosterFiles.volunteers), handEdited)
    }

    func testAWriteFailingPartWayLeavesEveryOldFileIntact() throws {
        let (folder, store) = try installed()
        let before = try [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties].map { try read(folder, $0) }
        // duties.csv's new version cannot be created: something already sits at its temporary name.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(RosterFiles.duties + FileCommit.newSuffix), withIntermediateDirectories: true)
        var roster = store.roster
        roster.settings.title = "改过的标题"
        roster.volunteers[0].note = "改过"
        roster.duties = [Duty(date: LocalDate(parsing: "2022-04-07")!, shift: "早班", checkpoint: "1号进站口", people: ["严杰"])]
        XCTAssertThrowsError(try store.save(roster)) { error in
            guard case .writeFailed = error as? RosterStoreError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("没有丢失"))
        }
        let after = try [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties].map { try read(folder, $0) }
        XCTAssertEqual(after, before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(FileCommit.newSuffix) && $0 != RosterFiles.duties + FileCommit.newSuffix
        }
        XCTAssertEqual(leftovers, [], "the new files already written were removed")
    }

    func testAnInterruptedCommitIsFinishedByTheNextWriterAndSeenByReaders() throws {
        let (folder, store) = try installed()
        var roster = store.roster
        roster.settings.title = "中断前写好的新版本"
        let newText = RosterFiles.contents(of: roster)[0].bytes
        // Simulate a crash right after the journal was written: new file and journal, old file in place.
        try Data(newText).write(to: folder.appendingPathComponent(RosterFiles.definitions + FileCommit.newSuffix))
        try Data("roster.toml\n".utf8).write(to: folder.appendingPathComponent(FileCommit.journalName))
        XCTAssertEqual(try RosterStore(folder: folder, readOnly: true).roster.settings.title, "中断前写好的新版本")
        withExtendedLifetime(store) {}
    }

    func testRecoveryRunsWhenAWriterOpens() throws {
        let folder = Fixtures.temporaryFolder(self).appendingPathComponent("r")
        do {
            let store = try BundledExample.station.install(into: folder)
            var roster = store.roster
            roster.settings.title = "新"
            try Data(RosterFiles.contents(of: roster)[0].bytes)
                .write(to: folder.appendingPathComponent(RosterFiles.definitions + FileCommit.newSuffix))
            try Data("roster.toml\n".utf8).write(to: folder.appendingPathComponent(FileCommit.journalName))
        }
        let reopened = try RosterStore(folder: folder)
        XCTAssertEqual(reopened.roster.settings.title, "新")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(FileCommit.journalName).path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("roster.toml.bak").path))
    }

    func testStrayNewFilesFromACrashBeforeTheJournalAreIgnored() throws {
        let (folder, store) = try installed()
        try Data("garbage".utf8).write(to: folder.appendingPathComponent(RosterFiles.definitions + FileCommit.newSuffix))
        XCTAssertEqual(try RosterStore(folder: folder, readOnly: true).roster, store.roster)
    }

    func testVolunteersFileHoldingPhonesIsForItsOwnerOnly() throws {
        let (folder, _) = try installed()
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(RosterFiles.volunteers).path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testAMissingRosterSaysHowToMakeOne() {
        let folder = Fixtures.temporaryFolder(self)
        XCTAssertThrowsError(try RosterStore(folder: folder, readOnly: true)) { error in
            XCTAssertTrue("\(error)".contains("zhiban init"), "\(error)")
        }
    }

    func testCreateRefusesToOverwriteARoster() throws {
        let (folder, _) = try installed()
        XCTAssertThrowsError(try RosterStore.create(folder: folder, roster: .empty(title: "x")))
    }
}
