import XCTest
import ZhibanModel
import ZhibanStorage
@testable import ZhibanOutput

final class ChatNoticeTests: XCTestCase {
    private let day = SampleRoster.nextDay

    func testEveryTeamsMessageMatchesGolden() throws {
        let messages = try ChatNotice(roster: SampleRoster.make(), date: day).messages()
        Golden.assertMatches(messages.joined(separator: "\n\n") + "\n", named: "sample-notify.txt")
    }

    /// The heading names the day as seen from the day the message goes out.
    func testTheHeadingSaysTomorrowTodayOrNeither() throws {
        func heading(sentOn: LocalDate?) throws -> String? {
            try ChatNotice(roster: SampleRoster.make(), date: day, sentOn: sentOn).messages().first?.components(separatedBy: "\n").first
        }
        XCTAssertEqual(try heading(sentOn: nil), "【明日值班】4月8日 周五")
        XCTAssertEqual(try heading(sentOn: day.adding(days: -1)), "【明日值班】4月8日 周五")
        XCTAssertEqual(try heading(sentOn: day), "【今日值班】4月8日 周五")
        XCTAssertEqual(try heading(sentOn: day.adding(days: -3)), "【值班安排】4月8日 周五")
        XCTAssertEqual(ChatNotice(roster: SampleRoster.make(), date: day, sentOn: day).nothingPlannedLine, "今日无值班安排。")
        XCTAssertEqual(ChatNotice(roster: SampleRoster.make(), date: day, sentOn: day.adding(days: 5)).nothingPlannedLine, "当天无值班安排。")
    }

    func testMessageNamesDayCheckpointsShiftsLeadersFirstAndOpenPlaces() throws {
        var roster = SampleRoster.make()
        let index = roster.duties.firstIndex { $0.date == day && $0.checkpoint == "春谷新村南门" && $0.shift == "夜班" }!
        roster.duties[index].people = ["刘洋", "欧阳建国"]
        let message = try ChatNotice(roster: roster, date: day, team: "春谷值守组").messages()
        XCTAssertEqual(message, ["""
            【明日值班】4月8日 周五
            春谷值守组

            春谷新村南门
            · 白班 08:00–20:00：欧阳建国（组长）、张伟
            · 夜班 20:00–08:00(次日)：欧阳建国（组长）、刘洋

            江岸名邸南门
            · 白班 08:00–20:00：宋福艳，缺1人

            后备待命（机动组）：王强（队长）、陈静
            """])
    }

    func testReserveCalledInSeesWhereItStands() throws {
        let message = try ChatNotice(roster: SampleRoster.make(), date: day, team: "机动组").messages()
        XCTAssertEqual(message, ["""
            【明日值班】4月8日 周五
            机动组

            春谷新村南门
            · 夜班 20:00–08:00(次日)：王强（队长）、刘洋

            后备待命（机动组）：陈静
            """])
    }

    func testTeamWithNothingIsToldSoAndLeftOutOfTheFullList() throws {
        var roster = SampleRoster.make()
        roster.teams.append(Team(name: "宣传组", kind: "宣传组"))
        XCTAssertEqual(try ChatNotice(roster: roster, date: day, team: "宣传组").messages(),
                       ["【明日值班】4月8日 周五\n宣传组\n明日无值班安排。"])
        XCTAssertFalse(try ChatNotice(roster: roster, date: day).messages().contains { $0.contains("宣传组") })
    }

    func testReserveTeamWithNoDutyOfItsOwnIsToldItIsOnCall() throws {
        var roster = SampleRoster.make()
        roster.duties.removeAll { $0.date == day && $0.people.contains("王强") }
        let message = try ChatNotice(roster: roster, date: day, team: "机动组").messages()
        XCTAssertEqual(message, ["""
            【明日值班】4月8日 周五
            机动组

            后备待命（机动组）：王强（队长）、陈静
            支援卡口：天瑞城市花园南门、春谷新村南门、江岸名邸南门
            """])
        XCTAssertTrue(try ChatNotice(roster: roster, date: day).messages().contains(message[0]),
                      "the reserve's message is in the full list too")
    }

    func testCombinedMessageHasEveryCheckpointAndReserveOnceUnderTheTitle() {
        let message = ChatNotice(roster: SampleRoster.make(), date: day).combinedMessages()
        XCTAssertEqual(message, ["""
            【明日值班】4月8日 周五
            春谷社区疫情防控值班表

            天瑞城市花园南门
            · 白班 08:00–20:00：夏红文（组长）、李Anna
            · 夜班 20:00–08:00(次日)：于世、毛瑩建

            春谷新村南门
            · 白班 08:00–20:00：欧阳建国（组长）、张伟
            · 夜班 20:00–08:00(次日)：王强（队长）、刘洋

            江岸名邸南门
            · 白班 08:00–20:00：宋福艳，缺1人

            后备待命（机动组）：陈静
            """])
    }

    func testClosingLineFromTheRosterEndsEveryMessageAndItsLastPart() throws {
        var roster = SampleRoster.make()
        roster.settings.notifyClosing = "请提前10分钟到岗，做好个人防护。"
        let closing = "\n\n请提前10分钟到岗，做好个人防护。"
        let messages = try ChatNotice(roster: roster, date: day).messages()
        XCTAssertEqual(messages.count, 3)
        for message in messages { XCTAssertTrue(message.hasSuffix("：陈静" + closing), message) }
        XCTAssertTrue(ChatNotice(roster: roster, date: day).combinedMessages()[0].hasSuffix("：陈静" + closing))
        let parts = try ChatNotice(roster: roster, date: day, team: "春谷值守组", limit: 100).messages()
        XCTAssertGreaterThan(parts.count, 1)
        XCTAssertTrue(parts.last!.hasSuffix(closing), parts.last!)
        XCTAssertFalse(parts.dropLast().contains { $0.contains("请提前") })
    }

    func testADayWithNobodyOnDutyIsNothingPlanned() {
        XCTAssertFalse(ChatNotice(roster: SampleRoster.make(), date: day).nothingPlanned)
        XCTAssertTrue(ChatNotice(roster: SampleRoster.make(), date: day.adding(days: 1)).nothingPlanned)
    }

    /// Told from the duties as the staffing shows them: empty duties plan nothing; someone at a
    /// checkpoint the roster does not define is still someone on duty (the notice lists them).
    func testNothingPlannedAgreesWithTheStaffing() {
        var roster = SampleRoster.make()
        let later = day.adding(days: 1)
        roster.duties.append(Duty(date: later, shift: "白班", checkpoint: roster.checkpoints[0].name, people: []))
        XCTAssertTrue(ChatNotice(roster: roster, date: later).nothingPlanned)
        roster.duties.append(Duty(date: later, shift: "白班", checkpoint: "未定义的门", people: [roster.volunteers[0].name]))
        XCTAssertFalse(ChatNotice(roster: roster, date: later).nothingPlanned)
        XCTAssertTrue(StaffingIndex(roster: roster).staffing(on: later).contains { !$0.people.isEmpty })
    }

    func testUnknownTeamIsAnError() {
        XCTAssertThrowsError(try ChatNotice(roster: SampleRoster.make(), date: day, team: "无此队").messages()) {
            XCTAssertEqual($0 as? OutputError, .unknownTeam("无此队"))
        }
    }

    func testLongMessageIsSplitIntoNumberedPartsWithinTheLimit() throws {
        let roster = try PlannedExample.roster(.chungu)
        let team = roster.checkpoints[0].keepers[0]
        let whole = try ChatNotice(roster: roster, date: PlannedExample.day, team: team).messages()
        XCTAssertEqual(whole.count, 1)
        let parts = try ChatNotice(roster: roster, date: PlannedExample.day, team: team, limit: 100).messages()
        XCTAssertGreaterThan(parts.count, 1)
        for (number, part) in parts.enumerated() {
            XCTAssertLessThanOrEqual(part.count, 100, part)
            XCTAssertTrue(part.hasPrefix("(\(number + 1)/\(parts.count)) 【明日值班】4月7日 周四\n\(team)\n"), part)
        }
        // Together the parts hold every line of the whole message, in order.
        let wholeBody = whole[0].components(separatedBy: "\n").dropFirst(2).filter { !$0.isEmpty }
        let partBodies = parts.flatMap { $0.components(separatedBy: "\n").dropFirst(2) }.filter { !$0.isEmpty }
        XCTAssertEqual(partBodies, wholeBody)
    }

    func testSplitterCutsAnOverlongLineAndNeverExceedsTheLimit() {
        let parts = ChatMessageSplitter(limit: 100).split(header: ["标题"], body: [String(repeating: "长", count: 250)])
        XCTAssertEqual(parts.count, 3)
        XCTAssertTrue(parts.allSatisfy { $0.count <= 100 })
        XCTAssertEqual(parts.map { $0.components(separatedBy: "\n")[1] }.joined(), String(repeating: "长", count: 250))
    }

    func testPlainTextWithoutMarkupOrControlCharacters() throws {
        let messages = try ChatNotice(roster: Hostile.roster(), date: SampleRoster.day).messages()
        let text = messages.joined()
        XCTAssertFalse(text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        XCTAssertFalse(text.contains("**") || text.contains("# ") || text.contains("<br"))
    }
}
