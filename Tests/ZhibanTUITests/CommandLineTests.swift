import XCTest
import ZhibanModel
@testable import ZhibanTUI

final class CommandLineTests: XCTestCase {
    private let start = Fixture.state()
    private var edited: AppState { start.after(.unassign).0 }

    private func run(_ command: String, on state: AppState) -> (AppState, [Effect]) {
        state.after(.openCommandLine).0.typing(command).after(.submit)
    }

    func testTypingShowsTheLineWithTheCursor() {
        let typing = start.after(.openCommandLine).0.typing("goto 4-9")
        let screen = RootView.render(typing)
        XCTAssertEqual(screen.rowText(28), ":goto 4-9")
        XCTAssertEqual(screen.cursor, Position(x: 9, y: 28))
    }

    func testWriteSavesAndQuitAsksWhenDirty() {
        XCTAssertEqual(run("w", on: edited).1, [.save(edited.roster, revision: edited.revision)])
        XCTAssertEqual(run("q", on: start).1, [.quit])
        guard case .confirm = run("q", on: edited).0.mode else { return XCTFail("did not ask") }
        XCTAssertEqual(run("q!", on: edited).1, [.quit])
    }

    func testWriteQuitSavesThenQuits() {
        let (saving, effects) = run("wq", on: edited)
        XCTAssertEqual(effects, [.save(edited.roster, revision: edited.revision)])
        XCTAssertEqual(saving.after(.saveFinished(revision: edited.revision, problem: nil)).1, [.quit])
    }

    func testGotoReadsSeveralDateForms() {
        XCTAssertEqual(run("goto 2022-04-09", on: start).0.date, LocalDate(year: 2022, month: 4, day: 9))
        XCTAssertEqual(run("goto 4-10", on: start).0.date, LocalDate(year: 2022, month: 4, day: 10))
        XCTAssertEqual(run("goto 4月11日", on: start).0.date, LocalDate(year: 2022, month: 4, day: 11))
        XCTAssertEqual(run("goto +2", on: start).0.date, LocalDate(year: 2022, month: 4, day: 9))
        XCTAssertEqual(run("goto -1", on: start).0.date, LocalDate(year: 2022, month: 4, day: 6))
        XCTAssertEqual(run("goto today", on: start.after(.nextDay).0).0.date, Fixture.day)
        let bad = run("goto 2022-02-30", on: start).0
        XCTAssertEqual(bad.message?.kind, .error)
        XCTAssertEqual(bad.date, Fixture.day)
    }

    func testGotoFromAnotherViewShowsTheDayBoard() {
        XCTAssertEqual(run("goto 4-8", on: start.after(.show(.people)).0).0.view, .day)
    }

    func testUnknownCommandsAreNamed() {
        XCTAssertEqual(run("frobnicate", on: start).0.message?.text, "未知命令：frobnicate（:help 列出全部）")
        XCTAssertEqual(run("", on: start).0.message?.kind, .error)
    }

    func testHelpAndLanguageCommands() {
        guard case .help = run("help", on: start).0.mode else { return XCTFail("no help") }
        XCTAssertEqual(run("lang en", on: start).0.language, .en)
        XCTAssertEqual(run("lang fr", on: start).0.message?.kind, .error)
    }

    func testTabCompletesAUniqueCommandAndListsAmbiguousOnes() {
        let unique = start.after(.openCommandLine).0.typing("go").after(.complete).0
        guard case .commandLine(let field) = unique.mode else { return XCTFail("line closed") }
        XCTAssertEqual(field.text, "goto ")
        let ambiguous = start.after(.openCommandLine).0.typing("q").after(.complete).0
        XCTAssertEqual(ambiguous.message?.text, ":q  :q!")
    }

    func testEscapeAndBackspaceOnAnEmptyLineLeave() {
        guard case .normal = start.after(.openCommandLine, .cancel).0.mode else { return XCTFail("still open") }
        guard case .normal = start.after(.openCommandLine, .text(.deleteBackward)).0.mode else { return XCTFail("still open") }
        guard case .commandLine = start.after(.openCommandLine).0.typing("w").after(.text(.deleteBackward)).0.mode else {
            return XCTFail("closed too early")
        }
    }

    func testEveryOtherSpellingIsOnTheHelpPage() {
        // Each of these already ran a command; the help once named only `:x`.
        let spellings = ["write", "quit", "x", "edit", "reload", "sav", "go", "g", "replan", "f", "set", "p", "h"]
        for language in [Language.zh, .en] {
            let state = language == .zh ? start : run("lang en", on: start).0
            let keys = HelpPage.lines(state).map { $0.keys.split(separator: " ").map(String.init) }
            for spelling in spellings {
                XCTAssertTrue(keys.contains { $0.contains(":" + spelling) }, ":\(spelling) is not on the \(language) help page")
            }
        }
        let english = HelpPage.lines(run("lang en", on: start).0)
        XCTAssertTrue(english.contains { $0.keys == ":go  :g" && $0.help == "same as :goto" })
    }

    func testOtherSpellingsRunTheirCommand() {
        XCTAssertEqual(run("g 4-9", on: start).0.date, LocalDate(year: 2022, month: 4, day: 9))
        XCTAssertEqual(run("quit!", on: edited).1, [.quit])
        guard case .help = run("h", on: start).0.mode else { return XCTFail("no help") }
        XCTAssertEqual(run("w!", on: start).0.message?.text, "未知命令：w!（:help 列出全部）")
    }

    func testCompletionOffersNamesAndForcedFormsFromTheTable() {
        let all = start.after(.openCommandLine).0.after(.complete).0
        XCTAssertEqual(all.message?.text, ":w  :q  :q!  :wq  :e  :e!  :saveas  :goto  :rotate  :close  :find  :settings  :print  :lang  :help")
        let rotate = start.after(.openCommandLine).0.typing("ro").after(.complete).0
        guard case .commandLine(let field) = rotate.mode else { return XCTFail("line closed") }
        XCTAssertEqual(field.text, "rotate ")
    }
}
