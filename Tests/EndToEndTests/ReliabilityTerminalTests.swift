import Foundation
import XCTest

/// Issue 6, "terminal": after every way zhiban's interface can end — q, an error, SIGINT,
/// SIGTERM, SIGHUP, and a crash (SIGSEGV, SIGABRT: what a failed check in a debug build raises) —
/// the terminal is usable again: canonical mode, echo and signals on (`stty -a`, printed by the
/// pane after zhiban exits), the cursor shown and the alternate screen left (tmux's own flags).
final class ReliabilityTerminalTests: InterfaceTestCase {
    /// Starts the interface, without waiting for it to draw (it may fail to start).
    private func start(environment: [String: String] = [:]) throws -> TmuxSession {
        let opened = try TmuxSession(["--roster", "r", "--lang", "zh"], in: folder, environment: environment)
        session = opened
        return opened
    }

    /// Asserts the pane is back to a usable terminal after zhiban ended with `status`.
    private func assertRestored(_ tui: TmuxSession, status: Int, _ how: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try tui.exitStatus(), status, how, file: file, line: line)
        let screen = try tui.waitFor("speed", file: file, line: line)  // the last part of `stty -a`'s first line
        let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for mode in ["icanon", "echo", "isig", "icrnl"] {
            XCTAssertTrue(words.contains(mode) && !words.contains("-" + mode), "\(how): \(mode) not restored:\n\(screen)",
                          file: file, line: line)
        }
        let modes = try tui.terminalModes()
        XCTAssertTrue(modes.cursorVisible, "\(how): the cursor is still hidden", file: file, line: line)
        XCTAssertFalse(modes.alternateScreen, "\(how): still on the alternate screen", file: file, line: line)
    }

    func testQuittingRestoresTheTerminal() throws {
        let tui = try start()
        try tui.waitFor("1号进站口")
        try tui.press("q")
        try assertRestored(tui, status: 0, "q")
    }

    func testEverySignalRestoresTheTerminal() throws {
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGABRT] {
            // A crash is simulated by sending its signal. A real fault re-faults after Swift's
            // backtracer returns and the process dies; a sent signal does not, so the backtracer
            // is switched off and the crash guard hands the signal to the default action.
            let crash = signal == SIGSEGV || signal == SIGABRT
            let tui = try start(environment: crash ? ["SWIFT_BACKTRACE": "enable=no"] : [:])
            try tui.waitFor("1号进站口")
            try tui.press("Enter")  // a pick list open: curses is deep in its raw mode
            try tui.waitFor("选人")
            XCTAssertEqual(kill(try tui.zhibanProcess(), signal), 0)
            try assertRestored(tui, status: 128 + Int(signal), "signal \(signal)")
            tui.close()
        }
    }

    func testAnUnknownTerminalIsAnErrorThatLeavesTheTerminalAlone() throws {
        let tui = try start(environment: ["TERM": "no-such-terminal"])
        let screen = try tui.waitFor(TmuxSession.exitMarker)
        XCTAssertTrue(screen.contains("no-such-terminal"), screen)
        try assertRestored(tui, status: 1, "unknown terminal")
    }

    /// Issue 10 item 12: `TERM=dumb` (no cursor addressing) used to open a blank interface. It is
    /// refused as an unknown terminal is, saying why, and leaves the terminal as it was.
    func testATerminalThatCannotMoveItsCursorIsRefused() throws {
        let tui = try start(environment: ["TERM": "dumb"])
        let screen = try tui.waitFor(TmuxSession.exitMarker)
        XCTAssertTrue(screen.contains("TERM=dumb 不能移动光标"), screen)
        XCTAssertTrue(screen.contains("cannot move its cursor"), screen)
        try assertRestored(tui, status: 1, "TERM=dumb")
    }

    /// Issue 10 item 12: a second organizer opening the roster in English is refused in English.
    func testTheLockRefusalSpeaksTheInterfacesLanguage() throws {
        let first = try start()
        try first.waitFor("1号进站口")
        let second = try TmuxSession(["--roster", "r", "--lang", "en"], in: folder)
        defer { second.close() }
        let refusal = try second.waitFor(TmuxSession.exitMarker)
        XCTAssertTrue(refusal.contains("Another zhiban (process"), refusal)
        XCTAssertTrue(refusal.contains("is editing this roster"), refusal)
        XCTAssertFalse(refusal.contains("另一个 zhiban"), "the refusal is in English only:\n\(refusal)")
        XCTAssertEqual(try second.exitStatus(), 1)
    }
}
