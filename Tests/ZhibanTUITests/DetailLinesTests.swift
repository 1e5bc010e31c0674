import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// The whole text of the row under the cursor, where a list row is cut at the screen edge:
/// Problems, the pick list, and the day board's detail line.
final class DetailLinesTests: XCTestCase {
    private func lines(_ state: AppState) -> [String] {
        RootView.render(state).text.components(separatedBy: "\n")
    }

    func testProblemsShowTheWholeExplanationOfTheRowUnderTheCursorWrapped() {
        // The third row: 天瑞城市花园南门 夜班's empty place (李强's rest and long day come first).
        let problems = Fixture.state().after(.show(.problems), .moveDown, .moveDown).0
        let screen = lines(problems)
        // The row is cut at the edge; its last clause shows in the detail below.
        XCTAssertFalse(screen[5].contains("吴敏 不是党员"), screen[5])
        XCTAssertTrue(screen.contains { $0.contains("吴敏 不是党员") }, screen.joined(separator: "\n"))
        let narrow = lines(Fixture.state(width: 60, height: 18).after(.show(.problems), .moveDown, .moveDown).0)
        XCTAssertTrue(narrow.contains { $0.hasPrefix(" 排 1 人（还缺 1 名党员）") }, narrow.joined(separator: "\n"))
    }

    func testThePickListShowsTheChosenPersonsPhoneAndEveryRuleTheyWouldBreak() {
        let list = Fixture.state().after(.assign).0
        guard case .pickList(let pick) = list.mode else { return XCTFail("no pick list") }
        let chosen = list.roster.volunteers[pick.candidates[pick.selection]]
        XCTAssertTrue(lines(list).contains { $0.contains(chosen.name) && $0.contains(chosen.phone) })
    }

    func testTheDayBoardSaysWhoIsUnderTheCursorAndTheRulesTheyBreakInFull() throws {
        let board = Fixture.state()
        XCTAssertEqual(lines(board)[28], " 王中理（党员）  17010000001  南门值守组  组长  技能：登记")
        var problems = Fixture.state().after(.show(.problems)).0
        while let entry = problems.problems.list?.value.entries[safe: problems.problems.cursor.row], !(entry.isBreak && entry.person == "李强") {
            problems = problems.after(.moveDown).0
        }
        let onLi = problems.after(.openDay).0
        let status = lines(onLi)[28]
        XCTAssertTrue(status.hasPrefix(" 李强（党员）  17010000002  南门值守组  !"), status)
        XCTAssertTrue(status.contains("之前只休息"), status)  // his day shift, before his night at 春谷新村南门
    }

    func testTheDetailLineAlsoSaysWhatIsWrongWithTheShiftAsAWhole() throws {
        // 天瑞城市花园南门 夜班 on 4月7日 with two people and no party member among them.
        var roster = Fixture.roster
        let night = try XCTUnwrap(roster.duties.firstIndex { $0.date == Fixture.day && $0.shift == "夜班" && $0.checkpoint == "天瑞城市花园南门" })
        roster.duties[night].people = ["张伟", "刘芳芳"]
        let state = AppState(roster: roster, today: Fixture.day, language: .zh).pressing(.right, .right)
        XCTAssertEqual(state.dayBoard.cell(at: state.day.cursor)?.places[state.day.cursor.place].person, "张伟")
        let status = lines(state)[28]
        XCTAssertTrue(status.hasPrefix(" 张伟  17010000003  南门值守组  !"), status)
        XCTAssertTrue(status.contains("党员"), status)
    }

    func testWrappingKeepsLatinWordsWholeAndBreaksChineseAnywhere() {
        XCTAssertEqual(TextWrapping.lines("short-handed: needs 2, has 1", columns: 12), ["short-handed", ": needs 2,", "has 1"])
        XCTAssertEqual(TextWrapping.lines("需要两人已排一人", columns: 7), ["需要两", "人已排", "一人"])
        XCTAssertEqual(TextWrapping.lines("", columns: 5), [""])
    }
}
