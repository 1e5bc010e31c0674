import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// The roster: 幸福里东门 comes first and shares its keepers with 幸福里南门. A clash
/// between the two shows on both: in the pick list of 东门, and as `!` in both cells.
final class BothSidesTests: XCTestCase {
    private let day = LocalDate(year: 2022, month: 4, day: 8)!

    private func state() -> AppState {
        let dayShift = Shift(name: "白班", start: ClockTime(hour: 8, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!)
        let night = Shift(name: "夜班", start: ClockTime(hour: 20, minute: 0)!, end: ClockTime(hour: 8, minute: 0)!)
        let gates = ["幸福里东门", "幸福里南门"].map {
            Checkpoint(name: $0, compound: "幸福里", openFrom: ClockTime(minutes: 0)!, openUntil: ClockTime(minutes: 1440)!,
                       shifts: ["白班", "夜班"], peoplePerShift: 1, keepers: ["幸福里值守组"])
        }
        let people = ["甲", "乙", "丙", "丁"].map { Volunteer(name: $0, team: "幸福里值守组") }
        var roster = Roster(settings: RosterSettings(title: "幸福里"), shifts: [dayShift, night], checkpoints: gates,
                            teams: [Team(name: "幸福里值守组", kind: "值守组")], volunteers: people,
                            duties: [Duty(date: day, shift: "白班", checkpoint: "幸福里南门", people: ["甲"]),
                                     Duty(date: day, shift: "夜班", checkpoint: "幸福里东门", people: ["乙"])])
        roster.sortDuties()
        return AppState(roster: roster, today: day, language: .zh)
    }

    func testThePickListOfTheFirstGateMarksWhoStandsAtTheSecondOrThatEvening() {
        let picking = state().after(.assign).0
        let text = RootView.render(picking).text
        XCTAssertTrue(text.contains("!同一时间在 幸福里南门 白班"), text)
        XCTAssertTrue(text.contains("!在 2022-04-08 幸福里东门 夜班 之前只休息"), text)
        guard case .pickList(let list) = picking.mode else { return XCTFail("no pick list") }
        XCTAssertEqual(list.candidates.map { picking.roster.volunteers[$0].name }, ["丙", "丁", "甲", "乙"], "the free ones first")
    }

    func testAfterChoosingAnywayBothCellsAreMarked() {
        let placed = state().after(.assign).0.typing("甲").after(.submit, .answer(.yes)).0
        let board = RootView.render(placed).text
        let east = board.split(separator: "\n").first { $0.contains("幸福里东门") } ?? ""
        let south = board.split(separator: "\n").first { $0.contains("幸福里南门") } ?? ""
        XCTAssertTrue(east.contains("!=甲"), String(east))  // = : placed by hand
        XCTAssertTrue(south.contains("!甲"), String(south))
    }
}
