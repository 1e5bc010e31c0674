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

    /// A name written twice (or in two canonically equal spellings) is one person on the duty.
    func testDistinctPeopleKeepTheFirstOfEachName() {
        var duty = Duty(date: date, shift: "夜班", checkpoint: "南门", people: ["王伟", "李娜"])
        XCTAssertFalse(duty.repeatsAPerson)
        XCTAssertEqual(duty.distinctPeople, ["王伟", "李娜"])
        duty.people = ["王伟", "李娜", "王伟", "e\u{301}", "é"]
        XCTAssertTrue(duty.repeatsAPerson)
        XCTAssertEqual(duty.distinctPeople, ["王伟", "李娜", "e\u{301}"])
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

    /// The fast paths of `splitList` and `trimmingWhitespace` (added for `zhiban district`, which
    /// reads hundreds of rosters) read every text exactly as reading character by character does.
    func testListsAndTrimmingReadAsCharacterByCharacterWhateverTheText() {
        func slowTrim(_ text: String) -> String {
            let blank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
            guard let first = text.firstIndex(where: { !blank($0) }), let last = text.lastIndex(where: { !blank($0) }) else { return "" }
            return String(text[first...last])
        }
        func slowSplit(_ text: String) -> [String] {
            text.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" }).map { slowTrim(String($0)) }.filter { !$0.isEmpty }
        }
        let texts = ["严杰;吴霞勇", "严杰", "", ";", ";;", " 严杰 ; 吴霞勇 ", "王;\u{301}李", "王\u{301};李", "a；b、c", "周六;2022-04-08~2022-04-21",
                     "\u{3000}王伟\u{3000}", "\u{FEFF}王伟", "王伟 \u{301}", "\u{301}王伟", "e\u{301};f", "🇨🇳;王", "王;\r\n", "\r\n;王", "A;B "]
        for text in texts {
            XCTAssertEqual(text.splitList(), slowSplit(text), text.debugDescription)
            XCTAssertEqual(text.trimmingWhitespace(), slowTrim(text), text.debugDescription)
        }
    }

    func testDiagnosticsPrintAsFileLineMessageAndSortByPlace() {
        let later = Diagnostic(file: "a.csv", line: 10, "x")
        let earlier = Diagnostic(file: "a.csv", line: 2, "y")
        XCTAssertEqual(later.description, "a.csv:10: x")
        XCTAssertEqual([later, earlier].sorted(), [earlier, later])
        XCTAssertEqual(Diagnostic("no place").description, "no place")
    }
}
