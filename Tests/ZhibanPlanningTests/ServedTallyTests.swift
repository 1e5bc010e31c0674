import XCTest
import ZhibanModel
@testable import ZhibanPlanning

/// What the served record does to the figures: each outcome, closing a day, corrections, actual
/// times, days still to come, and the planner's load.
final class ServedTallyTests: XCTestCase {
    private typealias B = RosterBuilder
    private let today = B.date("2022-04-30")

    /// 南门: 白班 08–20 (甲1, 甲2) and 夜班 20–08 (甲3, 甲4) on 4月1日 and 4月2日; 乙1 in another team.
    private func roster() -> Roster {
        var volunteers = B.people("甲", 4, team: "甲队") + B.people("乙", 1, team: "乙队")
        volunteers[0].unit = "区财政局"
        volunteers[4].unit = "区财政局"
        return B.roster(checkpoints: [B.gate("南门", keepers: ["甲队"], reserve: "乙队")], volunteers: volunteers, duties: [
            B.duty("2022-04-01", "白班", "南门", ["甲1", "甲2"]), B.duty("2022-04-01", "夜班", "南门", ["甲3", "甲4"]),
            B.duty("2022-04-02", "白班", "南门", ["甲1", "甲2"]), B.duty("2022-04-02", "夜班", "南门", ["甲3", "甲4"]),
        ])
    }

    private var line = 0
    private func event(_ kind: ServedEventKind, _ date: String = "2022-04-01", _ shift: String = "白班", person: String = "",
                       substitute: String = "", time: String? = nil, at recorded: String? = nil) -> ServedEvent {
        line += 1
        return ServedEvent(recordedAt: recorded ?? "2022-04-02 09:00:\(String(format: "%02d", line))", recordedBy: "测试",
                           date: B.date(date), shift: kind == .close ? "" : shift, checkpoint: kind == .close ? "" : "南门",
                           person: person, kind: kind, substitute: substitute, time: time.map { ClockTime(parsing: $0)! },
                           location: SourceLocation(file: "served/2022-04.csv", line: line + 1))
    }

    private func tally(_ events: [ServedEvent], to: String = "2022-04-01", today: LocalDate? = nil) -> [String: ServedPerson] {
        let tally = ServedTally(roster(), record: ServedRecord(events), from: B.date("2022-04-01"), to: B.date(to), today: today ?? self.today)
        return Dictionary(uniqueKeysWithValues: tally.people.map { ($0.name, $0) })
    }

    func testNothingRecordedOnAnOpenDayIsUnconfirmedNeverServed() {
        let tally = ServedTally(roster(), record: ServedRecord([]), from: B.date("2022-04-01"), to: B.date("2022-04-01"), today: today)
        XCTAssertEqual(tally.unconfirmedDates, [B.date("2022-04-01")])
        XCTAssertEqual(tally.total.minutes, 0)
        XCTAssertEqual(tally.total.unconfirmedDuties, 4)
        XCTAssertEqual(tally.total.unconfirmedMinutes, 4 * 720)
    }

    /// A name written twice on a duty is one person standing once, with or without a record.
    func testANameWrittenTwiceOnADutyCountsOnce() {
        var doubled = roster()
        doubled.duties[0].people = ["甲1", "甲1", "甲2"]
        for events in [[event(.close)], [event(.served, person: "甲1"), event(.close)]] {
            let tally = ServedTally(doubled, record: ServedRecord(events), from: B.date("2022-04-01"), to: B.date("2022-04-01"), today: today)
            let first = tally.people.first { $0.name == "甲1" }
            XCTAssertEqual(first?.duties, 1)
            XCTAssertEqual(first?.minutes, 720)
        }
    }

    func testClosingTheDayCountsEveryoneWithoutAnEventAsServed() {
        let people = tally([event(.absent, person: "甲2"), event(.close)])
        XCTAssertEqual(people["甲1"]?.duties, 1)
        XCTAssertEqual(people["甲1"]?.minutes, 720)
        XCTAssertEqual(people["甲3"]?.nights, 1)
        XCTAssertEqual(people["甲2"]?.duties, 0)
        XCTAssertEqual(people["甲2"]?.absences, 1)
        XCTAssertEqual(people.values.map(\.unconfirmedDuties).reduce(0, +), 0)
    }

    func testExplicitOutcomesCountOnAnOpenDayAndTheRestStaysApart() {
        let people = tally([event(.served, person: "甲1")])
        XCTAssertEqual(people["甲1"]?.minutes, 720)
        XCTAssertEqual(people["甲1"]?.unconfirmedDuties, 0)
        XCTAssertEqual(people["甲2"]?.unconfirmedDuties, 1)
        XCTAssertEqual(people["甲2"]?.minutes, 0)
    }

    func testASubstituteGetsTheHoursAndThePersonReplacedDoesNot() {
        let people = tally([event(.replaced, "2022-04-01", "夜班", person: "甲3", substitute: "乙1"), event(.close)])
        XCTAssertEqual(people["乙1"]?.duties, 1)
        XCTAssertEqual(people["乙1"]?.minutes, 720)
        XCTAssertEqual(people["乙1"]?.nights, 1)
        XCTAssertEqual(people["乙1"]?.substitutionsMade, 1)
        XCTAssertEqual(people["甲3"]?.minutes, 0)
        XCTAssertEqual(people["甲3"]?.substitutionsReceived, 1)
        XCTAssertEqual(people["乙1"]?.balanceMinutes, 720)
        XCTAssertEqual(people["甲3"]?.balanceMinutes, -720)
    }

    func testASubstituteArrivingLateIsCountedOnceWithTheirOwnTime() {
        let people = tally([event(.replaced, "2022-04-01", "夜班", person: "甲3", substitute: "乙1"),
                            event(.arrived, "2022-04-01", "夜班", person: "乙1", time: "22:00")])
        XCTAssertEqual(people["乙1"]?.duties, 1)
        XCTAssertEqual(people["乙1"]?.minutes, 600)
    }

    func testAnExtraPersonServesAndIsCountedAsExtra() {
        let people = tally([event(.extra, person: "乙1")])
        XCTAssertEqual(people["乙1"]?.duties, 1)
        XCTAssertEqual(people["乙1"]?.extras, 1)
        XCTAssertEqual(people["乙1"]?.minutes, 720)
    }

    func testLateAndEarlyTakeTheirMinutesOffEvenPastMidnight() {
        let people = tally([event(.arrived, person: "甲1", time: "09:30"), event(.left, person: "甲1", time: "19:00"),
                            event(.left, "2022-04-01", "夜班", person: "甲3", time: "06:00")])
        XCTAssertEqual(people["甲1"]?.minutes, 570)
        XCTAssertEqual(people["甲1"]?.balanceMinutes, -150)
        XCTAssertEqual(people["甲3"]?.minutes, 600, "a night shift left at 06:00 the next morning")
        XCTAssertTrue(ServedTally.isWithin(B.dayAndNight[1].span(on: B.date("2022-04-01")), ClockTime(parsing: "03:00")!))
        XCTAssertFalse(ServedTally.isWithin(B.dayAndNight[0].span(on: B.date("2022-04-01")), ClockTime(parsing: "07:00")!))
    }

    func testTheLaterEntryWinsByTimeEnteredThenByLine() {
        // Entered later but written first (as git's union merge may leave it): still wins.
        let later = event(.served, person: "甲2", at: "2022-04-03 10:00:00")
        let earlier = event(.absent, person: "甲2", at: "2022-04-02 10:00:00")
        XCTAssertEqual(tally([later, earlier])["甲2"]?.duties, 1)
        XCTAssertEqual(tally([later, earlier])["甲2"]?.absences, 0)
        // The same moment: the later line wins.
        let first = event(.absent, person: "甲2", at: "2022-04-02 10:00:00")
        let second = event(.served, person: "甲2", at: "2022-04-02 10:00:00")
        XCTAssertEqual(tally([first, second])["甲2"]?.duties, 1)
        XCTAssertEqual(tally([second, first])["甲2"]?.absences, 1)
    }

    func testACorrectionUndoesASubstitution() {
        let people = tally([event(.replaced, person: "甲1", substitute: "乙1"), event(.served, person: "甲1")])
        XCTAssertEqual(people["甲1"]?.minutes, 720)
        XCTAssertEqual(people["乙1"]?.minutes, 0)
        XCTAssertEqual(people["乙1"]?.substitutionsMade, 0)
    }

    func testDaysAfterTodayAreNotCounted() {
        let tally = ServedTally(roster(), record: ServedRecord([]), from: B.date("2022-04-01"), to: B.date("2022-04-02"),
                                today: B.date("2022-04-01"))
        XCTAssertEqual(tally.dates, B.date("2022-04-01")...B.date("2022-04-01"))
        XCTAssertEqual(tally.total.unconfirmedDuties, 4)
    }

    func testTeamsAndUnitsSumTheirPeople() {
        let tally = ServedTally(roster(), record: ServedRecord([event(.replaced, person: "甲2", substitute: "乙1"), event(.close)]),
                                from: B.date("2022-04-01"), to: B.date("2022-04-01"), today: today)
        let units = Dictionary(uniqueKeysWithValues: tally.grouped(by: \.unit).map { ($0.name, $0) })
        XCTAssertEqual(units["区财政局"]?.minutes, 1440, "甲1 and 乙1, the substitute")
        XCTAssertEqual(tally.grouped(by: \.unit).last?.name, "", "people with no unit come last")
        XCTAssertEqual(tally.grouped(by: \.team).map(\.name), ["甲队", "乙队"])
        XCTAssertEqual(tally.total.minutes, 4 * 720)
    }

    /// Grouping looks names up by `NameKey`: two spellings of one name (composed and decomposed
    /// é) are one group, named as first met, as a `String` key would have them.
    func testTeamsSpelledTwoWaysAreOneGroup() {
        var roster = roster()
        roster.volunteers[0].team = "Caf\u{E9}"
        roster.volunteers[4].team = "Cafe\u{301}"
        let tally = ServedTally(roster, record: ServedRecord([event(.close)]), from: B.date("2022-04-01"), to: B.date("2022-04-01"), today: today)
        let teams = tally.grouped(by: \.team)
        XCTAssertEqual(teams.map(\.name.unicodeScalars.count), [4, 2], "Café as first written, then 甲队")
        XCTAssertEqual(teams.map(\.minutes), [720, 3 * 720], "甲1 (Café), then 甲2, 甲3, 甲4; 乙1 (Café too) had no duty")
    }

    func testARecordOfAShiftTheRosterDoesNotHaveIsReportedNotCounted() {
        let tally = ServedTally(roster(), record: ServedRecord([event(.served, "2022-04-01", "中班", person: "甲1")]),
                                from: B.date("2022-04-01"), to: B.date("2022-04-01"), today: today)
        XCTAssertEqual(tally.problems.map(\.description), ["served/2022-04.csv:2: 班次“中班”不在值班表里，这条记录没有计入"])
    }

    func testAHandoverNoteIsForTheShiftThatTakesOver() {
        let record = ServedRecord([event(.note, "2022-04-01", "夜班"), event(.note, "2022-04-01", "白班")])
        let roster = roster()
        XCTAssertEqual(roster.handovers(for: Slot(date: B.date("2022-04-02"), shift: "白班", checkpoint: "南门"), in: record).map(\.shift), ["夜班"])
        XCTAssertEqual(roster.handovers(for: Slot(date: B.date("2022-04-01"), shift: "夜班", checkpoint: "南门"), in: record).map(\.shift), ["白班"])
    }

    /// A substitute's extra shift counts toward their load when the next weeks are planned.
    func testThePlannerWeighsWhatWasServed() {
        var roster = B.roster(checkpoints: [B.gate("南门", shifts: ["白班"], people: 1, keepers: ["甲队"])],
                              volunteers: B.people("甲", 2, team: "甲队"),
                              duties: [B.duty("2022-04-01", "白班", "南门", ["甲2"])])
        roster.settings.rules.minRestMinutes = 0
        let record = ServedRecord([event(.replaced, person: "甲2", substitute: "甲1"), event(.close)])
        let balance = ServedTally.balance(roster, record: record, before: B.date("2022-04-02"), today: today)
        XCTAssertEqual(balance, ["甲1": 720, "甲2": -720])
        let without = Planner(roster).plan(PlanRequest(from: B.date("2022-04-02"), to: B.date("2022-04-02")))
        let request = PlanRequest(from: B.date("2022-04-02"), to: B.date("2022-04-02")).counting(served: record, of: roster, today: today)
        XCTAssertEqual(request.servedBalance, balance)
        let with = Planner(roster).plan(request)
        XCTAssertEqual(without.roster.people("2022-04-02", "白班", "南门"), ["甲1"], "file order, without the record")
        XCTAssertEqual(with.roster.people("2022-04-02", "白班", "南门"), ["甲2"], "甲1 already stood an extra shift")
    }
}
