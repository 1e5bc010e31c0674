import Foundation
import XCTest
import ZhibanStorage

/// Issue 16 item 4 in the interface, in tmux with real git: a save with `commit_on_save` is a
/// commit saying what changed; a save whose commit fails is saved and says so.
final class CommitOnSaveInterfaceTests: InterfaceTestCase {
    private let identity = ["GIT_AUTHOR_NAME": "测试", "GIT_AUTHOR_EMAIL": "t@example.org",
                            "GIT_COMMITTER_NAME": "测试", "GIT_COMMITTER_EMAIL": "t@example.org",
                            "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]

    private func git(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", roster.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(identity) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Turns commit_on_save on; with `shared`, the roster is a git repository with it committed.
    private func prepare(shared: Bool) throws {
        let store = try RosterStore(folder: roster)
        var edited = store.roster
        edited.settings.commitOnSave = true
        try store.save(edited)
        if shared {
            XCTAssertEqual(try ZhibanRun(["share"], in: roster, environment: identity).status, 0)
            _ = try git(["add", "-A"])
            _ = try git(["commit", "-qm", "值班表"])
        }
    }

    func testASaveIsACommitSayingWhoWasPutWhere() throws {
        try prepare(shared: true)
        let tui = try TmuxSession(["--roster", "r", "--lang", "zh"], in: folder, environment: identity)
        session = tui
        try tui.waitFor("1号进站口")
        try assignYanJie(tui)
        try tui.press("C-s")
        try tui.waitFor("已保存")
        let subject = try git(["log", "-1", "--format=%s"])
        XCTAssertTrue(subject.hasPrefix("排班：") && subject.contains("严杰"), subject)
        XCTAssertEqual(try git(["status", "--porcelain"]), "")
    }

    func testASaveWhoseCommitFailsIsSavedAndSaysSo() throws {
        try prepare(shared: false)  // not a git repository: the commit cannot be made
        let before = try file("duties.csv")
        let tui = try open()
        try assignYanJie(tui)
        try tui.press("C-s")
        try tui.waitFor("已保存，但没能提交到 git（commit_on_save）")
        XCTAssertNotEqual(try file("duties.csv"), before, "the save itself was made")
    }
}
