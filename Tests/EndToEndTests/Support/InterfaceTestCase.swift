import Foundation
import XCTest

/// A test of the interface driven in tmux: a bundled example (the station unless a subclass
/// says otherwise) copied into a fresh folder as `r`, and the tmux session closed after the
/// test, whatever happened.
class InterfaceTestCase: XCTestCase {
    /// The tmux session of the test, closed in `tearDown`.
    var session: TmuxSession?
    /// The test's folder, holding the roster `r`.
    var folder: URL!
    /// The bundled example the roster is made from.
    var example: String { "station" }

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed")
        folder = temporaryFolder(for: self)
        XCTAssertEqual(try ZhibanRun(["init", "r", "--example", example], in: folder).status, 0)
    }

    override func tearDown() {
        session?.close()
    }

    /// The roster folder.
    var roster: URL { folder.appendingPathComponent("r") }

    /// Opens the interface on the roster and waits for the day board.
    func open(_ arguments: [String] = ["--roster", "r", "--lang", "zh"], width: Int = 100, height: Int = 30,
              waitingFor board: String = "1号进站口") throws -> TmuxSession {
        let opened = try TmuxSession(arguments, in: folder, width: width, height: height)
        session = opened
        try opened.waitFor(board)
        return opened
    }

    /// A file of the roster, as text.
    func file(_ name: String) throws -> String {
        try String(contentsOf: roster.appendingPathComponent(name), encoding: .utf8)
    }

    /// Puts 严杰 (found by pinyin) on the place under the cursor, leaving unsaved work.
    func assignYanJie(_ tui: TmuxSession) throws {
        try tui.press("Enter")
        try tui.waitFor("选人")
        try tui.type("yanj")
        try tui.waitFor("1 人")
        try tui.press("Enter")
        try tui.waitFor("[已修改]")
    }
}
