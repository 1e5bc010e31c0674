import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// A form's fields are named: what is typed is read by field, and a problem found for a field
/// shows beside that field (and is what a failed Enter names), wherever it stands in the form.
final class FormModelTests: XCTestCase {
    func testValuesInTheFormsOrderAreReadByName() {
        let values = FormValues<ShiftForm.Field>(inOrder: ["夜班", "20:00", "08:00"])
        XCTAssertEqual(values[.name], "夜班")
        XCTAssertEqual(values[.end], "08:00")
        XCTAssertEqual(FormValues<ShiftForm.Field>([.start: "07:00"])[.name], "", "a field not given is empty")
    }

    func testTheFieldsAreTheFieldEnumInOrderHoldingTheOpeningValues() {
        let form = TeamForm(editing: Fixture.roster.teams[0])
        XCTAssertEqual(form.fields.map(\.label), TeamForm.Field.allCases.map(\.label))
        XCTAssertEqual(form.fields.map(\.value.text), TeamForm.Field.allCases.map { form.opening[$0] })
        XCTAssertEqual(form.opening[.name], Fixture.roster.teams[0].name)
    }

    func testAProblemShowsAtItsFieldsPlace() {
        let form = TeamForm(editing: nil)
        var texts = form.fields.map(\.value.text)
        texts[TeamForm.Field.name.position] = "新队"
        texts[TeamForm.Field.leader.position] = "无名氏"
        let problems = form.problems(ofTexts: texts, roster: Fixture.roster, near: nil)
        XCTAssertEqual(Array(problems.keys), [TeamForm.Field.leader.position])
        XCTAssertEqual(problems[TeamForm.Field.leader.position]?.zh, "没有叫“无名氏”的志愿者")
    }

    func testAFailedEnterNamesTheFieldByItsLabel() {
        var state = Fixture.state().after(.show(.teams)).0.after(.add).0
        state = state.typing("新队")
        for _ in 0..<TeamForm.Field.leader.position { state = state.after(.nextField).0 }
        state = state.typing("无名氏").after(.submit).0
        XCTAssertEqual(state.message?.text, "组长：没有叫“无名氏”的志愿者")
        guard case .form(let form) = state.mode else { return XCTFail("the form closed") }
        XCTAssertEqual(form.focus, TeamForm.Field.leader.position)
    }
}
