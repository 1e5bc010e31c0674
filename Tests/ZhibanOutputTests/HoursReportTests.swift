import XCTest
import ZhibanModel
import ZhibanOutput
import ZhibanPlanning

/// The 志愿服务时数一览表 from a frozen roster and record (not the planner), compared with golden
/// files; hostile names escaped in every format; handover notes under the printed sheet.
final class HoursReportTests: XCTestCase {
    /// 4月7日 closed, with one of each outcome; 4月8日 open, with one absence recorded.
    static func record() -> ServedRecord {
        let day = SampleRoster.day, next = SampleRoster.nextDay
        func event(_ date: LocalDate, _ shift: String, _ gate: String, _ person: String, _ kind: ServedEventKind,
                   substitute: String = "", time: String? = nil, text: String = "") -> ServedEvent {
            ServedEvent(recordedAt: "2022-04-09 09:00:00", recordedBy: "王书记", date: date, shift: shift, checkpoint: gate,
                        person: person, kind: kind, substitute: substitute, time: time.map { ClockTime(parsing: $0)! }, text: text)
        }
        return ServedRecord([
            event(day, "夜班", "天瑞城市花园南门", "于世", .replaced, substitute: "陈静", text: "发烧"),
            event(day, "白班", "春谷新村南门", "张伟", .absent, text: "家中有事"),
            event(day, "白班", "天瑞城市花园南门", "李Anna", .arrived, time: "09:30"),
            event(day, "夜班", "春谷新村南门", "刘洋", .left, time: "06:00"),
            event(day, "白班", "江岸名邸南门", "王强", .extra),
            event(day, "夜班", "天瑞城市花园南门", "", .note, text: "北侧栏杆松了，已报物业"),
            ServedEvent(recordedAt: "2022-04-09 09:05:00", recordedBy: "王书记", date: day, kind: .close),
            event(next, "白班", "春谷新村南门", "欧阳建国", .absent),
        ])
    }

    private func table(_ roster: Roster = SampleRoster.make(), by grouping: HoursGrouping) -> HoursTable {
        var roster = roster
        roster.volunteers[roster.volunteers.firstIndex { $0.name == "王强" }!].unit = "区财政局"
        roster.volunteers[roster.volunteers.firstIndex { $0.name == "陈静" }!].unit = "区财政局"
        let tally = ServedTally(roster, record: Self.record(), from: SampleRoster.day, to: SampleRoster.nextDay,
                                today: LocalDate(year: 2022, month: 4, day: 9)!)
        return HoursTable(title: roster.settings.title, tally: tally, grouping: grouping)
    }

    func testThePersonReportInEveryFormat() {
        Golden.assertMatches(HoursRenderer.markdown(table(by: .person)), named: "hours-by-person.md")
        Golden.assertMatches(HoursRenderer.csv(table(by: .person)), named: "hours-by-person.csv")
        Golden.assertMatches(HoursRenderer.html(table(by: .person)), named: "hours-by-person.html")
    }

    func testTeamAndUnitReports() {
        Golden.assertMatches(HoursRenderer.markdown(table(by: .team)), named: "hours-by-team.md")
        Golden.assertMatches(HoursRenderer.markdown(table(by: .unit)), named: "hours-by-unit.md")
    }

    func testTheHTMLReportHasLinesForSignatureAndStamp() {
        let html = HoursRenderer.html(table(by: .person))
        XCTAssertTrue(html.contains("@page { size: A4;"))
        XCTAssertTrue(html.contains("<p>负责人签字：____________________</p><p>盖章：</p>"))
    }

    func testHostileNamesAreHarmlessInEveryFormat() {
        let hostile = table(Hostile.roster(), by: .person)
        let markdown = HoursRenderer.markdown(hostile), csv = HoursRenderer.csv(hostile), html = HoursRenderer.html(hostile)
        for text in [markdown, csv, html] {
            XCTAssertFalse(text.contains("\u{1B}"))
            XCTAssertFalse(text.contains("\u{202E}"))
        }
        XCTAssertTrue(markdown.contains("坏�\\[31m人\\|\\<b\\>&\"' "), markdown)
        XCTAssertTrue(html.contains("坏�[31m人|&lt;b&gt;&amp;&quot;&#39; "))
        XCTAssertTrue(csv.contains("'@team"), "a formula start is defused")
    }

    func testHandoverNotesArePrintedForTheShiftThatTakesOver() {
        let roster = SampleRoster.make()
        let notes = HandoverNotes(roster: roster, record: Self.record(), dates: SampleRoster.nextDay...SampleRoster.nextDay)
        XCTAssertEqual(notes.lines, ["【交接班记录】", "· 4月8日 白班 天瑞城市花园南门 ← 夜班（王书记）：北侧栏杆松了，已报物业"])
        XCTAssertEqual(HandoverNotes(roster: roster, record: Self.record(), dates: SampleRoster.day...SampleRoster.day).lines, [])
        let next = SampleRoster.nextDay...SampleRoster.nextDay
        XCTAssertEqual(HandoverNotes(roster: roster, record: Self.record(), dates: next, team: "机动组").lines, notes.lines, "the reserve")
        XCTAssertEqual(HandoverNotes(roster: roster, record: Self.record(), dates: next, team: "春谷值守组").lines, [], "not their gate")
        var job = PrintJob(roster: roster, dates: SampleRoster.nextDay...SampleRoster.nextDay, format: .text)
        let plain = job.render()
        job.handovers = notes.lines
        XCTAssertEqual(job.render(), plain + notes.lines.joined(separator: "\n") + "\n")
        job.format = .html
        XCTAssertTrue(job.render().contains("<p>· 4月8日 白班 天瑞城市花园南门 ← 夜班（王书记）：北侧栏杆松了，已报物业</p>\n</section>\n</body>"))
        job.format = .csv
        job.handovers = []
        let csv = job.render()
        job.handovers = notes.lines
        XCTAssertEqual(job.render(), csv, "CSV is data only")
    }
}
