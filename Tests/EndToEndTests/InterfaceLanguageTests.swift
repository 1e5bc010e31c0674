import Foundation
import XCTest

/// The interface's language at the edges zhiban draws outside the board: the locale most servers
/// have (C.UTF-8) gives Chinese; with `--lang en` the create prompt, the new roster's title and
/// the demo's exit line are English.
final class InterfaceLanguageTests: InterfaceTestCase {
    func testCUTF8LocaleOpensInChinese() throws {
        let tui = try open(["--roster", "r"])  // TmuxSession runs with LANG=C.UTF-8
        try tui.waitFor("1日报")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
    }

    func testCreatePromptAndNewTitleInEnglish() throws {
        let empty = folder.appendingPathComponent("fresh")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let tui = try TmuxSession(["--lang", "en"], in: empty)
        session = tui
        try tui.waitFor("There is no roster here")
        XCTAssertFalse(try tui.capture().contains("值班表"))
        try tui.type("y")
        try tui.press("Enter")
        try tui.waitFor("fresh duty roster")
        try tui.waitFor("1Day")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
    }

    func testDemoExitLineInEnglish() throws {
        let tui = try TmuxSession(["demo", "yinhe", "--lang", "en"], in: folder)
        session = tui
        try tui.waitFor("1Day")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
        let screen = try tui.capture()
        XCTAssertTrue(screen.contains("The example's copy is in "), screen)
        XCTAssertFalse(screen.contains("示例副本"), screen)
    }

    func testSignalMessageInEnglish() throws {
        let tui = try open(["--roster", "r", "--lang", "en"])
        try tui.press("Enter")
        try tui.waitFor("Choose for")
        try tui.press("Enter")
        try tui.waitFor("[modified]")
        XCTAssertEqual(kill(try tui.zhibanProcess(), SIGTERM), 0)
        XCTAssertEqual(try tui.exitStatus(), 128 + Int(SIGTERM))
        let screen = try tui.capture()
        XCTAssertTrue(screen.contains("zhiban: the unsaved changes were kept in "), screen)
        XCTAssertFalse(screen.contains("未保存的修改"), screen)
    }
}
