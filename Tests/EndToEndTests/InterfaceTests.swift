import Foundation
import XCTest

/// The terminal interface, run for real in tmux: edits that land in the files, resizing,
/// quitting, and the terminal restored after signals.
final class InterfaceTests: InterfaceTestCase {
    func testAssignUndoSaveAndQuitLandInTheRosterFiles() throws {
        let tui = try open()
        try tui.press("Enter")
        try tui.waitFor("选人")
        try tui.type("yanj")  // 严杰, by pinyin
        try tui.waitFor("1 人")
        try tui.press("Enter")
        try tui.waitFor("排班：严杰")
        try tui.press("Down", "Enter")
        try tui.waitFor("选人")
        try tui.type("wxy")  // 吴霞勇, by pinyin initials
        try tui.waitFor("1 人")
        try tui.press("Enter")
        try tui.waitFor("排班：吴")
        try tui.press("u")
        try tui.waitFor("已撤销")
        try tui.press("C-s")
        try tui.waitFor("已保存")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
        let duties = try file("duties.csv")
        XCTAssertTrue(duties.contains(",1号进站口,严杰,严杰,"), "the hand edit pins 严杰, not the shift: \(duties)")
        XCTAssertFalse(duties.contains("吴霞勇"), duties)
    }

    func testReplanFromTheCommandLineThenSwapTwoPeopleAndWriteQuit() throws {
        let tui = try open()
        try tui.command("rotate 2022-04-01 2022-04-02")
        try tui.waitFor("重新排班预览")
        try tui.press("Enter")
        try tui.waitFor("重新排班 2022-04-01")
        try tui.command("w")
        try tui.waitFor("已保存")
        let planned = try dutyRows()
        let first = try XCTUnwrap(planned["2022-04-01,早班,1号进站口"])
        let second = try XCTUnwrap(planned["2022-04-01,早班,2号进站口"])
        try tui.command("goto 2022-04-01")
        try tui.waitFor("4月1日 周五")
        try tui.press("s", "j", "s")
        try tui.waitFor("交换 \(first.people) 和 \(second.people)")
        try tui.command("wq")
        XCTAssertEqual(try tui.exitStatus(), 0)
        let swapped = try dutyRows()
        XCTAssertEqual(swapped["2022-04-01,早班,1号进站口"]?.people, second.people)
        XCTAssertEqual(swapped["2022-04-01,早班,2号进站口"]?.people, first.people)
        XCTAssertEqual(swapped["2022-04-01,早班,1号进站口"]?.pinned, second.people, "a hand edit pins the people it moved")
    }

    /// duties.csv as `date,shift,checkpoint` → people and pinned.
    private func dutyRows() throws -> [String: (people: String, pinned: String)] {
        var rows: [String: (people: String, pinned: String)] = [:]
        for line in try file("duties.csv").split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 5 else { continue }
            rows[cells[0...2].joined(separator: ",")] = (cells[3], cells[4])
        }
        return rows
    }

    func testQuitWithUnsavedWorkAsksAndLeavesTheFilesAlone() throws {
        let before = try file("duties.csv")
        let tui = try open()
        try tui.press("Enter")
        try tui.waitFor("选人")
        try tui.press("Enter")
        try tui.waitFor("[已修改]")
        try tui.press("q")
        try tui.waitFor("有未保存的修改")
        try tui.press("y")
        XCTAssertEqual(try tui.exitStatus(), 0)
        XCTAssertEqual(try file("duties.csv"), before)
    }

    func testResizingMidSessionRedrawsAndATooSmallWindowRecovers() throws {
        let tui = try open()
        try tui.resize(width: 60, height: 18)
        try tui.waitUntil("the board at 60 columns") { screen in
            screen.contains("1号进站口") && screen.split(separator: "\n").allSatisfy { $0.count <= 60 }
        }
        try tui.resize(width: 50, height: 12)
        try tui.waitFor("窗口太小")
        try tui.resize(width: 100, height: 30)
        let screen = try tui.waitFor("1号进站口")
        XCTAssertFalse(screen.contains("窗口太小"))
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
    }

    /// Assigns 严杰 (typed as pinyin) to the first place of the board, unsaved.

    /// Closes `tui`, opens the roster again, takes the offered recovery, saves and quits: the
    /// recovered edit lands in duties.csv and the recovery folder is gone.
    private func reopenAndRestore(closing tui: TmuxSession, recovery: URL) throws {
        tui.close()
        let again = try TmuxSession(["--roster", "r", "--lang", "zh"], in: folder)
        session = again
        try again.waitFor("上次退出时有未保存的修改")
        try again.press("y")
        try again.waitFor("严杰")
        try again.press("C-s")
        try again.waitFor("已保存")
        try again.press("q")
        XCTAssertEqual(try again.exitStatus(), 0)
        XCTAssertTrue(try file("duties.csv").contains("严杰"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: recovery.path), "recovery removed once saved")
    }

    func testSIGTERMRestoresTheTerminalKeepsTheRosterAndSavesTheWorkForNextTime() throws {
        let before = try file("duties.csv")
        let tui = try open()
        try assignYanJie(tui)
        XCTAssertEqual(kill(try tui.zhibanProcess(), SIGTERM), 0)
        XCTAssertEqual(try tui.exitStatus(), 128 + Int(SIGTERM))
        let screen = try tui.capture()
        assertTerminalRestored(screen)
        XCTAssertEqual(try file("duties.csv"), before, "the roster itself is untouched")
        let recovery = roster.appendingPathComponent(".zhiban-recovery/duties.csv")
        XCTAssertTrue(try String(contentsOf: recovery, encoding: .utf8).contains("严杰"))
        try reopenAndRestore(closing: tui, recovery: recovery)
    }

    func testUnsavedWorkSurvivesAKillNoHandlerSees() throws {
        let tui = try open()
        try assignYanJie(tui)
        let recovery = roster.appendingPathComponent(".zhiban-recovery/duties.csv")
        let deadline = Date().addingTimeInterval(20)
        while !((try? String(contentsOf: recovery, encoding: .utf8))?.contains("严杰") ?? false) && Date() < deadline {
            usleep(100_000)
        }
        XCTAssertTrue(try String(contentsOf: recovery, encoding: .utf8).contains("严杰"), "kept once the keyboard rested")
        XCTAssertEqual(kill(try tui.zhibanProcess(), SIGKILL), 0)
        try reopenAndRestore(closing: tui, recovery: recovery)
    }

    func testSIGHUPWritesTheRecoveryAndSIGINTRestoresTheTerminal() throws {
        let tui = try open()
        try tui.press("Enter")
        try tui.waitFor("选人")
        try tui.press("Enter")
        try tui.waitFor("[已修改]")
        XCTAssertEqual(kill(try tui.zhibanProcess(), SIGHUP), 0)
        XCTAssertEqual(try tui.exitStatus(), 128 + Int(SIGHUP))
        XCTAssertTrue(FileManager.default.fileExists(atPath: roster.appendingPathComponent(".zhiban-recovery/roster.toml").path))
        tui.close()

        let again = try TmuxSession(["--roster", "r", "--lang", "en"], in: folder)
        session = again
        try again.waitFor("Unsaved changes were kept")
        try again.press("n")
        try again.waitFor("Discarded")
        XCTAssertFalse(FileManager.default.fileExists(atPath: roster.appendingPathComponent(".zhiban-recovery").path))
        XCTAssertEqual(kill(try again.zhibanProcess(), SIGINT), 0)
        XCTAssertEqual(try again.exitStatus(), 128 + Int(SIGINT))
        assertTerminalRestored(try again.capture())
    }

    func testACrashStillGivesTheTerminalBack() throws {
        // SWIFT_BACKTRACE=enable=no: the runtime's backtracer would otherwise hold the pane.
        let tui = try TmuxSession(["--roster", "r", "--lang", "zh"], in: folder, environment: ["SWIFT_BACKTRACE": "enable=no"])
        session = tui
        try tui.waitFor("1号进站口")
        XCTAssertEqual(kill(try tui.zhibanProcess(), SIGSEGV), 0)
        XCTAssertEqual(try tui.exitStatus(), 128 + Int(SIGSEGV))
        assertTerminalRestored(try tui.capture())
    }

    func testCtrlZSuspendsAndFgResumesWithTheScreenRedrawn() throws {
        let shell = try TmuxSession(shellIn: folder)
        session = shell
        try shell.waitFor("$")
        try shell.type(TmuxSession.commandLine(["--roster", "r", "--lang", "zh"]))
        try shell.press("Enter")
        try shell.waitFor("1号进站口")
        let process = try shell.zhibanProcess()
        try shell.press("C-z")
        try shell.waitFor("Stopped")
        XCTAssertEqual(TmuxSession.state(of: process), "T")
        try shell.type("stty -a | grep -c -- ' icanon'")
        try shell.press("Enter")
        try shell.waitUntil("the shell's terminal is cooked while zhiban is stopped") { $0.contains("\n1\n") }
        try shell.type("fg")
        try shell.press("Enter")
        try shell.waitUntil("the board redrawn after fg") { $0.contains("1号进站口") && $0.contains("1日报") }
        XCTAssertNotEqual(TmuxSession.state(of: process), "T", "running again")
        try shell.press("q")
        try shell.waitUntil("zhiban gone") { _ in TmuxSession.state(of: process) == nil }
    }

    func testColoursAreDrawnUnlessNoColorOrTheFlagSaysNo() throws {
        let coloured = try TmuxSession(["--roster", "r", "--lang", "zh"], in: folder, environment: ["TERM": "xterm-256color"])
        session = coloured
        try coloured.waitFor("1号进站口")
        XCTAssertTrue(sgrParameters(in: try coloured.captureWithAttributes()).contains(where: isColour), "colours are drawn")
        coloured.close()
        for (arguments, environment) in [(["--no-color"], [String: String]()), ([], ["NO_COLOR": "1"])] {
            let plain = try TmuxSession(["--roster", "r", "--lang", "zh"] + arguments, in: folder,
                                        environment: environment.merging(["TERM": "xterm-256color"]) { _, new in new })
            session = plain
            try plain.waitFor("1号进站口")
            let parameters = sgrParameters(in: try plain.captureWithAttributes())
            XCTAssertFalse(parameters.contains(where: isColour), "no colour with \(arguments) \(environment)")
            XCTAssertTrue(parameters.contains(7), "reverse video still marks the cursor")
            plain.close()
        }
    }

    func testDemoOpensABundledExampleFromAnyFolder() throws {
        let tui = try TmuxSession(["demo", "yinhe", "--lang", "en"], in: folder)
        session = tui
        try tui.waitFor("南门")
        try tui.waitFor("丁明")  // April 2022 is planned in the copy, and the board opens on its first day
        try tui.press("?")
        try tui.waitFor("Keys — Day")
        try tui.press("Escape", "q")
        XCTAssertEqual(try tui.exitStatus(), 0)
        XCTAssertTrue(try tui.capture().contains("zhiban-demo-yinhe"))
    }

    func testWithoutATerminalItSaysSoAndExitsTwo() throws {
        let run = try ZhibanRun(["--roster", "r"], in: folder)
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.error.contains("不是终端"), run.error)
        let demo = try ZhibanRun(["demo"], in: folder)
        XCTAssertEqual(demo.status, 2)
        XCTAssertTrue(demo.error.contains("--summary"), demo.error)
    }

    /// Every number in the SGR escape sequences (`ESC [ … m`) of a captured pane.
    private func sgrParameters(in screen: String) -> [Int] {
        screen.components(separatedBy: "\u{1B}[").dropFirst().compactMap { sequence -> [Int]? in
            guard let end = sequence.firstIndex(of: "m") else { return nil }
            return sequence[..<end].split(separator: ";").compactMap { Int($0) }
        }.flatMap { $0 }
    }

    /// Whether an SGR number sets a colour (39 and 49, back to the default, do not).
    private func isColour(_ parameter: Int) -> Bool {
        (30...38).contains(parameter) || (40...48).contains(parameter) || (90...97).contains(parameter) || (100...107).contains(parameter)
    }

    /// `stty -a` printed after zhiban exited shows a cooked terminal: echo and canonical mode on.
    private func assertTerminalRestored(_ screen: String, file: StaticString = #filePath, line: UInt = #line) {
        let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        XCTAssertTrue(words.contains("icanon") && !words.contains("-icanon"), "canonical mode not restored:\n\(screen)", file: file, line: line)
        XCTAssertTrue(words.contains("echo") && !words.contains("-echo"), "echo not restored:\n\(screen)", file: file, line: line)
        XCTAssertTrue(words.contains("isig") && !words.contains("-isig"), "signals not restored:\n\(screen)", file: file, line: line)
    }
}
