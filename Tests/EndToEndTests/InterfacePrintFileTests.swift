import Foundation
import XCTest

/// Issue 10 item 10 in the interface: `p` then `w` writes the print preview to
/// `print/….txt` in the roster folder. The sheet carries the volunteers' phone numbers, so the
/// file is the owner's only (0600), even under umask 022, where it used to be 0644.
final class InterfacePrintFileTests: InterfaceTestCase {
    func testAPrintWrittenFromTheInterfaceIsForTheOwnerOnly() throws {
        let tui = try open(["--roster", "r", "--lang", "zh"])
        try tui.press("p")
        try tui.press("w")
        let screen = try tui.waitFor("已写入")
        let written = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("已写入") })
        let path = String(try XCTUnwrap(written.split(separator: " ").last))
        XCTAssertTrue(path.hasPrefix(roster.path + "/print/"), path)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o600, "the printed sheet holds phone numbers")
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("1号进站口"))
    }
}
