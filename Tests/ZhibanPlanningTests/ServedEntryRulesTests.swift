import XCTest
import ZhibanModel
import ZhibanPlanning

/// What may be entered in the served record and the event it becomes (the rules `zhiban record`
/// and the day board share), and the plan's rules a substitute or an extra person breaks.
final class ServedEntryRulesTests: XCTestCase {
    private typealias B = RosterBuilder
    private let white = Slot(date: B.date("2022-04-01"), shift: "白班", checkpoint: "南门")
    private let night = Slot(date: B.date("2022-04-01"), shift: "夜班", checkpoint: "南门")

    /// 南门: 白班 08–20 (甲1, 甲2) and 夜班 20–08 (甲3, 甲4) on 4月1日; 乙1 in the reserve team.
    private func rules(_ events: [ServedEvent] = [], today: String = "2022-04-01", now: Int? = nil) -> ServedEntryRules {
        let roster = B.roster(checkpoints: [B.gate("南门", keepers: ["甲队"], reserve: "乙队")],
                              volunteers: B.people("甲", 4, team: "甲队") + B.people("乙", 1, team: "乙队"),
                              duties: [B.duty("2022-04-01", "白班", "南门", ["甲1", "甲2"]), B.duty("2022-04-01", "夜班", "南门", ["甲3", "甲4"])])
        return ServedEntryRules(roster, record: ServedRecord(events), today: B.date(today), now: now)
    }

    /// The minute `time` on `date`, as `TimeSpan` counts.
    private func minute(_ date: String, _ time: String) -> Int {
        B.date(date).dayNumber * 1440 + ClockTime(parsing: time)!.minutes
    }

    func testADayClosesOnlyOnceItsLastShiftHasEnded() throws {
        func closeRefusal(at now: Int) -> String? {
            do {
                _ = try rules(now: now).close(B.date("2022-04-01"), recordedAt: "", recordedBy: "")
                return nil
            } catch {
                return error.message.zh
            }
        }
        // 白班 08–20 is under way at noon, 夜班 20–08 runs into the next morning.
        XCTAssertEqual(closeRefusal(at: minute("2022-04-01", "12:00")),
                       "2022-04-01 还有班没结束：白班（08:00–20:00）、夜班（20:00–08:00(次日)）；结束以后才能确认当天（已到岗的可以先逐个记到岗）")
        XCTAssertEqual(closeRefusal(at: minute("2022-04-01", "23:00")),
                       "2022-04-01 还有班没结束：夜班（20:00–08:00(次日)）；结束以后才能确认当天（已到岗的可以先逐个记到岗）")
        XCTAssertEqual(closeRefusal(at: minute("2022-04-02", "07:59"))?.hasPrefix("2022-04-01 还有班没结束：夜班"), true)
        XCTAssertNil(closeRefusal(at: minute("2022-04-02", "08:00")))
        // Without a clock (a caller that cannot tell the time) nothing waits.
        XCTAssertNoThrow(try rules().close(B.date("2022-04-01"), recordedAt: "", recordedBy: ""))
    }

    private func event(_ rules: ServedEntryRules, _ slot: Slot, _ person: String, _ report: ServedReport,
                       reason: String = "") throws -> ServedEvent {
        try rules.event(on: slot, person: person, report, reason: reason, recordedAt: "2022-04-01 21:00:00", recordedBy: "王书记")
    }

    private func refusal(_ rules: ServedEntryRules, _ slot: Slot, _ person: String, _ report: ServedReport) -> String? {
        do {
            _ = try event(rules, slot, person, report)
            return nil
        } catch {
            return (error as? ServedEntryRefusal)?.message.zh
        }
    }

    func testTheEventCarriesWhoEnteredItWhenAndWhatHappened() throws {
        let replaced = try event(rules(), white, "甲1", .replaced(by: "乙1"), reason: "  发烧 ")
        XCTAssertEqual(replaced, ServedEvent(recordedAt: "2022-04-01 21:00:00", recordedBy: "王书记", date: white.date, shift: "白班",
                                             checkpoint: "南门", person: "甲1", kind: .replaced, substitute: "乙1", text: "发烧"))
        let late = try event(rules(), white, "甲2", .arrived(ClockTime(parsing: "9:30")!))
        XCTAssertEqual(late.kind, .arrived)
        XCTAssertEqual(late.time, ClockTime(parsing: "09:30"))
    }

    func testWhatCannotHaveHappenedIsRefused() {
        let rules = rules()
        XCTAssertEqual(refusal(self.rules(today: "2022-03-31"), white, "甲1", .served)?.hasPrefix("2022-04-01 还没到"), true)
        XCTAssertEqual(refusal(rules, white, "甲3", .served)?.hasPrefix("甲3 没有排在 2022-04-01 白班 南门 上（排的是：甲1、甲2）"), true)
        XCTAssertEqual(refusal(rules, white, "甲1", .extra)?.hasPrefix("甲1 本来就排在"), true)
        XCTAssertEqual(refusal(rules, white, "无名氏", .served), "“无名氏”不在 volunteers.csv 里")
        XCTAssertEqual(refusal(rules, white, "甲1", .replaced(by: "甲2")), "甲2 已经排在 2022-04-01 白班 南门 上，不能替 甲1")
        XCTAssertEqual(refusal(rules, white, "甲1", .replaced(by: "无名氏")), "替班人“无名氏”不在 volunteers.csv 里")
        XCTAssertEqual(refusal(rules, white, "甲1", .left(ClockTime(parsing: "21:00")!))?.hasPrefix("21:00 不在 白班"), true)
        XCTAssertThrowsError(try rules.note(on: white, "  ", recordedAt: "", recordedBy: ""))
        XCTAssertThrowsError(try rules.close(B.date("2022-04-02"), recordedAt: "", recordedBy: ""))
    }

    func testASubstituteOrExtraMayHaveTimesRecordedOnceTheyStood() throws {
        let time = ServedReport.left(ClockTime(parsing: "18:00")!)
        XCTAssertNotNil(refusal(rules(), white, "乙1", time))
        let stood = try event(rules(), white, "甲1", .replaced(by: "乙1"))
        XCTAssertNil(refusal(rules([stood]), white, "乙1", time))
    }

    func testClosingCountsThePeopleWithNothingRecorded() throws {
        let absent = try event(rules(), white, "甲1", .absent)
        let closing = rules([absent]).closing(white.date)
        XCTAssertEqual(closing.duties, 2)
        XCTAssertEqual(closing.people, 4)
        XCTAssertEqual(closing.unrecorded, 3)
    }

    func testASubstituteOnTheNextShiftIsWarnedOfTooLittleRestButNotRefused() throws {
        let rules = rules()
        let event = try event(rules, white, "甲1", .replaced(by: "甲3"))
        let warnings = rules.ruleWarnings(for: event)
        XCTAssertEqual(warnings.first?.zh.hasPrefix("甲3 替 甲1（2022-04-01 白班 南门）违反 休息不足："), true, "\(warnings)")
        XCTAssertEqual(warnings.first?.en.hasPrefix("甲3 standing in for 甲1 (2022-04-01 白班 南门) breaks too little rest: "), true)
        XCTAssertEqual(rules.ruleWarnings(for: try self.event(rules, white, "甲1", .replaced(by: "乙1"))), [])
        XCTAssertEqual(rules.ruleWarnings(for: try self.event(rules, white, "甲1", .absent)), [])
    }

    func testWhatWasServedNearbyCountsNotOnlyThePlan() throws {
        // 乙1 stood the night for 甲3: an extra day shift for 乙1 then leaves no rest, though the
        // plan has 乙1 nowhere.
        let night = try event(rules(), night, "甲3", .replaced(by: "乙1"))
        let rules = rules([night])
        let extra = try event(rules, white, "乙1", .extra)
        let warnings = rules.ruleWarnings(for: extra).map(\.zh)
        XCTAssertTrue(warnings.contains { $0.hasPrefix("乙1 加班（2022-04-01 白班 南门）违反 休息不足：") }, "\(warnings)")
        XCTAssertEqual(self.rules().ruleWarnings(for: extra), [], "by the plan alone, 乙1 is free")
        // 甲3 was replaced, so 甲3 standing in on the day shift breaks nothing.
        XCTAssertEqual(rules.ruleWarnings(for: try event(rules, white, "甲1", .replaced(by: "甲3"))), [])
    }
}
