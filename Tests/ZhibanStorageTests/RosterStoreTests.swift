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
            guard case .lockedByAnother = error as? RosterStoreError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("--read-only"))
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

    func testAColleaguesEditToAnotherFileIsTakenInAndYoursIsSaved() throws {
        let (folder, store) = try installed()
        let path = folder.appendingPathComponent(RosterFiles.volunteers)
        let theirs = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "严杰,17010000000", with: "严杰,13900000000")
        try theirs.write(to: path, atomically: false, encoding: .utf8)
        var roster = store.roster
        let duty = Duty(date: LocalDate(parsing: "2022-04-08")!, shift: "早班", checkpoint: "1号进站口", people: ["严杰"])
        roster.duties = [duty]
        let report = try store.save(roster)
        XCTAssertEqual(report, RosterStore.SaveReport(takenFromDisk: [folder.relativePath + "/" + RosterFiles.volunteers]))
        XCTAssertEqual(try String(contentsOf: path, encoding: .utf8), theirs, "their file is left as they wrote it")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path.path + FileCommit.backupSuffix))
        XCTAssertEqual(store.roster.volunteers[0].phone, "13900000000", "the store holds their version")
        XCTAssertEqual(store.roster.duties, [duty])
        let saved = try RosterStore(folder: folder, readOnly: true).roster
        XCTAssertEqual(saved.volunteers[0].phone, "13900000000")
        XCTAssertEqual(saved.duties, [duty])
        // The next save starts from both: nothing is changed on disk any more.
        XCTAssertFalse(store.changedOnDisk)
        roster = store.roster
        roster.volunteers[1].note = "之后的修改"
        XCTAssertEqual(try store.save(roster), RosterStore.SaveReport())
        XCTAssertTrue(try String(contentsOf: path, encoding: .utf8).contains("严杰,13900000000"))
    }

    func testAColleaguesEditToTheSameFileStillStopsTheSave() throws {
        let (folder, store) = try installed()
        let path = folder.appendingPathComponent(RosterFiles.duties)
        let theirs = try read(folder, RosterFiles.duties) + Data("2022-04-07,早班,1号进站口,严杰,否,手改的\n".utf8)
        try theirs.write(to: path)
        var roster = store.roster
        roster.volunteers[0].note = "zhiban 的修改"  // another file too: still nothing is written
        roster.duties = [Duty(date: LocalDate(parsing: "2022-04-08")!, shift: "早班", checkpoint: "2号进站口", people: ["严杰"])]
        let volunteersBefore = try read(folder, RosterFiles.volunteers)
        XCTAssertThrowsError(try store.save(roster)) { error in
            XCTAssertEqual(error as? RosterStoreError, .changedOnDisk(file: folder.relativePath + "/" + RosterFiles.duties))
        }
        XCTAssertEqual(try read(folder, RosterFiles.duties), theirs)
        XCTAssertEqual(try read(folder, RosterFiles.volunteers), volunteersBefore)
    }

    func testAnotherFileDeletedMeanwhileIsAskedAboutNotTakenAsEmpty() throws {
        let (folder, store) = try installed()
        try FileManager.default.removeItem(at: folder.appendingPathComponent(RosterFiles.volunteers))
        var roster = store.roster
        roster.duties = [Duty(date: LocalDate(parsing: "2022-04-08")!, shift: "早班", checkpoint: "2号进站口", people: ["严杰"])]
        XCTAssertThrowsError(try store.save(roster)) { error in
            XCTAssertEqual(error as? RosterStoreError, .changedOnDisk(file: folder.relativePath + "/" + RosterFiles.volunteers))
        }
        XCTAssertEqual(store.roster.volunteers.count, 12, "the volunteers are still held")
    }

    /// A store whose next save has duties.csv edited by hand at `moment`, the hand-edited bytes,
    /// and a roster with one new duty to save.
    private func handEditingDuties(at moment: RosterStore.SaveMoment) throws -> (URL, RosterStore, Data, Roster) {
        let (folder, store) = try installed()
        let path = folder.appendingPathComponent(RosterFiles.duties)
        let handEdited = try read(folder, RosterFiles.duties) + Data("2022-04-07,早班,1号进站口,严杰,否,手改的\n".utf8)
        store.duringSave = { if $0 == moment { try? handEdited.write(to: path) } }
        var roster = store.roster
        roster.duties = [Duty(date: LocalDate(parsing: "2022-04-08")!, shift: "早班", checkpoint: "2号进站口", people: ["严杰"])]
        return (folder, store, handEdited, roster)
    }

    func testAFileChangedWhileTheNewFilesAreWrittenStopsTheSaveBeforeItsCommit() throws {
        var (folder, store, handEdited, roster) = try handEditingDuties(at: .beforeLastCheck)
        roster.volunteers[0].note = "zhiban 的修改"
        XCTAssertThrowsError(try store.save(roster)) { error in
            XCTAssertEqual(error as? RosterStoreError, .changedOnDisk(file: folder.relativePath + "/" + RosterFiles.duties))
        }
        XCTAssertEqual(try read(folder, RosterFiles.duties), handEdited)
        XCTAssertNotEqual(try RosterStore(folder: folder, readOnly: true).roster.volunteers[0].note, "zhiban 的修改",
                          "no file of the save was committed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(FileCommit.newSuffix) || $0 == FileCommit.journalName }
        XCTAssertEqual(leftovers, [])
    }

    func testAFileChangedInTheInstantBeforeTheCommitIsReportedAndKeptAsBackup() throws {
        var (folder, store, handEdited, roster) = try handEditingDuties(at: .afterLastCheck)
        XCTAssertEqual(try store.save(roster).overwritten, [folder.relativePath + "/" + RosterFiles.duties])
        XCTAssertEqual(try read(folder, RosterFiles.duties + FileCommit.backupSuffix), handEdited)
        XCTAssertEqual(try RosterStore(folder: folder, readOnly: true).roster.duties, roster.duties)
        store.duringSave = { _ in }
        roster.volunteers[0].note = "再次保存"
        XCTAssertEqual(try store.save(roster).overwritten, [], "an ordinary save reports nothing")
    }

    func testAHandEditToAFileTheSaveDidNotWriteIsStillCaughtByTheNextSave() throws {
        let (folder, store) = try installed()
        var roster = store.roster
        roster.volunteers[0].note = "第一次保存"
        try store.save(roster)
        let path = folder.appendingPathComponent(RosterFiles.definitions)
        let handEdited = try read(folder, RosterFiles.definitions) + Data("\n# 手改\n".utf8)
        try handEdited.write(to: path)
        roster.settings.title = "zhiban 改的标题"
        XCTAssertThrowsError(try store.save(roster)) { error in
            XCTAssertEqual(error as? RosterStoreError, .changedOnDisk(file: folder.relativePath + "/" + RosterFiles.definitions))
        }
        XCTAssertEqual(try read(folder, RosterFiles.definitions), handEdited)
    }

    func testReloadTakesTheFilesAsTheyAreNowAndLetsTheNextSaveThrough() throws {
        let (folder, store) = try installed()
        var handEdited = store.roster
        handEdited.volunteers[0].phone = "13812345678"
        try RosterFiles.contents(of: handEdited).forEach { try Data($0.bytes).write(to: folder.appendingPathComponent($0.name)) }
        XCTAssertTrue(store.changedOnDisk)
        XCTAssertEqual(try store.reload().volunteers[0].phone, "13812345678")
        XCTAssertFalse(store.changedOnDisk)
        var roster = store.roster
        roster.volunteers[1].note = "在别人的修改之上"
        XCTAssertEqual(try store.save(roster).overwritten, [])
        let saved = try RosterStore(folder: folder, readOnly: true).roster
        XCTAssertEqual(saved.volunteers[0].phone, "13812345678")
        XCTAssertEqual(saved.volunteers[1].note, "在别人的修改之上")
    }

    func testReloadOfABrokenFileNamesItAndKeepsTheStoreAsItWas() throws {
        let (folder, store) = try installed()
        let before = store.roster
        try Data("[settings\n".utf8).write(to: folder.appendingPathComponent(RosterFiles.definitions))
        XCTAssertThrowsError(try store.reload()) { error in
            XCTAssertTrue("\(error)".contains(RosterFiles.definitions), "\(error)")
        }
        XCTAssertEqual(store.roster, before)
        XCTAssertTrue(store.changedOnDisk, "the broken file is still not what was loaded")
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
