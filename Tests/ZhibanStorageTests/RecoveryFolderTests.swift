import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// The recovery folder (issue 10): the edited roster kept with the roster it was made on, a new
/// version put in place only once complete, and nothing of anyone else's removed.
final class RecoveryFolderTests: XCTestCase {
    private var folder: URL!
    private var base: Roster!

    override func setUpWithError() throws {
        folder = Fixtures.temporaryFolder(self).appendingPathComponent("r")
        base = try BundledExample.station.install(into: folder).roster
    }

    private func edited(_ note: String) -> Roster {
        var roster = base!
        roster.volunteers[0].note = note
        return roster
    }

    func testTheEditedRosterIsKeptWithItsBase() throws {
        let recovery = RecoveryFolder(rosterFolder: folder)
        try recovery.write(edited: edited("改过"), base: base)
        let kept = try XCTUnwrap(recovery.read())
        XCTAssertEqual(kept.edited.volunteers[0].note, "改过")
        XCTAssertEqual(kept.base, base)
        recovery.discard()
        XCTAssertNil(recovery.read())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".zhiban-recovery") }, [])
    }

    func testAFailedWriteLeavesTheVersionKeptBefore() throws {
        let recovery = RecoveryFolder(rosterFolder: folder)
        try recovery.write(edited: edited("第一版"), base: base)
        // The new version cannot be written: something sits where it is written.
        try Data("x".utf8).write(to: folder.appendingPathComponent(".zhiban-recovery-writing"))
        XCTAssertThrowsError(try recovery.write(edited: edited("第二版"), base: base))
        XCTAssertEqual(recovery.read()?.edited.volunteers[0].note, "第一版")
    }

    func testAFileWhereTheFolderGoesMakesTheWriteFailAndIsLeftAlone() throws {
        let blocker = folder.appendingPathComponent(".zhiban-recovery")
        try Data("not ours".utf8).write(to: blocker)
        let recovery = RecoveryFolder(rosterFolder: folder)
        XCTAssertThrowsError(try recovery.write(edited: edited("改过"), base: base)) { error in
            XCTAssertTrue("\(error)".contains(".zhiban-recovery"), "\(error)")
        }
        recovery.discard()
        XCTAssertEqual(try Data(contentsOf: blocker), Data("not ours".utf8))
    }

    func testWorkRestoredWithoutABaseIsKeptWithoutOne() throws {
        let session = EditingSession(store: try RosterStore(folder: folder))
        try session.keep(edited("改过"))
        XCTAssertEqual(session.keptWork()?.base, base, "normally the base is the files as loaded")
        session.workHasUnknownBase = true
        try session.keep(edited("又改过"))
        XCTAssertNil(session.keptWork()?.base, "restored old work must not take the files now for its base")
        XCTAssertEqual(session.keptWork()?.edited.volunteers[0].note, "又改过")
        session.discardKept()
        XCTAssertFalse(session.workHasUnknownBase)
        XCTAssertNil(session.keptWork())
    }

    func testAReadOnlySessionNeitherOffersNorRemovesKeptWork() throws {
        try RecoveryFolder(rosterFolder: folder).write(edited: edited("改过"), base: base)
        let reader = EditingSession(store: try RosterStore(folder: folder, readOnly: true))
        XCTAssertNil(reader.keptWork())
        reader.discardKept()
        XCTAssertNotNil(RecoveryFolder(rosterFolder: folder).read(), "a read-only look does not drop someone's kept work")
    }
}
