import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// One key on the day board: the person under the cursor cannot serve from a date (to a date),
/// with a reason; they come off those duties, the re-plan preview proposes who stands in, and
/// Enter applies it all as one undoable step.
final class SickCallTests: XCTestCase {
    private typealias F = Fixture
    /// The cursor on 李强 (天瑞城市花园南门 白班, second place).
    private let onLiQiang = Fixture.state().after(.moveRight).0

    private func duties(of person: String, in roster: Roster) -> [Slot] {
        roster.duties.filter { $0.people.contains(person) }.map(\.slot)
    }

    /// 李强 cannot serve 4-7 to 4-8 (typed without a year), because of a fever.
    private func calledIn() -> AppState {
        var state = onLiQiang.pressing(.character("b"))
        state = state.after(.nextField, .text(.clear)).0.typing("4-8").after(.nextField).0.typing("发烧")
        return state.after(.submit).0
    }

    func testTheKeyOpensAFormForThePersonUnderTheCursorFromTheDateShown() {
        let form = onLiQiang.pressing(.character("b"))
        guard case .form(let opened) = form.mode else { return XCTFail("no form: \(form.mode)") }
        XCTAssertEqual((opened.model as? SickCallForm)?.person, "李强")
        XCTAssertEqual(opened.values, ["2022-04-07", "2022-04-07", ""])
        XCTAssertTrue(RootView.render(form).text.contains("李强 不能值班"))
        let empty = F.state().after(.last).0.pressing(.character("b"))
        guard case .normal = empty.mode else { return XCTFail("a form on an empty place") }
        XCTAssertEqual(empty.message?.kind, .error)
    }

    func testTheCallTakesThemOffThoseDaysAndPreviewsTheStandIns() {
        let previewing = calledIn()
        guard case .replanPreview(let preview) = previewing.mode else { return XCTFail("no preview: \(previewing.mode)") }
        XCTAssertEqual(previewing.roster, F.roster, "nothing changes before Enter")
        XCTAssertEqual(preview.lines.first, "李强 不能值班 2022-04-07~2022-04-08（发烧）：撤下 3 个班，下面是替班安排")
        XCTAssertTrue(preview.lines.contains { $0.hasPrefix("新增") && $0.contains("春谷新村南门") }, preview.lines.joined(separator: "\n"))
        let done = previewing.after(.submit).0
        XCTAssertEqual(duties(of: "李强", in: done.roster), [], "off every duty of 4-7 and 4-8")
        let liQiang = done.roster.volunteers.first { $0.name == "李强" }!
        XCTAssertEqual(liQiang.unavailable, [.dates(F.day, through: F.nextDay)])
        XCTAssertEqual(liQiang.note, "2022-04-07~2022-04-08 发烧")
        XCTAssertEqual(done.roster.duty(at: Slot(date: F.nextDay, shift: "白班", checkpoint: "天瑞城市花园南门"))?.people.count, 2,
                       "his place on 4-8 is taken by someone else")
        XCTAssertEqual(done.message?.text, "李强 不能值班 2022-04-07~2022-04-08（发烧）")
        let undone = done.after(.undo).0
        XCTAssertEqual(undone.roster, F.roster, "one undoable step")
        XCTAssertFalse(undone.isDirty)
    }

    func testEscInThePreviewChangesNothing() {
        let dropped = calledIn().after(.cancel).0
        XCTAssertEqual(dropped.roster, F.roster)
        XCTAssertFalse(dropped.isDirty)
        XCTAssertEqual(dropped.message?.text, "已放弃，没有改动：李强 不能值班 2022-04-07~2022-04-08（发烧）")
    }

    func testAnOpenCallTakesThemOffEveryLaterDuty() {
        let state = onLiQiang.pressing(.character("b")).after(.nextField, .text(.clear), .submit).0
        guard case .replanPreview = state.mode else { return XCTFail("no preview: \(state.mode)") }
        let done = state.after(.submit).0
        XCTAssertEqual(duties(of: "李强", in: done.roster), [])
        XCTAssertEqual(done.roster.volunteers.first { $0.name == "李强" }?.unavailable, [.dates(F.day, through: nil)])
    }

    func testABadDateStaysInTheFormAndSaysWhy() {
        let state = onLiQiang.pressing(.character("b")).after(.nextField, .text(.clear)).0.typing("4-3").after(.submit).0
        guard case .form(let form) = state.mode else { return XCTFail("the form closed") }
        XCTAssertEqual(form.errors[1]?.zh, "不能早于开始日期")
    }
}
