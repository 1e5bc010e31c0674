import XCTest
@testable import ZhibanModel

final class RosterValueTests: XCTestCase {
    private let date = LocalDate(parsing: "2022-04-09")!  // a Saturday
    private let night = Shift(name: "夜班", start: ClockTime(parsing: "20:00")!, end: ClockTime(parsing: "08:00")!)
    private let late = Shift(name: "晚班", start: ClockTime(parsing: "14:30")!, end: ClockTime(parsing: "24:00")!)

    func testUnavailabilityReadsWeekdaysDatesShiftsAndNights() {
        XCTAssertEqual(Unavailability(parsing: "周六"), .weekday(.saturday))
        XCTAssertEqual(Unavailability(parsing: "2022-04-17"), .date(LocalDate(parsing: "2022-04-17")!))
        XCTAssertEqual(Unavailability(parsing: "夜班"), .nightShifts)
        XCTAssertEqual(Unavailability(parsing: "早班"), .shift("早班"))
        XCTAssertNil(Unavailability(parsing: "2022-02-30"), "a date that does not exist is not taken as a shift name")
        XCTAssertNil(Unavailability(parsing: "  "))
    }

    func testNoNightShiftsRulesOutEveryNightShiftButNotALateOne() {
        let volunteer = Volunteer(name: "石俊", unavailable: [.nightShifts])
        XCTAssertFalse(volunteer.isAvailable(on: date, shift: night))
        XCTAssertTrue(volunteer.isAvailable(on: date, shift: late))
        let weekend = Volunteer(name: "夏红文", unavailable: [.weekday(.saturday)])
        XCTAssertEqual(weekend.unavailability(on: date, shift: late), .weekday(.saturday))
        XCTAssertTrue(weekend.isAvailable(on: date.adding(days: 1), shift: late))
    }

    func testRequirementReadsPartyMembersAndSkills() {
        XCTAssertEqual(Requirement(parsing: "党员:1"), Requirement(kind: .partyMembers, count: 1))
        XCTAssertEqual(Requirement(parsing: "登记：2"), Requirement(kind: .skill("登记"), count: 2))
        XCTAssertNil(Requirement(parsing: "党员"))
        XCTAssertNil(Requirement(parsing: "党员:0"))
        XCTAssertNil(Requirement(parsing: "党员:x"))
        let member = Volunteer(name: "王伟", isPartyMember: true, skills: ["测温"])
        XCTAssertTrue(Requirement(kind: .partyMembers, count: 1).isMet(by: member))
        XCTAssertTrue(Requirement(kind: .skill("测温"), count: 1).isMet(by: member))
        XCTAssertFalse(Requirement(kind: .skill("登记"), count: 1).isMet(by: member))
    }

    func testTeamKindIsGuessedFromTheNamesOrganizersUse() {
        XCTAssertEqual(Team.kind(guessedFrom: "第三党小组"), "党小组")
        XCTAssertEqual(Team.kind(guessedFrom: "核酸登记突击队"), "突击队")
        XCTAssertEqual(Team.kind(guessedFrom: "机动组"), "机动组")
        XCTAssertEqual(Team.kind(guessedFrom: "临时党支部·组织部"), "临时党支部")
        XCTAssertEqual(Team.kind(guessedFrom: "物资保障一队"), "保障队")
        XCTAssertEqual(Team.kind(guessedFrom: "小区志愿者"), "志愿服务队")
    }

    func testListsSplitOnAsciiAndFullWidthSeparators() {
        XCTAssertEqual("白班; 夜班；早班、 ;".splitList(), ["白班", "夜班", "早班"])
        XCTAssertEqual("\u{FEFF} 王伟　".trimmingWhitespace(), "王伟")
    }

    func testDiagnosticsPrintAsFileLineMessageAndSortByPlace() {
        let later = Diagnostic(file: "a.csv", line: 10, "x")
        let earlier = Diagnostic(file: "a.csv", line: 2, "y")
        XCTAssertEqual(later.description, "a.csv:10: x")
        XCTAssertEqual([later, earlier].sorted(), [earlier, later])
        XCTAssertEqual(Diagnostic("no place").description, "no place")
    }
}
