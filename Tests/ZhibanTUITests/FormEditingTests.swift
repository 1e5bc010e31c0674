import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// Typing into forms as an organizer does: a prefilled field is replaced by the first key, a
/// changed form is not dropped by a stray Esc, a failed Enter names the field, and a paste is
/// text for the fields, never keys.
final class FormEditingTests: XCTestCase {
    private let people = Fixture.state().after(.show(.people)).0

    private func form(_ state: AppState, file: StaticString = #filePath, line: UInt = #line) throws -> Form {
        guard case .form(let form) = state.mode else {
            XCTFail("no form open", file: file, line: line)
            throw FormMissing()
        }
        return form
    }

    private struct FormMissing: Error {}

    /// The form editing 王中理 (the first row), moved down to field `index`.
    private func editingWang(at index: Int) -> AppState {
        var state = people.pressing(.enter)
        for _ in 0..<index { state = state.pressing(.tab) }
        return state
    }

    func testTheFirstKeyInAPrefilledFieldReplacesIt() throws {
        let party = try form(editingWang(at: 2).typing("否"))
        XCTAssertEqual(party.fields[2].value.text, "否", "not 是否")
        let name = try form(people.pressing(.enter).typing("王忠礼"))
        XCTAssertEqual(name.fields[0].value.text, "王忠礼")
    }

    func testACursorKeyKeepsThePrefilledTextAndTypingThenAddsToIt() throws {
        let phone = try form(editingWang(at: 1).pressing(.end).typing("9"))
        XCTAssertEqual(phone.fields[1].value.text, "170100000019")
        let cleared = try form(editingWang(at: 1).pressing(.backspace))
        XCTAssertEqual(cleared.fields[1].value.text, "", "Backspace on the selected text empties the field")
    }

    func testTheFooterOfAFormShowsCtrlUForClearingAField() {
        let text = RootView.render(people.pressing(.character("a"))).text
        XCTAssertTrue(text.split(separator: "\n").last?.contains("Ctrl-U 清空本项") == true, text)
    }

    func testEscOnAChangedFormAsksBeforeDroppingIt() throws {
        let changed = people.pressing(.character("a")).typing("孙丽")
        let asking = changed.pressing(.escape)
        XCTAssertTrue(try form(asking).isAskingToDiscard)
        XCTAssertTrue(RootView.render(asking).text.contains("表单已修改，放弃这些修改？"))
        let back = try form(asking.pressing(.character("n")))
        XCTAssertFalse(back.isAskingToDiscard)
        XCTAssertEqual(back.fields[0].value.text, "孙丽", "n goes back to the form as it was")
        guard case .normal = asking.pressing(.character("y")).mode else { return XCTFail("y did not drop the form") }
        guard case .normal = people.pressing(.character("a"), .escape).mode else {
            return XCTFail("Esc on an untouched form closes it at once")
        }
    }

    func testAFailedEnterSaysWhichFieldAndWhy() {
        let state = people.pressing(.character("a"), .tab).typing("12ab").pressing(.enter)
        XCTAssertEqual(state.message?.text, "姓名：请填写姓名（另有 1 处问题）")
        let english = Fixture.state(language: .en).after(.show(.people)).0.pressing(.character("a"), .enter)
        XCTAssertEqual(english.message?.text, "Name: The name is required")
    }

    func testAPastedLineGoesIntoTheFocusedFieldAndAColumnFillsTheFieldsBelow() throws {
        let added = people.pressing(.character("a"), .paste("赵六\r13812345678\r"))
        let filled = try form(added)
        XCTAssertEqual(filled.fields[0].value.text, "赵六")
        XCTAssertEqual(filled.fields[1].value.text, "13812345678")
        XCTAssertEqual(added.view, .people, "the digits did not switch views")
        XCTAssertFalse(added.isDirty, "the line break did not submit the form")
        let saved = added.pressing(.enter)
        XCTAssertEqual(saved.roster.volunteers.last?.name, "赵六")
        XCTAssertEqual(saved.roster.volunteers.last?.phone, "13812345678")
    }

    func testAnEmptyPasteLeavesTheSelectedFieldAlone() throws {
        let pasted = try form(people.pressing(.enter, .paste("\r\n")))
        XCTAssertEqual(pasted.fields[0].value.text, "王中理")
    }

    func testASpreadsheetRowFillsOneFieldPerCellFromTheFocusedOne() throws {
        let row = try form(people.pressing(.character("a"), .paste("孙丽\t13800000000\t是\t机动组\r\n")))
        XCTAssertEqual(row.fields.prefix(4).map(\.value.text), ["孙丽", "13800000000", "是", "机动组"])
        XCTAssertEqual(row.focus, 3, "the cursor is on the last field filled")
        let tooMany = people.pressing(.character("a"), .tab, .tab, .tab, .tab, .tab, .tab, .paste("a\tb\tc\td\te"))
        XCTAssertEqual(tooMany.message?.text, "粘贴的内容多出 2 项，没有用上")
    }

    func testAPasteOnTheCommandLineOrInTheFilterIsOneLineOfText() {
        guard case .commandLine(let field) = Fixture.state().pressing(.character(":"), .paste("goto\n4-8\n")).mode else {
            return XCTFail("the line break ran the command")
        }
        XCTAssertEqual(field.text, "goto 4-8")
        guard case .filter(let filter) = people.pressing(.character("f"), .paste("wang\tzhong")).mode else { return XCTFail() }
        XCTAssertEqual(filter.text, "wang zhong")
    }

    func testAPasteWhereNoTextIsExpectedIsIgnoredWithAMessage() {
        let state = Fixture.state().pressing(.paste("赵六\r7"))
        XCTAssertEqual(state.view, .day)
        guard case .normal = state.mode else { return XCTFail("the paste ran as keys") }
        XCTAssertEqual(state.message?.text, "粘贴的内容没有用上：这里没有可输入的地方")
        XCTAssertEqual(state.roster, Fixture.roster)
    }
}
