import Foundation
import XCTest

/// A test of the interface driven in tmux: the station example copied into a fresh folder as
/// `r`, and the tmux session closed after the test, whatever happened.
class InterfaceTestCase: XCTestCase {
    /// The tmux session of the test, closed in `tearDown`.
    var session: TmuxSession?
    /// The test's folder, holding the roster `r`.
    var folder: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed")
        folder = temporaryFolder(for: self)
        XCTAssertEqual(try ZhibanRun(["init", "r", "--example", "station"], in: folder).status, 0)
    }

    override func tearDown() {
        session?.close()
    }
}
