import Foundation
import XCTest

/// Issue 10 item 10 in the interface: `p` then `w` writes the print preview to
/// `print/….txt` in the roster folder. A sheet with the volunteers' phone numbers is the
/// owner's only (0600) where it used to be 0644; one with phones left off (`t`, for a public
/// gate) keeps the usual mode.
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

        try tui.press("p")
        try tui.press("t")
        try tui.waitFor("不含电话")
        try tui.press("w")
        let gate = try tui.waitUntil("the sheet without phones written") { screen in
            screen.split(separator: "\n").contains { $0.contains("已写入") && $0.hasSuffix("no-phone.txt") }
        }
        let gateLine = try XCTUnwrap(gate.split(separator: "\n").first { $0.contains("已写入") && $0.hasSuffix("no-phone.txt") })
        let gatePath = String(try XCTUnwrap(gateLine.split(separator: " ").last))
        let gateMode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: gatePath)[.posixPermissions] as? Int)
        XCTAssertEqual(gateMode, 0o666 & ~Int(currentUmask()), "no phones, the usual mode")
    }

    /// The test process's umask.
    private func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
