import Foundation
import ReliabilityFixtures
import XCTest
import ZhibanStorage

/// A temporary roster folder holding `RosterVersion` 0, for tests that try to damage it.
struct VersionedRosterFolder {
    /// The temporary folder holding the roster.
    let folder: TemporaryFolder
    /// The folder's files as created.
    let original: FolderSnapshot

    /// Creates the folder with version 0 saved in it.
    init(_ prefix: String) throws {
        folder = try TemporaryFolder(prefix)
        _ = try RosterStore.create(folder: folder.url, roster: try RosterVersion.roster(0))
        original = try FolderSnapshot(folder.url)
    }

    /// The folder's URL.
    var url: URL { folder.url }

    /// Asserts that every file is byte for byte as created and that the roster still loads as version 0.
    func assertIntact(_ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try FolderSnapshot(url), original, "\(message): the files changed", file: file, line: line)
        let roster = try RosterStore(folder: url, readOnly: true).roster
        XCTAssertEqual(try RosterVersion.number(of: roster), 0, "\(message): the roster is no longer version 0", file: file, line: line)
    }

    /// Removes the folder.
    func remove() { folder.remove() }
}
