import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// The interface's re-plan weighs what was served, as `zhiban rotate` does: a substitute's extra
/// shift counts toward their load.
final class ServedReplanTests: XCTestCase {
    func testASubstitutesExtraShiftCountsWhenTheNextDayIsPlanned() throws {
        let first = LocalDate(year: 2022, month: 4, day: 1)!
        let shift = Shift(name: "白班", start: ClockTime(hour: 8, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!)
        let gate = Checkpoint(name: "南门", compound: "", openFrom: ClockTime(hour: 0, minute: 0)!, openUntil: ClockTime(hour: 24, minute: 0)!,
                              shifts: ["白班"], peoplePerShift: 1, keepers: ["甲队"])
        var roster = Roster(settings: RosterSettings(title: "测试"), shifts: [shift], checkpoints: [gate], teams: [Team(name: "甲队", kind: "值守组")],
                            volunteers: [Volunteer(name: "甲1", team: "甲队"), Volunteer(name: "甲2", team: "甲队")],
                            duties: [Duty(date: first, shift: "白班", checkpoint: "南门", people: ["甲2"])])
        roster.settings.rules.minRestMinutes = 0
        let record = ServedRecord([
            ServedEvent(recordedAt: "2022-04-01 21:00:00", recordedBy: "王书记", date: first, shift: "白班", checkpoint: "南门",
                        person: "甲2", kind: .replaced, substitute: "甲1"),
            ServedEvent(recordedAt: "2022-04-01 21:00:01", recordedBy: "王书记", date: first, kind: .close),
        ])
        let next = Slot(date: first.adding(days: 1), shift: "白班", checkpoint: "南门")
        func planned(_ record: ServedRecord) -> [String]? {
            let state = AppState(roster: roster, today: LocalDate(year: 2022, month: 4, day: 30)!, language: .zh)
                .after(.servedLoaded(record: record, error: nil)).0
                .after(.openCommandLine).0.typing("rotate 2022-04-02 2022-04-02").after(.submit).0
            guard case .replanPreview = state.mode else { return nil }
            return state.after(.submit).0.roster.duty(at: next)?.people
        }
        XCTAssertEqual(planned(ServedRecord([])), ["甲1"], "file order, with nothing served")
        XCTAssertEqual(planned(record), ["甲2"], "甲1 already stood an extra shift")
    }
}
