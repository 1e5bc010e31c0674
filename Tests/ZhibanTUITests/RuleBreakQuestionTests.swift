import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// Assigning or swapping someone into a rule break names the rule and asks first; y does it
/// anyway (the board then marks it `!`), n leaves the roster as it was.
final class RuleBreakQuestionTests: XCTestCase {
    private let start = Fixture.state()
    private let dayShift = Slot(date: Fixture.day, shift: "白班", checkpoint: "天瑞城市花园南门")

    func testAssigningIntoABreakNamesTheRuleAndAsks() {
        let asked = start.after(.assign).0.typing("zw").after(.submit).0
        guard case .confirm(let question) = asked.mode else { return XCTFail("no question: \(asked.mode)") }
        XCTAssertEqual(question.answers, [.yes, .no])
        XCTAssertEqual(asked.roster, Fixture.roster, "nothing is done before the answer")
        let text = question.text.zh
        XCTAssertTrue(text.hasPrefix("张伟 → 天瑞城市花园南门 白班：违反 休息不足、每日时长超限。y 仍然安排（标 !），n 取消 — "), text)
        XCTAssertTrue(text.contains("在 2022-04-07 天瑞城市花园南门 夜班 之前只休息 0 小时（至少 8 小时）"), text)
        XCTAssertTrue(RootView.render(asked).text.contains("张伟 → 天瑞城市花园南门 白班：违反 休息不足"))
    }

    func testYesDoesItAnywayMarkedAndNoLeavesTheRosterAlone() {
        let asked = start.after(.assign).0.typing("zw").after(.submit).0
        let done = asked.after(.answer(.yes)).0
        XCTAssertEqual(done.roster.duty(at: dayShift)?.people, ["张伟", "李强"])
        XCTAssertEqual(done.message?.text, "排班：张伟 → 4月7日 白班 天瑞城市花园南门（违反规则，已标 !）")
        XCTAssertTrue(RootView.render(done).text.contains("!张伟"))  // in a whole-pinned cell: no = of its own
        let refused = asked.after(.answer(.no)).0
        XCTAssertEqual(refused.roster, Fixture.roster)
        XCTAssertFalse(refused.isDirty)
        XCTAssertEqual(refused.message?.text, "未安排")
    }

    func testASwapIntoABreakAsksAndNamesBothPeople() {
        let asked = start.after(.swapOrMove, .moveDown, .swapOrMove).0
        guard case .confirm(let question) = asked.mode else { return XCTFail("no question") }
        XCTAssertTrue(question.text.zh.hasPrefix("王中理 → 春谷新村南门 白班：违反 非值守队伍；陈明 → 天瑞城市花园南门 白班：违反 非值守队伍。"),
                      question.text.zh)
        XCTAssertTrue(question.text.en.hasPrefix("王中理 → 春谷新村南门 白班 breaks not a keeper; 陈明 → 天瑞城市花园南门 白班 breaks not a keeper. y: do it anyway"),
                      question.text.en)
        XCTAssertEqual(asked.roster, Fixture.roster)
    }

    func testAnAssignmentBreakingNothingIsDoneWithoutAQuestion() {
        let done = start.after(.moveRight, .moveRight, .moveRight, .assign).0.typing("wm").after(.submit).0
        guard case .normal = done.mode else { return XCTFail("asked: \(done.mode)") }
        XCTAssertEqual(done.message?.text, "排班：吴敏 → 4月7日 夜班 天瑞城市花园南门")
        XCTAssertTrue(RootView.render(done).text.contains("张伟 =+吴敏"), "placed by hand (from the reserve), so marked =")
    }
}
