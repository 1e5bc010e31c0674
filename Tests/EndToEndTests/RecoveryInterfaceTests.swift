import Foundation
import XCTest

/// Issue 10, item 1: work left unsaved when the session dropped is restored onto the files as
/// they are now — what a colleague saved meanwhile stays — and what no longer applies is shown.
/// Item 12: a recovery that cannot be written is shown in the status line.
final class RecoveryInterfaceTests: InterfaceTestCase {
    /// A day well after today (whichever time zone zhiban counts today in), as `YYYY-MM-DD`.
    private func day(afterToday days: Int) -> String {
        let date = Calendar.current.date(byAdding: .day, value: days, to: Date())!
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Edits (严杰 on the first place), drops the session with SIGHUP and waits for its end.
    private func editAndDropTheSession() throws {
        let tui = try open()
        try assignYanJie(tui)
        XCTAssertEqual(kill(try tui.zhibanProcess(), SIGHUP), 0)
        XCTAssertEqual(try tui.exitStatus(), 128 + Int(SIGHUP))
        tui.close()
    }

    /// A colleague imports a new volunteer and plans a week, with the real commands.
    private func colleagueImportsAndPlans() throws -> (from: String, to: String) {
        let sheet = folder.appendingPathComponent("new.csv")
        try "姓名,手机,所属队伍\n林小新,13900001111,火车站疫情监测工作突击队\n".write(to: sheet, atomically: true, encoding: .utf8)
        let imported = try ZhibanRun(["import", "--roster", "r", sheet.path], in: folder)
        XCTAssertEqual(imported.status, 0, imported.error)
        let week = (from: day(afterToday: 10), to: day(afterToday: 16))
        let planned = try ZhibanRun(["rotate", "--roster", "r", "--from", week.from, "--to", week.to], in: folder)
        XCTAssertEqual(planned.status, 0, planned.error)
        XCTAssertTrue(try file("duties.csv").contains(week.from))
        return week
    }

    func testRestoringAfterADroppedSessionKeepsWhatAColleagueSavedMeanwhile() throws {
        try editAndDropTheSession()
        let week = try colleagueImportsAndPlans()
        let theirDuties = try file("duties.csv").split(separator: "\n").filter { $0.hasPrefix(week.from) || $0.hasPrefix(week.to) }
        XCTAssertFalse(theirDuties.isEmpty)

        let again = try TmuxSession(["--roster", "r", "--lang", "zh"], in: folder)
        session = again
        try again.waitFor("之后，文件被别人改过")
        try again.press("y")
        try again.waitFor("已把上次未保存的 1 处修改应用到现在的文件上")
        try again.press("C-s")
        try again.waitFor("已保存")
        try again.press("q")
        XCTAssertEqual(try again.exitStatus(), 0)

        XCTAssertTrue(try file("volunteers.csv").contains("林小新,13900001111"), "the colleague's volunteer is kept")
        let duties = try file("duties.csv")
        for line in theirDuties { XCTAssertTrue(duties.contains(line), "the colleague's duty is kept: \(line)") }
        XCTAssertTrue(duties.contains(",1号进站口,严杰,"), "the unsaved edit is applied: \(duties)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: roster.appendingPathComponent(".zhiban-recovery").path))
    }

    func testAnEditThatNoLongerAppliesIsListedAndTheColleaguesVersionKept() throws {
        try editAndDropTheSession()
        // The colleague removes 严杰 from the list by hand, and plans a week.
        let without = try file("volunteers.csv").split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("严杰,") }.joined(separator: "\n")
        try without.write(to: roster.appendingPathComponent("volunteers.csv"), atomically: true, encoding: .utf8)
        // 严杰 led the team: the colleague names another leader, so the roster stays valid.
        let definitions = try file("roster.toml").replacingOccurrences(of: "leader = \"严杰\"", with: "leader = \"吴霞勇\"")
        try definitions.write(to: roster.appendingPathComponent("roster.toml"), atomically: true, encoding: .utf8)
        _ = try colleagueImportsAndPlans()
        let before = try file("duties.csv")

        let again = try TmuxSession(["--roster", "r", "--lang", "en"], in: folder)
        session = again
        let offer = try again.waitFor("these no longer apply")
        XCTAssertTrue(offer.contains("严杰 deleted by someone else; not planned"), offer)
        XCTAssertTrue(offer.contains("files changed since. y: apply 0 to them (1 don't apply, above)"), offer)
        try again.press("y")
        try again.waitFor("1 no longer apply")
        try again.press("C-s")
        try again.press("q")
        XCTAssertEqual(try again.exitStatus(), 0)
        XCTAssertEqual(try file("duties.csv"), before, "nothing of the colleague's plan is changed, no unknown person added")
        XCTAssertFalse(try file("volunteers.csv").contains("严杰"))
    }

    func testARecoveryThatCannotBeWrittenIsShownInRed() throws {
        // Something else sits where the recovery folder goes: keeping the work must fail.
        let blocker = roster.appendingPathComponent(".zhiban-recovery")
        try "not a folder".write(to: blocker, atomically: true, encoding: .utf8)
        let tui = try open()
        try assignYanJie(tui)
        try tui.waitFor("未保存的修改没能存入恢复文件夹")
        let line = try tui.captureWithAttributes().split(separator: "\n").first { $0.contains("没能存入恢复文件夹") } ?? ""
        XCTAssertTrue(line.contains("31m"), "shown in red (SGR 31): \(line.debugDescription)")
        XCTAssertEqual(try String(contentsOf: blocker, encoding: .utf8), "not a folder", "what sat there is left alone")
        XCTAssertEqual(kill(try tui.zhibanProcess(), SIGHUP), 0)
        XCTAssertEqual(try tui.exitStatus(), 128 + Int(SIGHUP))
        XCTAssertTrue(try tui.capture().contains("没能存入"), "the end says the work could not be kept")
    }
}
