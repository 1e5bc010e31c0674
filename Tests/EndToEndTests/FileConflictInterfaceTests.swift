import Foundation
import XCTest

/// Issue 6, "two editors": a file changed by hand while the interface has the roster open is
/// never overwritten. When the save changes that same file it offers a copy elsewhere or the
/// version on disk, and both keep every change; when it changes only other files (issue 11
/// item 11), it saves them and takes the hand edit in.
final class FileConflictInterfaceTests: InterfaceTestCase {
    /// Someone else's duty, added to duties.csv by hand.
    private let theirDuty = "2022-04-07,早班,2号进站口,吴霞勇,否,手改的\n"

    func testASaveAfterAHandEditToTheSameFileOffersACopyAndTheVersionOnDiskAndLosesNeither() throws {
        let tui = try open()
        try assignYanJie(tui)
        // Someone adds a duty in the spreadsheet meanwhile.
        let handEdited = try file("duties.csv") + theirDuty
        try handEdited.write(to: roster.appendingPathComponent("duties.csv"), atomically: false, encoding: .utf8)

        try tui.press("C-s")
        let asked = try tui.waitFor("duties.csv 被别人改过，没有保存")
        XCTAssertTrue(asked.contains("a 另存为…"), asked)
        XCTAssertEqual(try file("duties.csv"), handEdited, "the hand edit is not overwritten")

        try tui.press("a")
        try tui.waitFor(":saveas \(roster.path)-副本")
        try tui.press("Enter")
        try tui.waitFor("已另存到")
        let copy = URL(fileURLWithPath: roster.path + "-副本")
        let copiedDuties = try String(contentsOf: copy.appendingPathComponent("duties.csv"), encoding: .utf8)
        XCTAssertTrue(copiedDuties.contains(",1号进站口,严杰,"), "the copy holds the work: \(copiedDuties)")
        XCTAssertFalse(copiedDuties.contains("吴霞勇"), "the copy is the work on screen: \(copiedDuties)")
        XCTAssertFalse(try file("duties.csv").contains("严杰"), "the roster open here is still as it was on disk")
        // Asked again, zhiban proposes a folder not yet taken.
        try tui.press("C-s")
        try tui.waitFor("duties.csv 被别人改过，没有保存")
        try tui.press("a")
        try tui.waitFor(":saveas \(roster.path)-副本2")
        try tui.press("Escape")

        try tui.command("e!")
        try tui.waitFor("已读取磁盘上的版本")
        XCTAssertFalse(try tui.capture().contains("[已修改]"))

        // Now the edit again, on top of the hand edit: the save goes through and keeps both.
        try assignYanJie(tui)
        try tui.press("C-s")
        try tui.waitFor("已保存")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
        XCTAssertTrue(try file("duties.csv").contains(theirDuty))
        XCTAssertTrue(try file("duties.csv").contains(",1号进站口,严杰,"))
    }

    func testAHandEditToAnotherFileIsTakenInAndTheWorkIsSaved() throws {
        let tui = try open()
        try assignYanJie(tui)
        // Someone fixes a phone number in volunteers.csv; the work on screen is in duties.csv.
        let handEdited = try file("volunteers.csv").replacingOccurrences(of: "严杰,17010000000", with: "严杰,13900000000")
        try handEdited.write(to: roster.appendingPathComponent("volunteers.csv"), atomically: false, encoding: .utf8)

        try tui.press("C-s")
        let saved = try tui.waitFor("已读入")
        XCTAssertTrue(saved.contains("已保存；别人改过的 volunteers.csv 已读入"), saved)
        XCTAssertFalse(saved.contains("[已修改]"), saved)
        try tui.press("3")
        try tui.waitFor("13900000000")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
        XCTAssertEqual(try file("volunteers.csv"), handEdited, "their file is left as they wrote it")
        XCTAssertTrue(try file("duties.csv").contains(",1号进站口,严杰,"))
    }

    func testReloadAsksFirstWhenThereIsUnsavedWork() throws {
        let tui = try open(["--roster", "r", "--lang", "en"])
        try tui.press("Enter")
        try tui.waitFor("Choose for")
        try tui.press("Enter")
        try tui.waitFor("[modified]")
        try tui.command("e")
        try tui.waitFor("dropping the unsaved changes?")
        try tui.press("n")
        try tui.waitFor("[modified]")
        try tui.command("e")
        try tui.waitFor("dropping the unsaved changes?")
        try tui.press("y")
        try tui.waitFor("Loaded the version on disk")
        XCTAssertFalse(try tui.capture().contains("[modified]"))
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
    }

    func testReloadingABrokenFileNamesTheLineAndKeepsTheRosterOnScreen() throws {
        let tui = try open()
        try "[settings\n".write(to: roster.appendingPathComponent("roster.toml"), atomically: false, encoding: .utf8)
        try tui.command("e")
        let screen = try tui.waitFor("无法重新读取，屏幕上的值班表没有变：r/roster.toml:1")
        XCTAssertTrue(screen.contains("1号进站口"), screen)
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
    }

    func testSaveAsWorksAtAnyTimeRefusesToOverwriteAndSpeaksTheLanguageOnScreen() throws {
        let tui = try open()
        try tui.command("lang en")
        try tui.waitFor("1Day")
        try tui.command("saveas 副本 1")
        try tui.waitFor("Saved a copy in \(folder.path)/副本 1")
        let copy = folder.appendingPathComponent("副本 1")
        XCTAssertEqual(try String(contentsOf: copy.appendingPathComponent("roster.toml"), encoding: .utf8), try file("roster.toml"))
        try tui.command("saveas 副本 1")
        try tui.waitFor("Could not save a copy in")
        try tui.press("q")
        XCTAssertEqual(try tui.exitStatus(), 0)
    }
}
