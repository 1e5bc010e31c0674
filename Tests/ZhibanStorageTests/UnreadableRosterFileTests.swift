import Foundation
import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// A roster file that is there but cannot be read used to be read as an empty list, which the
/// next save wrote over it. Only "no such file" may mean empty.
final class UnreadableRosterFileTests: XCTestCase {
    private func installed() throws -> URL {
        let folder = Fixtures.temporaryFolder(self).appendingPathComponent("r")
        _ = try BundledExample.station.install(into: folder)
        return folder
    }

    /// Replaces `name` in `folder` by what `make` puts at its path; returns the path.
    @discardableResult
    private func replace(_ name: String, in folder: URL, by make: (String) throws -> Void) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try FileManager.default.removeItem(atPath: path)
        try make(path)
        return path
    }

    private func assertUnreadable(_ folder: URL, _ file: String, because reason: String,
                                  line: UInt = #line) {
        for readOnly in [true, false] {
            XCTAssertThrowsError(try RosterStore(folder: folder, readOnly: readOnly), line: line) { error in
                let message = "\(error)"
                XCTAssertTrue(error is RosterFileError, message, line: line)
                XCTAssertTrue(message.hasPrefix("\(folder.relativePath)/\(file):0: 无法读取：\(reason)"), message, line: line)
            }
        }
    }

    func testAFolderInPlaceOfTheVolunteersIsUnreadableNotAnEmptyList() throws {
        let folder = try installed()
        try replace(RosterFiles.volunteers, in: folder) { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }
        assertUnreadable(folder, RosterFiles.volunteers, because: "这是一个文件夹")
    }

    func testAFIFOIsRefusedAtOnceInsteadOfHangingOrReadingAsEmpty() throws {
        let folder = try installed()
        try replace(RosterFiles.duties, in: folder) { XCTAssertEqual(mkfifo($0, 0o644), 0) }
        assertUnreadable(folder, RosterFiles.duties, because: "这是一个管道")
    }

    func testALinkToADeviceOrAFolderIsRefused() throws {
        let folder = try installed()
        let path = try replace(RosterFiles.volunteers, in: folder) { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "/dev/zero") }
        assertUnreadable(folder, RosterFiles.volunteers, because: "这是一个设备")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: folder.path)
        assertUnreadable(folder, RosterFiles.volunteers, because: "这是一个文件夹")
    }

    func testALinkToNothingIsRefusedNotTakenAsAMissingFile() throws {
        let folder = try installed()
        try replace(RosterFiles.duties, in: folder) { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "/nonexistent/private/duties.csv") }
        assertUnreadable(folder, RosterFiles.duties, because: "这是一个链接，指向的 /nonexistent/private/duties.csv 不存在")
    }

    func testEveryUnreadableFileIsNamedAtOnce() throws {
        let folder = try installed()
        try replace(RosterFiles.volunteers, in: folder) { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }
        try replace(RosterFiles.duties, in: folder) { XCTAssertEqual(mkfifo($0, 0o644), 0) }
        XCTAssertThrowsError(try RosterStore(folder: folder, readOnly: true)) { error in
            XCTAssertEqual((error as? RosterFileError)?.problems.map { $0.location?.file ?? "" },
                           [RosterFiles.duties, RosterFiles.volunteers].map { folder.relativePath + "/" + $0 })
        }
    }

    func testAMissingListIsStillAnEmptyOne() throws {
        let folder = try installed()
        try FileManager.default.removeItem(at: folder.appendingPathComponent(RosterFiles.duties))
        XCTAssertEqual(try RosterStore(folder: folder, readOnly: true).roster.duties, [])
    }

    func testAFileMadeUnreadableAfterLoadingStopsTheSaveAndIsLeftAlone() throws {
        let folder = try installed()
        let store = try RosterStore(folder: folder)
        let path = try replace(RosterFiles.duties, in: folder) { XCTAssertEqual(mkfifo($0, 0o644), 0) }
        var roster = store.roster
        roster.duties.removeAll()
        XCTAssertThrowsError(try store.save(roster)) { error in
            XCTAssertEqual(error as? RosterStoreError, .changedOnDisk(file: folder.relativePath + "/" + RosterFiles.duties))
        }
        var info = stat()
        XCTAssertEqual(lstat(path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is still there, not replaced by a file")
        XCTAssertThrowsError(try store.reload(), "a reload refuses it too")
    }

    func testAReaderNamesTheLeftoversOfAnInterruptedSaveAndAWriterRemovesThem() throws {
        let folder = try installed()
        let leftover = folder.appendingPathComponent(RosterFiles.volunteers + FileCommit.newSuffix)
        try Data("半个文件".utf8).write(to: leftover)
        XCTAssertEqual(try RosterStore(folder: folder, readOnly: true).leftovers,
                       [folder.relativePath + "/" + RosterFiles.volunteers + FileCommit.newSuffix])
        XCTAssertEqual(try RosterStore(folder: folder).leftovers, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover.path))
    }
}
