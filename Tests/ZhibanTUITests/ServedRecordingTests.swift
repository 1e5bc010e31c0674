import XCTest
import ZhibanModel
import ZhibanPlanning
@testable import ZhibanTUI

/// The day board's served keys: each outcome becomes the event the edge appends (who and when
/// filled in there), by the rules `zhiban record` uses; what cannot be recorded is refused with
/// nothing asked of the edge; the record read back marks the board.
final class ServedRecordingTests: XCTestCase {
    private let start = Fixture.state()
    private let dayShift = Slot(date: Fixture.day, shift: "白班", checkpoint: "天瑞城市花园南门")
    private let nightShift = Slot(date: Fixture.day, shift: "夜班", checkpoint: "天瑞城市花园南门")

    /// The events of the one `recordServed` effect.
    private func recorded(_ effects: [Effect], file: StaticString = #filePath, line: UInt = #line) -> [ServedEvent] {
        let events = effects.compactMap { effect -> [ServedEvent]? in
            if case .recordServed(let events) = effect { return events }
            return nil
        }
        XCTAssertEqual(events.count, 1, "one append asked for: \(effects)", file: file, line: line)
        return events.first ?? []
    }

    /// What the edge answers after appending: the events stamped, the record read back.
    private func written(_ state: AppState, _ events: [ServedEvent], before: [ServedEvent] = []) -> AppState {
        let stamped = events.map { event -> ServedEvent in
            var event = event
            event.recordedAt = "2022-04-07 21:00:00"
            event.recordedBy = "王书记"
            return event
        }
        return state.after(.servedRecorded(events: stamped, record: ServedRecord(before + stamped), error: nil)).0
    }

    func testServedIsRecordedForThePersonUnderTheCursorAndMarkedOnTheBoard() {
        let (asked, effects) = start.after(.record(.served))
        let events = recorded(effects)
        XCTAssertEqual(events, [ServedEvent(recordedAt: "", recordedBy: "", date: Fixture.day, shift: "白班", checkpoint: "天瑞城市花园南门",
                                            person: "王中理", kind: .served)], "who and when are the edge's to fill in")
        XCTAssertFalse(RootView.render(asked).text.contains("王中理*^✓"), "not marked before it is written")
        let done = written(asked, events)
        XCTAssertEqual(done.message?.text, "已记录：2022-04-07 白班 天瑞城市花园南门 王中理 到岗 → served/2022-04.csv（记录人 王书记）")
        XCTAssertTrue(RootView.render(done).text.contains("王中理*^✓"))
        XCTAssertFalse(done.isDirty, "the record is not an edit of the roster")
    }

    func testAbsentAsksTheReason() {
        let form = start.after(.moveRight).0.after(.record(.absent)).0
        guard case .form(let open) = form.mode else { return XCTFail("no form: \(form.mode)") }
        XCTAssertEqual(open.model.title.zh, "缺岗：李强，2022-04-07 白班 天瑞城市花园南门")
        let events = recorded(form.typing("发烧").after(.submit).1)
        XCTAssertEqual(events.map(\.kind), [.absent])
        XCTAssertEqual(events.map(\.person), ["李强"])
        XCTAssertEqual(events.map(\.text), ["发烧"])
    }

    func testReplacedChoosesTheSubstituteFromThePickListThenAsksWhyAndWarnsOfARuleBroken() {
        // 张伟 on the night shift; 赵刚 is at 春谷新村南门 until 20:00, so standing in leaves him no rest.
        let night = start.after(.moveRight, .moveRight).0
        let list = night.after(.record(.replaced)).0
        guard case .pickList(let pick) = list.mode else { return XCTFail("no pick list: \(list.mode)") }
        XCTAssertEqual(pick.purpose, .substitute(for: "张伟"))
        let shown = RootView.render(list).text
        XCTAssertTrue(shown.contains("替班：谁替了 张伟 — 4月7日 周四 夜班 天瑞城市花园南门"), shown)
        let form = list.typing("zg").after(.submit).0
        guard case .form(let open) = form.mode else { return XCTFail("no reason form: \(form.mode)") }
        XCTAssertEqual(open.model.title.zh, "替班：赵刚 替 张伟，2022-04-07 夜班 天瑞城市花园南门")
        let submitted = form.typing("换班").after(.submit)
        let events = recorded(submitted.1)
        XCTAssertEqual(events.map(\.substitute), ["赵刚"])
        XCTAssertEqual(events.map(\.text), ["换班"])
        let done = written(submitted.0, events)
        XCTAssertEqual(done.message?.kind, .error)
        XCTAssertTrue(done.message?.text.contains("警告：赵刚 替 张伟（2022-04-07 夜班 天瑞城市花园南门）违反 休息不足") == true,
                      done.message?.text ?? "")
        XCTAssertTrue(RootView.render(done).text.contains("张伟>赵刚"))
    }

    func testTheSubstitutesPickListReadsTheDutiesAsServed() {
        let night = start.after(.moveRight, .moveRight).0
        func zhaoGangRow(_ state: AppState) -> String? {
            RootView.render(state.after(.record(.replaced)).0).text.components(separatedBy: "\n").first { $0.contains("赵刚") }
        }
        XCTAssertEqual(zhaoGangRow(night)?.contains("!在 2022-04-07 春谷新村南门 白班 之后只休"), true, zhaoGangRow(night) ?? "")
        // 赵刚 did not come to 春谷新村南门's day shift: he is rested for the night.
        let absent = ServedEvent(recordedAt: "", recordedBy: "", date: Fixture.day, shift: "白班", checkpoint: "春谷新村南门",
                                 person: "赵刚", kind: .absent)
        let row = zhaoGangRow(written(night, [absent]))
        XCTAssertNotNil(row)
        XCTAssertEqual(row?.contains("!"), false, row ?? "")
    }

    func testActualTimesAndAnExtraPersonAndAHandoverNote() {
        let times = start.after(.record(.times)).0
        XCTAssertEqual(recorded(times.typing("9:15").after(.submit).1).map(\.time), [ClockTime(parsing: "09:15")])
        let badTime = times.typing("21:00").after(.submit)
        XCTAssertTrue(badTime.1.isEmpty, "outside the shift: the form says so")
        let extra = start.after(.record(.extra)).0.typing("zg").after(.submit).1
        XCTAssertEqual(recorded(extra).map(\.kind), [.extra])
        XCTAssertEqual(recorded(extra).map(\.person), ["赵刚"])
        let note = start.after(.record(.note)).0.typing("测温枪没电了").after(.submit).1
        XCTAssertEqual(recorded(note).map(\.kind), [.note])
        XCTAssertEqual(recorded(note).map(\.text), ["测温枪没电了"])
        XCTAssertEqual(recorded(note).map(\.slot), [dayShift])
    }

    func testClosingTheDayAsksFirstAndThenMarksEveryoneUnrecordedAsServed() {
        let asked = start.after(.record(.closeDay)).0
        guard case .confirm(let question) = asked.mode else { return XCTFail("no question: \(asked.mode)") }
        XCTAssertEqual(question.text.zh, "确认 2022-04-07：5 个班 7 人次，没有记录的 7 人次按到岗计。y 确认，n 取消")
        XCTAssertTrue(asked.after(.answer(.no)).1.isEmpty)
        let events = recorded(asked.after(.answer(.yes)).1)
        XCTAssertEqual(events.map(\.kind), [.close])
        let closed = written(asked.after(.answer(.yes)).0, events)
        let board = RootView.render(closed).text
        XCTAssertTrue(board.contains("王中理*^✓") && board.contains("张伟✓"), board)
        XCTAssertEqual(closed.after(.record(.closeDay)).0.message?.text, "2022-04-07 已经确认过了")
        let typed = start.after(.openCommandLine).0.typing("close").after(.submit).0
        guard case .confirm(.closeDay) = typed.mode else { return XCTFail(":close does not ask: \(typed.mode)") }
    }

    func testTheDayClosesOnlyOnceItsShiftsHaveEndedByTheClock() {
        func at(_ date: String, _ time: String) -> AppState {
            var state = start
            let minute = LocalDate(parsing: date)!.dayNumber * 1440 + ClockTime(parsing: time)!.minutes
            state.clock = { minute }
            return state
        }
        let noon = at("2022-04-07", "12:00").after(.record(.closeDay))
        XCTAssertTrue(noon.1.isEmpty, "nothing asked of the edge")
        guard case .normal = noon.0.mode else { return XCTFail("no question is asked: \(noon.0.mode)") }
        XCTAssertEqual(noon.0.message?.kind, .error)
        XCTAssertEqual(noon.0.message?.text.hasPrefix("2022-04-07 还有班没结束：白班（08:00–20:00）、夜班（20:00–08:00(次日)）"), true,
                       noon.0.message?.text ?? "")
        let typed = at("2022-04-07", "12:00").after(.openCommandLine).0.typing("close").after(.submit).0
        guard case .normal = typed.mode else { return XCTFail(":close waits too: \(typed.mode)") }
        let close = ServedEvent(recordedAt: "", recordedBy: "", date: Fixture.day, kind: .close)
        XCTAssertEqual(written(at("2022-04-07", "12:00"), [close]).after(.record(.closeDay)).0.message?.text, "2022-04-07 已经确认过了",
                       "a day closed already says so first")
        guard case .confirm(.closeDay) = at("2022-04-08", "08:00").after(.record(.closeDay)).0.mode else {
            return XCTFail("the night shift has ended: closing asks")
        }
        // The clock past midnight moves today on: the next day's duties can be recorded.
        XCTAssertEqual(recorded(at("2022-04-08", "09:00").after(.nextDay, .record(.served)).1).map(\.kind), [.served])
    }

    func testADateToComeAndReadOnlyModeAreRefusedWithNothingWritten() {
        let tomorrow = start.after(.nextDay, .record(.served))
        XCTAssertTrue(tomorrow.1.isEmpty)
        XCTAssertEqual(tomorrow.0.message?.text, "2022-04-08 还没到（今天是 2022-04-07）：只能记录今天或以前的班")
        let readOnly = Fixture.state(readOnly: true).after(.record(.served))
        XCTAssertTrue(readOnly.1.isEmpty)
        XCTAssertEqual(readOnly.0.message?.kind, .error)
        let nobody = start.after(.moveRight, .moveRight, .moveRight, .record(.served))
        XCTAssertTrue(nobody.1.isEmpty, "an empty place")
        XCTAssertEqual(nobody.0.message?.text, "这里没有人：把光标放在值班的人身上")
    }

    func testAFailedAppendIsSaidAndTheBoardKeepsTheRecordItHad() {
        let failed = start.after(.servedRecorded(events: [], record: nil, error: Localized("没有记录：磁盘已满", "Nothing recorded: disk full"))).0
        XCTAssertEqual(failed.message?.text, "没有记录：磁盘已满")
        let unreadable = start.after(.servedLoaded(record: nil, error: Localized("served/2022-04.csv:3: 日期无效", "served/2022-04.csv:3: bad date"))).0
        XCTAssertEqual(unreadable.message?.text, "值班实绩（served/）读不了：served/2022-04.csv:3: 日期无效")
    }

    func testAReloadReadsTheServedRecordAgain() {
        XCTAssertEqual(start.after(.reloadFinished(roster: Fixture.roster, error: nil)).1, [.loadServed])
    }
}
