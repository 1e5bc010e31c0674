import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// When someone else changed the files: the save that finds it offers a copy elsewhere or the
/// version on disk, `:saveas` and `:e`/`:e!` do what they say, and nothing is dropped unasked.
final class FileConflictTests: XCTestCase {
    private var start: AppState { Fixture.state() }
    private var edited: AppState { start.after(.unassign).0 }
    private let changed = SaveProblem.changedOnDisk(file: "roster/duties.csv")

    /// The fixture as someone else changed it on disk: 周杰's duty at the station given to 徐A强.
    private var onDisk: Roster {
        var roster = Fixture.roster
        let slot = Slot(date: Fixture.day, shift: "白班", checkpoint: "1号进站口")
        roster.duties = roster.duties.map { $0.slot == slot ? Duty(date: $0.date, shift: $0.shift, checkpoint: $0.checkpoint, people: ["徐A强"]) : $0 }
        return roster
    }

    private func run(_ command: String, on state: AppState) -> (AppState, [Effect]) {
        state.after(.openCommandLine).0.typing(command).after(.submit)
    }

    func testASaveFindingTheFileChangedAsksWhatToDoAndKeepsTheWork() {
        let asking = edited.after(.save, .saveFinished(revision: edited.revision, problem: changed)).0
        guard case .confirm(.fileChangedOnDisk(file: "roster/duties.csv")) = asking.mode else { return XCTFail("\(asking.mode)") }
        XCTAssertTrue(asking.isDirty)
        XCTAssertEqual(asking.keyContext, .confirm([.saveAs, .reload, .no]))
        let screen = RootView.render(asking)
        XCTAssertTrue(screen.rowText(28).hasPrefix("duties.csv 被别人改过，没有保存：a 另存你的修改"), screen.rowText(28))
        XCTAssertTrue(screen.rowText(29).contains("a 另存为…"), screen.rowText(29))
        XCTAssertTrue(screen.rowText(29).contains("r 读取磁盘上的版本"), screen.rowText(29))
    }

    /// Issue 10 item 12: the question is shown whole in 100 columns, in both languages, for the
    /// longest file name and a deep roster folder (it used to be cut before its last answers).
    func testTheQuestionFitsOneHundredColumnsWhateverTheFolder() {
        let deep = SaveProblem.changedOnDisk(file: "/home/organizer/社区防控/2022年4月/春谷社区疫情防控值班表/volunteers.csv")
        for (language, ending) in [(Language.zh, "n 继续编辑"), (.en, "n: keep editing")] {
            var state = edited
            state.language = language
            let asking = state.after(.save, .saveFinished(revision: state.revision, problem: deep)).0
            let row = RootView.render(asking).rowText(28)
            XCTAssertTrue(row.hasPrefix("volunteers.csv "), row)
            XCTAssertTrue(row.hasSuffix(ending), "\(language): the question is cut: \(row)")
            XCTAssertLessThanOrEqual(row.displayWidth, 100)
        }
    }

    /// Issue 16: a save whose git commit (commit_on_save) failed is saved, and says so; `:wq`
    /// stays so that the warning is seen.
    func testASavedRosterWhoseCommitFailedIsSavedAndWarnsBeforeQuitting() {
        let warning = SaveProblem.savedWithWarning("已保存，但没能提交到 git（commit_on_save）：fatal: not a git repository")
        let (saving, _) = run("wq", on: edited)
        let (saved, effects) = saving.after(.saveFinished(revision: edited.revision, problem: warning))
        XCTAssertEqual(effects, [])
        XCTAssertFalse(saved.isDirty)
        XCTAssertEqual(saved.message, StatusMessage("已保存，但没能提交到 git（commit_on_save）：fatal: not a git repository", .error))
    }

    func testWriteQuitDoesNotQuitWhenTheFileChanged() {
        let (saving, _) = run("wq", on: edited)
        let (asking, effects) = saving.after(.saveFinished(revision: edited.revision, problem: changed))
        XCTAssertEqual(effects, [])
        let savingAgain = asking.after(.answer(.no), .save).0
        XCTAssertEqual(savingAgain.after(.saveFinished(revision: edited.revision, problem: nil)).1, [],
                       "a later ordinary save does not quit either")
    }

    func testSaveAsOpensTheCommandLineWithTheSuggestedFolderAndSavesACopy() {
        let asking = edited.after(.save, .saveFinished(revision: edited.revision, problem: changed)).0
        let (proposing, effects) = asking.after(.answer(.saveAs))
        XCTAssertEqual(effects, [.proposeCopyFolder])
        let typing = proposing.after(.copyFolderProposed("/srv/春谷-副本")).0
        guard case .commandLine(let field) = typing.mode else { return XCTFail("\(typing.mode)") }
        XCTAssertEqual(field.text, "saveas /srv/春谷-副本")
        let (copying, copyEffects) = typing.after(.submit)
        XCTAssertEqual(copyEffects, [.saveCopy(edited.roster, folder: "/srv/春谷-副本")])
        let copied = copying.after(.outputFinished(message: "已另存到 /srv/春谷-副本", failed: false)).0
        XCTAssertTrue(copied.isDirty, "the roster open here is still not saved")
        XCTAssertEqual(copied.message, StatusMessage("已另存到 /srv/春谷-副本", .success))
    }

    func testLoadingTheVersionOnDiskReplacesTheRosterAndStartsAFreshHistory() {
        let asking = edited.after(.nextDay, .previousDay, .save, .saveFinished(revision: edited.revision, problem: changed)).0
        let (reloading, effects) = asking.after(.answer(.reload))
        XCTAssertEqual(effects, [.reload])
        let reloaded = reloading.after(.reloadFinished(roster: onDisk, error: nil)).0
        XCTAssertEqual(reloaded.roster, onDisk)
        XCTAssertFalse(reloaded.isDirty)
        XCTAssertEqual(reloaded.date, Fixture.day)
        XCTAssertEqual(reloaded.message, StatusMessage("已读取磁盘上的版本", .success))
        XCTAssertEqual(reloaded.after(.undo).0.message?.text, "没有可撤销的修改")
        XCTAssertTrue(RootView.render(reloaded).text.contains("徐A强"))
    }

    func testAReloadWhileCleanShowsTheNewRosterNotWhatWasWorkedOutForTheOld() {
        let people = start.after(.show(.people)).0
        var renamed = Fixture.roster
        renamed.volunteers[1].name = "李强强"
        let reloaded = run("e", on: people).0.after(.reloadFinished(roster: renamed, error: nil)).0
        XCTAssertTrue(RootView.render(reloaded).text.contains("李强强"))
        let board = run("e", on: start).0.after(.reloadFinished(roster: onDisk, error: nil)).0
        XCTAssertTrue(RootView.render(board).text.contains("徐A强"))
        XCTAssertNotEqual(board.revision, start.revision)
    }

    func testAReloadWithFewerPeopleKeepsThePeriodCursorOnARow() {
        let lastPerson = start.after(.show(.period), .togglePeriodRows, .last).0
        XCTAssertEqual(lastPerson.period.cursor.row, Fixture.roster.volunteers.count - 1)
        var fewer = Fixture.roster
        fewer.volunteers.removeLast(3)
        let reloaded = run("e", on: lastPerson).0.after(.reloadFinished(roster: fewer, error: nil)).0
        XCTAssertEqual(reloaded.period.cursor.row, fewer.volunteers.count - 1)
    }

    func testKeepEditingLeavesTheWorkAndSaysWhatCanBeDone() {
        let asking = edited.after(.save, .saveFinished(revision: edited.revision, problem: changed)).0
        let kept = asking.pressing(.escape)
        guard case .normal = kept.mode else { return XCTFail("\(kept.mode)") }
        XCTAssertTrue(kept.isDirty)
        XCTAssertEqual(kept.roster, edited.roster)
        XCTAssertTrue(kept.message?.text.contains(":saveas") == true)
    }

    func testReloadAsksBeforeDroppingUnsavedWorkAndBangDoesNot() {
        XCTAssertEqual(run("e", on: start).1, [.reload])
        let (asking, effects) = run("e", on: edited)
        XCTAssertEqual(effects, [])
        guard case .confirm(.reloadDroppingWork) = asking.mode else { return XCTFail("\(asking.mode)") }
        XCTAssertEqual(asking.after(.answer(.yes)).1, [.reload])
        XCTAssertEqual(asking.after(.answer(.no)).1, [])
        XCTAssertTrue(asking.after(.answer(.no)).0.isDirty)
        XCTAssertEqual(run("e!", on: edited).1, [.reload])
        XCTAssertEqual(run("reload", on: start).1, [.reload])
    }

    func testAReloadThatCannotReadTheFilesKeepsEverything() {
        let problem = Localized("roster/roster.toml:3: 缺少 ]", "roster/roster.toml:3: ] missing")
        let failed = edited.after(.reloadFinished(roster: nil, error: problem)).0
        XCTAssertEqual(failed.roster, edited.roster)
        XCTAssertTrue(failed.isDirty)
        XCTAssertEqual(failed.message, StatusMessage("无法重新读取，屏幕上的值班表没有变：roster/roster.toml:3: 缺少 ]", .error))
        var english = edited
        english.language = .en
        XCTAssertEqual(english.after(.reloadFinished(roster: nil, error: problem)).0.message,
                       StatusMessage("Could not reload; the roster on screen is unchanged: roster/roster.toml:3: ] missing", .error))
    }

    func testSaveAsTakesTheWholeFolderNameAndNeedsOne() {
        XCTAssertEqual(run("saveas  我的 副本 ", on: start).1, [.saveCopy(start.roster, folder: "我的 副本")])
        let (refused, effects) = run("saveas", on: start)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(refused.message, StatusMessage("用法：:saveas 文件夹", .error))
        XCTAssertEqual(Command.complete("sa").text, "saveas ")
    }

    func testASaveThatReplacedAChangeMadeAtThatInstantSaysWhereItIs() {
        let (saving, _) = run("wq", on: edited)
        let (saved, effects) = saving.after(.saveFinished(revision: edited.revision, problem: .overwroteChanges(files: ["r/duties.csv"])))
        XCTAssertEqual(effects, [], "the user must read this before leaving")
        XCTAssertFalse(saved.isDirty)
        XCTAssertEqual(saved.message?.kind, .error)
        XCTAssertTrue(saved.message?.text.contains("r/duties.csv.bak") == true)
    }

    /// Issue 11 item 11: someone else changed only a file this save did not touch; the edge saved
    /// and took their version in, and the screen shows both.
    func testASaveThatTookAColleaguesOtherFileShowsBothAndCountsAsSaved() {
        var merged = edited.roster
        merged.volunteers[0].phone = "13900000000"
        let took = SaveProblem.tookChangesFromDisk(files: ["roster/volunteers.csv"], roster: merged)
        let (saved, effects) = edited.after(.save).0.after(.saveFinished(revision: edited.revision, problem: took))
        XCTAssertEqual(effects, [])
        guard case .normal = saved.mode else { return XCTFail("\(saved.mode)") }
        XCTAssertEqual(saved.roster, merged)
        XCTAssertFalse(saved.isDirty)
        XCTAssertEqual(saved.message?.kind, .success)
        XCTAssertTrue(saved.message?.text.hasPrefix("已保存；别人改过的 volunteers.csv 已读入") == true, "\(String(describing: saved.message))")
        XCTAssertTrue(RootView.render(saved.after(.show(.people)).0).text.contains("13900000000"))
        XCTAssertEqual(saved.after(.undo).0.roster, merged, "an undo cannot bring back what their file no longer holds")
        XCTAssertEqual(run("wq", on: edited).0.after(.saveFinished(revision: edited.revision, problem: took)).1, [.quit])
    }

    func testTheHelpListsTheCommands() {
        let lines = HelpPage.lines(start).map(\.keys)
        XCTAssertTrue(lines.contains(":saveas 文件夹"))
        XCTAssertTrue(lines.contains(":e  :e!"))
        let english = HelpPage.lines(run("lang en", on: start).0)
        XCTAssertTrue(english.contains { $0.keys == ":saveas DIR" && $0.help == "save the roster as a new folder (the open one stays as it is)" })
    }
}
