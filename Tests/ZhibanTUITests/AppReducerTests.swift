import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// Actions that work the same in every view: history, saving, quitting, modes, the terminal.
final class AppReducerTests: XCTestCase {
    private let start = Fixture.state()
    private var edited: AppState { start.after(.unassign).0 }

    func testUndoAndRedoWithNothingToDoSaySo() {
        XCTAssertEqual(start.after(.undo).0.message?.text, "没有可撤销的修改")
        XCTAssertEqual(start.after(.redo).0.message?.text, "没有可重做的修改")
    }

    func testANewEditAfterUndoDropsTheRedo() {
        let state = edited.after(.undo, .moveRight, .unassign, .redo).0
        XCTAssertEqual(state.message?.text, "没有可重做的修改")
        XCTAssertEqual(state.roster.duty(at: Slot(date: Fixture.day, shift: "白班", checkpoint: "天瑞城市花园南门"))?.people, ["王中理"])
    }

    func testSaveAsksTheEdgeAndASuccessfulSaveClearsTheDirtyFlag() {
        let (saving, effects) = edited.after(.save)
        XCTAssertEqual(effects, [.save(edited.roster, revision: edited.revision)])
        XCTAssertTrue(saving.isDirty)
        let saved = saving.after(.saveFinished(revision: edited.revision, problem: nil)).0
        XCTAssertFalse(saved.isDirty)
        XCTAssertEqual(saved.message, StatusMessage("已保存", .success))
        XCTAssertTrue(saved.after(.undo).0.isDirty, "undoing past the save makes it dirty again")
        XCTAssertFalse(saved.after(.undo, .redo).0.isDirty)
    }

    func testAFailedSaveKeepsTheWorkAndSaysWhy() {
        let problem = SaveProblem.failed(Localized("磁盘已满", "disk full"))
        let failed = edited.after(.save, .saveFinished(revision: edited.revision, problem: problem)).0
        XCTAssertTrue(failed.isDirty)
        XCTAssertEqual(failed.message, StatusMessage("修改仍在，未保存：磁盘已满", .error))
        var english = edited
        english.language = .en
        XCTAssertEqual(english.after(.save, .saveFinished(revision: edited.revision, problem: problem)).0.message,
                       StatusMessage("Save failed, your changes are kept: disk full", .error), "the reason in the interface's language")
    }

    func testQuitWithoutChangesQuitsAtOnce() {
        XCTAssertEqual(start.after(.quit).1, [.quit])
    }

    func testQuitWithUnsavedWorkAsksAndEachAnswerDoesWhatItSays() {
        let (asking, effects) = edited.after(.quit)
        XCTAssertEqual(effects, [])
        guard case .confirm(.quitWithUnsavedWork) = asking.mode else { return XCTFail("no question") }
        XCTAssertTrue(RootView.render(asking).text.contains("有未保存的修改"))
        XCTAssertEqual(asking.after(.answer(.yes)).1, [.quit])
        let stay = asking.after(.answer(.no))
        XCTAssertEqual(stay.1, [])
        guard case .normal = stay.0.mode else { return XCTFail("still asking") }
        let (saving, saveEffects) = asking.after(.answer(.saveFirst))
        XCTAssertEqual(saveEffects, [.save(edited.roster, revision: edited.revision)])
        XCTAssertEqual(saving.after(.saveFinished(revision: edited.revision, problem: nil)).1, [.quit])
        XCTAssertEqual(saving.after(.saveFinished(revision: edited.revision, problem: .failed(Localized("x", "x")))).1, [])
    }

    func testOtherKeysWhileAskingKeepTheQuestion() {
        let asking = edited.after(.quit, .moveDown).0
        guard case .confirm = asking.mode else { return XCTFail("question dropped") }
    }

    func testResizeRedrawsAndATooSmallWindowOnlyQuits() {
        let (small, effects) = start.after(.resize(width: 40, height: 10))
        XCTAssertEqual(effects, [.redraw])
        XCTAssertTrue(small.isTooSmall)
        XCTAssertEqual(small.keyContext, .tooSmall)
        XCTAssertEqual(small.after(.unassign).0.roster, Fixture.roster)
        XCTAssertEqual(small.after(.quit).1, [.quit])
        XCTAssertFalse(small.after(.resize(width: 60, height: 18)).0.isTooSmall)
    }

    func testSuspendAndRedrawAreLeftToTheEdge() {
        XCTAssertEqual(start.after(.suspend).1, [.suspend])
        XCTAssertEqual(start.after(.redraw).1, [.redraw])
    }

    func testOutputReportsBecomeMessages() {
        XCTAssertEqual(start.after(.outputFinished(message: "已写入", failed: false)).0.message, StatusMessage("已写入", .success))
        XCTAssertEqual(start.after(.outputFinished(message: "lp 失败", failed: true)).0.message?.kind, .error)
    }

    func testAnyKeyClearsTheLastMessage() {
        XCTAssertNotNil(edited.message)
        XCTAssertNil(edited.after(.moveDown).0.message)
    }

    func testHelpOpensScrollsAndCloses() {
        let help = start.after(.openHelp, .moveDown, .moveDown, .moveUp).0
        guard case .help(let scroll) = help.mode else { return XCTFail("no help") }
        XCTAssertEqual(scroll, 1)
        XCTAssertEqual(help.keyContext, .help)
        guard case .help(let paged) = help.after(.pageDown).0.mode else { return XCTFail("no help") }
        XCTAssertGreaterThan(paged, 1)
        guard case .normal = help.after(.cancel).0.mode else { return XCTFail("help stayed open") }
    }

    func testHelpIsGeneratedFromTheKeyMap() {
        let lines = HelpPage.lines(start)
        // The board's symbols (and a blank line), the keys, a blank line, the commands (from their table).
        XCTAssertEqual(lines.count, 2 + KeyMap.bindings(for: .view(.day)).count + 1 + Command.helpLines(.zh).count)
        XCTAssertEqual(lines.first?.help, "* 党员  ^ 组长  + 后备  ! 违规  ____ 空位  = 固定  > 已标记")
        XCTAssertTrue(lines.contains { $0.keys == "u" && $0.help == "撤销" })
        let english = start.after(.openCommandLine).0.typing("lang en").after(.submit).0
        XCTAssertTrue(HelpPage.lines(english).contains { $0.keys == "u" && $0.help == "undo" })
    }
}
