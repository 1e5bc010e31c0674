import Foundation
import XCTest
import ZhibanModel
import ZhibanStorage

/// Sharing a roster with git (issue 16), with real git: `zhiban share` in two clones, different
/// edits by zhiban in each, a merge through zhiban's driver, the post-merge check, conflicts.
final class SharingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
        try XCTSkipUnless(git(["--version"], in: FileManager.default.temporaryDirectory).status == 0, "git is not installed")
        folder = temporaryFolder(for: self)
    }

    /// Who git says made the commits (the tests must not depend on the machine's git settings).
    private let identity = ["GIT_AUTHOR_NAME": "测试", "GIT_AUTHOR_EMAIL": "t@example.org",
                            "GIT_COMMITTER_NAME": "测试", "GIT_COMMITTER_EMAIL": "t@example.org",
                            "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]

    @discardableResult
    private func git(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(identity) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private func zhiban(_ arguments: [String], in directory: URL) throws -> ZhibanRun {
        try ZhibanRun(arguments, in: directory, environment: identity)
    }

    /// A shared station roster with 4-7 and 4-8 planned, committed, and two clones of it, `a` and
    /// `b`, each set up with `zhiban share`.
    private func twoClones() throws -> (a: URL, b: URL) {
        let origin = folder.appendingPathComponent("origin")
        XCTAssertEqual(try zhiban(["init", "origin", "--example", "station"], in: folder).status, 0)
        XCTAssertEqual(try zhiban(["rotate", "--from", "2022-04-07", "--to", "2022-04-08"], in: origin).status, 0)
        let shared = try zhiban(["share"], in: origin)
        XCTAssertEqual(shared.status, 0, shared.error)
        try git(["add", "-A"], in: origin)
        XCTAssertEqual(try git(["commit", "-qm", "值班表"], in: origin).status, 0)
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        for clone in [a, b] {
            XCTAssertEqual(try git(["clone", "-q", origin.path, clone.path], in: folder).status, 0)
            let unshared = try zhiban(["check"], in: clone)
            XCTAssertTrue(unshared.error.contains("本机还没有登记 zhiban 的合并驱动"), unshared.error)
            XCTAssertEqual(try zhiban(["share"], in: clone).status, 0)
        }
        return (a, b)
    }

    /// Edits the roster in `clone` through zhiban's storage, then commits.
    private func edit(_ clone: URL, _ message: String, _ change: (inout Roster) -> Void) throws {
        let store = try RosterStore(folder: clone)
        var roster = store.roster
        change(&roster)
        try store.save(roster)
        XCTAssertEqual(try git(["commit", "-qam", message], in: clone).status, 0)
    }

    func testTwoClonesEditedByZhibanMergeCleanlyAndTheHookChecksTheResult() throws {
        let (a, b) = try twoClones()
        XCTAssertEqual(try zhiban(["rotate", "--from", "2022-04-09", "--to", "2022-04-09"], in: a).status, 0)
        XCTAssertEqual(try git(["commit", "-qam", "a 排了 4-9"], in: a).status, 0)
        // Edits on the same or neighbouring lines, which git's own line merge would call a conflict.
        try edit(a, "a 改了手机、备注和休息") { roster in
            roster.volunteers[0].phone = "13900000000"
            roster.duties[1].note = "a 的备注"
            roster.settings.rules.minRestMinutes = 600
        }
        let firstDuty = try RosterStore(folder: b, readOnly: true).roster.duties[0]
        try edit(b, "b 改了备注和夜班后休息") { roster in
            roster.volunteers[0].note = "周末能来"
            roster.duties[0].note = "换岗看这里"
            roster.settings.rules.minRestAfterNightMinutes = 840
        }
        let pulled = try git(["pull", "--no-rebase", "--no-edit", a.path, "HEAD"], in: b)
        XCTAssertEqual(pulled.status, 0, pulled.output)
        XCTAssertTrue(pulled.output.contains("zhiban：合并完成，检查 . 的值班表"), pulled.output)  // the hook fired
        let merged = try RosterStore(folder: b, readOnly: true).roster
        XCTAssertTrue(merged.duties.contains { $0.date == LocalDate(parsing: "2022-04-09") }, "a's plan of 4-9 is in")
        XCTAssertEqual(merged.duties.first { $0.slot == firstDuty.slot }?.note, "换岗看这里")
        XCTAssertEqual(merged.volunteers[0].note, "周末能来")
        XCTAssertEqual(merged.volunteers[0].phone, "13900000000")
        XCTAssertEqual(merged.duties[1].note, "a 的备注")
        XCTAssertEqual(merged.settings.rules.minRestMinutes, 600)
        XCTAssertEqual(merged.settings.rules.minRestAfterNightMinutes, 840)
        // Merged in canonical order: saving the merged roster again changes no byte.
        for file in RosterFiles.contents(of: merged) {
            XCTAssertEqual([UInt8](try Data(contentsOf: b.appendingPathComponent(file.name))), file.bytes, file.name)
        }
        XCTAssertEqual(try git(["status", "--porcelain"], in: b).output, "")
    }

    func testAPullWithRebaseIsMergedByRecordAndCheckedTooButAnAmendIsNot() throws {
        let (a, b) = try twoClones()
        try edit(a, "a 的备注") { $0.duties[0].note = "a 的备注" }
        try edit(b, "b 的备注") { $0.duties[1].note = "b 的备注" }  // the next line: git alone would stop here
        let pulled = try git(["pull", "--rebase", a.path, "HEAD"], in: b)
        XCTAssertEqual(pulled.status, 0, pulled.output)
        XCTAssertTrue(pulled.output.contains("zhiban：合并完成，检查 . 的值班表"), pulled.output)
        let merged = try RosterStore(folder: b, readOnly: true).roster
        XCTAssertEqual(merged.duties[0].note, "a 的备注")
        XCTAssertEqual(merged.duties[1].note, "b 的备注")
        let amended = try git(["commit", "--amend", "-q", "--no-edit"], in: b)
        XCTAssertFalse(amended.output.contains("zhiban"), amended.output)
    }

    func testTheSamePlaceEditedTwoWaysIsAConflictThatCheckReportsWithItsLine() throws {
        let (a, b) = try twoClones()
        let names = try RosterStore(folder: a, readOnly: true).roster.volunteers.map(\.name)
        try edit(a, "a 换人") { $0.duties[0].people = [names[10]] }
        try edit(b, "b 换人") { $0.duties[0].people = [names[11]] }
        let pulled = try git(["pull", "--no-rebase", "--no-edit", a.path, "HEAD"], in: b)
        XCTAssertNotEqual(pulled.status, 0)
        XCTAssertTrue(pulled.output.contains("duties.csv:2: 合并冲突："), pulled.output)
        let text = try String(contentsOf: b.appendingPathComponent("duties.csv"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(lines[1], "<<<<<<< ours 我方")
        XCTAssertTrue(lines[2].hasSuffix(",\(names[11]),否,"), lines[2])
        XCTAssertTrue(lines[4].hasSuffix(",\(names[10]),否,"), lines[4])
        let check = try zhiban(["check"], in: b)
        XCTAssertEqual(check.status, 2, check.output)
        XCTAssertTrue(check.error.contains("duties.csv:2: 未解决的合并冲突"), check.error)
    }

    func testShareIsIdempotentAndConflictCopiesAreNamedNeverLoaded() throws {
        XCTAssertEqual(try zhiban(["init", "r", "--example", "station"], in: folder).status, 0)
        let roster = folder.appendingPathComponent("r")
        XCTAssertEqual(try zhiban(["share"], in: roster).status, 0)
        let again = try zhiban(["share"], in: roster)
        XCTAssertEqual(again.output, "已经设置好了，没有需要改的。\n下一步：git add . && git commit -m \"值班表\"；见 Docs/sharing.md。\n")
        let attributes = try String(contentsOf: roster.appendingPathComponent(".gitattributes"), encoding: .utf8)
        XCTAssertEqual(attributes, "roster.toml merge=zhiban\nvolunteers.csv merge=zhiban\nduties.csv merge=zhiban\nserved/*.csv merge=union\n")
        XCTAssertTrue(try git(["config", "--get", "merge.zhiban.driver"], in: roster).output.hasSuffix(" merge-file %O %A %B %P\n"))
        try "not a roster,\"\n".write(to: roster.appendingPathComponent("duties.sync-conflict-20220408-101500-ABCDEFG.csv"),
                                      atomically: true, encoding: .utf8)
        try "坏的".write(to: roster.appendingPathComponent("roster.toml.orig"), atomically: true, encoding: .utf8)
        let check = try zhiban(["check"], in: roster)
        XCTAssertTrue(check.output.contains("没有发现问题") || check.status == 1, check.error)
        XCTAssertTrue(check.error.contains("duties.sync-conflict-20220408-101500-ABCDEFG.csv 是同步软件或合并工具留下的冲突副本，zhiban 不会读取它"), check.error)
        XCTAssertTrue(check.error.contains("roster.toml.orig 是同步软件"), check.error)
        try git(["add", "-A"], in: roster)
        let tracked = try git(["ls-files"], in: roster).output
        XCTAssertFalse(tracked.contains(".zhiban.lock") || tracked.contains(".orig") || tracked.contains("sync-conflict"), tracked)
    }

    func testCommitOnSaveCommitsEachSaveSayingWhatChanged() throws {
        let (a, _) = try twoClones()
        try edit(a, "打开 commit_on_save") { $0.settings.commitOnSave = true }
        XCTAssertTrue(try String(contentsOf: a.appendingPathComponent("roster.toml"), encoding: .utf8)
            .contains("\n[sharing]\ncommit_on_save = true\n"))
        let rotated = try zhiban(["rotate", "--from", "2022-04-09", "--to", "2022-04-09"], in: a)
        XCTAssertEqual(rotated.status, 0, rotated.error)
        XCTAssertEqual(rotated.error, "")
        let subject = try git(["log", "-1", "--format=%s"], in: a).output
        XCTAssertTrue(subject.hasPrefix("排班：4月9日 "), subject)
        XCTAssertTrue(subject.contains(" 等 ") && subject.hasSuffix(" 处修改\n"), subject)
        XCTAssertEqual(try git(["status", "--porcelain"], in: a).output, "")
    }

    func testDistrictSumsUpEveryRosterInAFolderReadOnlyWithoutAPhone() throws {
        let district = folder.appendingPathComponent("街道")
        for (name, example) in [("春谷", "chungu"), ("青岛站", "station")] {
            XCTAssertEqual(try zhiban(["init", "街道/\(name)", "--example", example], in: folder).status, 0)
        }
        let station = district.appendingPathComponent("青岛站")
        XCTAssertEqual(try zhiban(["rotate", "--from", "2022-04-07", "--to", "2022-04-08"], in: station).status, 0)
        XCTAssertEqual(try zhiban(["init", "街道/坏了", "--example", "station"], in: folder).status, 0)
        try "\u{FEFF}日期,班次,卡口,值班人员\n2022-04-07,早班,1号进站口,\"严杰\n".write(
            to: district.appendingPathComponent("坏了/duties.csv"), atomically: true, encoding: .utf8)
        let before = try FileManager.default.subpathsOfDirectory(atPath: district.path).sorted()
        let text = try zhiban(["district", "街道"], in: folder)
        XCTAssertEqual(text.status, 1, text.error)
        let lines = text.output.components(separatedBy: "\n")
        XCTAssertTrue(lines[1].hasPrefix("坏了  ") && lines[1].contains("无法读取：街道/坏了/duties.csv:2"), text.output)
        XCTAssertTrue(lines[2].hasPrefix("春谷  ") && lines[2].contains("未排班"), text.output)
        XCTAssertTrue(lines[3].hasPrefix("青岛站") && lines[3].contains("2022-04-07~2022-04-08"), text.output)
        XCTAssertTrue(lines[4].hasPrefix("合计（3 个社区）"), text.output)
        let phones = try RosterStore(folder: station, readOnly: true).roster.volunteers.map(\.phone)
        for format in ["csv", "html"] {
            let report = try zhiban(["district", "街道/春谷", "街道/青岛站", "--format", format], in: folder)
            XCTAssertEqual(report.status, 0, report.error)
            XCTAssertTrue(report.output.contains("青岛站"), report.output)
            XCTAssertFalse(phones.contains { report.output.contains($0) }, format)
        }
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: district.path).sorted(), before, "read-only: no lock, no file")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("空"), withIntermediateDirectories: true)
        XCTAssertEqual(try zhiban(["district", "空"], in: folder).status, 2, "no roster found")
    }
}
