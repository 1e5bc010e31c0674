import XCTest
import ZhibanModel
import ZhibanPlanning

/// Each hard rule of `RuleChecker`, at its boundary.
final class RuleCheckerTests: XCTestCase {
    private typealias B = RosterBuilder

    /// Two gates kept by one team of people 甲, 乙, 丙 (party members) and 丁, 己 (not), with the given shifts.
    private func roster(shifts: [Shift], duties: [Duty], rules: RosterRules = .standard, people: Int = 1) -> Roster {
        let names = shifts.map(\.name)
        var volunteers = ["甲", "乙", "丙"].map { Volunteer(name: $0, isPartyMember: true, team: "值守组") }
        volunteers.append(Volunteer(name: "丁", team: "值守组"))
        volunteers.append(Volunteer(name: "己", team: "值守组"))
        volunteers.append(Volunteer(name: "戊", team: "综合组"))
        return B.roster(shifts: shifts,
                        checkpoints: [B.gate("北门", shifts: names, people: people, keepers: ["值守组"]),
                                      B.gate("南门", shifts: names, people: people, keepers: ["值守组"])],
                        volunteers: volunteers, duties: duties, rules: rules)
    }

    private func kinds(_ roster: Roster) -> [RuleViolation.Kind] { RuleChecker(roster).violations().map(\.kind) }

    func testRestOfSevenHoursFiftyNineMinutesIsRefusedAndEightHoursAllowed() {
        let shifts = [B.shift("早", "08:00", "12:00"), B.shift("晚A", "19:59", "22:00"), B.shift("晚B", "20:00", "22:00")]
        let short = roster(shifts: shifts, duties: [B.duty("2022-04-01", "早", "北门", ["甲"]), B.duty("2022-04-01", "晚A", "南门", ["甲"])])
        let enough = roster(shifts: shifts, duties: [B.duty("2022-04-01", "早", "北门", ["甲"]), B.duty("2022-04-01", "晚B", "南门", ["甲"])])
        let violations = RuleChecker(short).violations()
        XCTAssertEqual(violations.map(\.kind), [.rest, .rest], "on both shifts")
        XCTAssertEqual(violations.map(\.people), [["甲"], ["甲"]])
        XCTAssertEqual(violations.map(\.message), ["2022-04-01 早 北门：甲 在 2022-04-01 南门 晚A 之前只休息 7 小时 59 分（至少 8 小时）",
                                                   "2022-04-01 晚A 南门：甲 在 2022-04-01 北门 早 之后只休息 7 小时 59 分（至少 8 小时）"])
        XCTAssertEqual(kinds(enough), [])
    }

    func testAfterANightShiftTwelveHoursOfRestAreNeeded() {
        let shifts = [B.shift("夜", "20:00", "02:00"), B.shift("午A", "13:59", "18:00"), B.shift("午B", "14:00", "18:00")]
        XCTAssertTrue(shifts[0].isNight)
        let short = roster(shifts: shifts, duties: [B.duty("2022-04-01", "夜", "北门", ["甲"]), B.duty("2022-04-02", "午A", "南门", ["甲"])])
        let enough = roster(shifts: shifts, duties: [B.duty("2022-04-01", "夜", "北门", ["甲"]), B.duty("2022-04-02", "午B", "南门", ["甲"])])
        XCTAssertEqual(RuleChecker(short).violations().map(\.message),
                       ["2022-04-01 夜 北门：甲 在 2022-04-02 南门 午A 之前只休息 11 小时 59 分（至少 12 小时）",
                        "2022-04-02 午A 南门：甲 在 2022-04-01 北门 夜 之后只休息 11 小时 59 分（至少 12 小时）"])
        XCTAssertEqual(kinds(enough), [])
    }

    func testRestRulesComeFromTheRosterSettings() {
        let shifts = [B.shift("早", "08:00", "12:00"), B.shift("晚", "18:00", "22:00")]
        let duties = [B.duty("2022-04-01", "早", "北门", ["甲"]), B.duty("2022-04-01", "晚", "南门", ["甲"])]
        XCTAssertEqual(kinds(roster(shifts: shifts, duties: duties)), [.rest, .rest])
        XCTAssertEqual(kinds(roster(shifts: shifts, duties: duties, rules: RosterRules(minRestMinutes: 360))), [])
    }

    func testTwelveHoursADayAreAllowedAndOneMinuteMoreIsNot() {
        let shifts = [B.shift("长白", "08:00", "20:00"), B.shift("更长", "08:00", "20:01")]
        XCTAssertEqual(kinds(roster(shifts: shifts, duties: [B.duty("2022-04-01", "长白", "北门", ["甲"])])), [])
        XCTAssertEqual(RuleChecker(roster(shifts: shifts, duties: [B.duty("2022-04-01", "更长", "北门", ["甲"])])).violations().map(\.message),
                       ["2022-04-01 更长 北门：甲 2022-04-01 共值班 12 小时 1 分（每天最多 12 小时）"])
    }

    func testTheDailyLimitAddsUpEveryShiftOfTheDay() {
        let noRest = RosterRules(minRestMinutes: 0, minRestAfterNightMinutes: 0)
        let shifts = [B.shift("上午", "06:00", "12:00"), B.shift("下午", "14:00", "20:00"), B.shift("下午长", "14:00", "20:01")]
        let twelve = roster(shifts: shifts, duties: [B.duty("2022-04-01", "上午", "北门", ["甲"]), B.duty("2022-04-01", "下午", "南门", ["甲"])],
                            rules: noRest)
        let more = roster(shifts: shifts, duties: [B.duty("2022-04-01", "上午", "北门", ["甲"]), B.duty("2022-04-01", "下午长", "南门", ["甲"])],
                          rules: noRest)
        XCTAssertEqual(kinds(twelve), [])
        XCTAssertEqual(kinds(more), [.dailyHours, .dailyHours], "both shifts make the day too long")
    }

    func testTheStationsNineteenHourStretchIsFlagged() {
        let shifts = [B.shift("早班", "05:00", "14:30"), B.shift("晚班", "14:30", "24:00")]
        let stretch = roster(shifts: shifts, duties: [B.duty("2022-04-01", "早班", "北门", ["甲"]), B.duty("2022-04-01", "晚班", "南门", ["甲"])])
        let messages = RuleChecker(stretch).violations().map(\.message)
        XCTAssertEqual(messages, [
            "2022-04-01 早班 北门：甲 在 2022-04-01 南门 晚班 之前只休息 0 小时（至少 8 小时）",
            "2022-04-01 早班 北门：甲 2022-04-01 共值班 19 小时（每天最多 12 小时）",
            "2022-04-01 晚班 南门：甲 在 2022-04-01 北门 早班 之后只休息 0 小时（至少 8 小时）",
            "2022-04-01 晚班 南门：甲 2022-04-01 共值班 19 小时（每天最多 12 小时）",
        ])
    }

    func testNightMinutesCountOnTheCalendarDayTheyFallOn() {
        // 20:00–08:00 is 4 h on the first day and 8 h on the next; with 白班 the next day is over.
        let overlapFree = roster(shifts: B.dayAndNight, duties: [
            B.duty("2022-04-01", "夜班", "北门", ["甲"]), B.duty("2022-04-02", "夜班", "南门", ["甲"]),
        ])
        XCTAssertEqual(kinds(overlapFree), [], "two nights in a row: 12 h rest, 8 + 4 = 12 h on the 2nd")
    }

    func testNobodyStandsInTwoPlacesAtOnce() {
        let both = roster(shifts: B.dayAndNight, duties: [
            B.duty("2022-04-01", "白班", "北门", ["甲"]), B.duty("2022-04-01", "白班", "南门", ["甲"]),
        ])
        let violations = RuleChecker(both).violations().filter { $0.kind == .doubleBooked }
        XCTAssertEqual(violations.map(\.message), ["2022-04-01 白班 北门：甲 同一时间在 南门 白班", "2022-04-01 白班 南门：甲 同一时间在 北门 白班"])
    }

    func testTheSamePersonTwiceOnOneShiftIsDoubleBooked() {
        let twice = roster(shifts: B.dayAndNight, duties: [B.duty("2022-04-01", "白班", "北门", ["甲", "甲"])], people: 2)
        XCTAssertEqual(kinds(twice), [.doubleBooked])
    }

    func testUnavailablePeopleAreFlaggedByWeekdayDateShiftAndNight() {
        var base = roster(shifts: B.dayAndNight, duties: [
            B.duty("2022-04-02", "白班", "北门", ["甲"]),  // Saturday
            B.duty("2022-04-03", "白班", "北门", ["乙"]),
            B.duty("2022-04-04", "白班", "北门", ["丙"]),
            B.duty("2022-04-05", "夜班", "北门", ["丁"]),
        ])
        base.volunteers[0].unavailable = [.weekday(.saturday)]
        base.volunteers[1].unavailable = [.date(B.date("2022-04-03"))]
        base.volunteers[2].unavailable = [.shift("白班")]
        base.volunteers[3].unavailable = [.nightShifts]
        XCTAssertEqual(RuleChecker(base).violations().filter { $0.kind == .unavailable }.map(\.message), [
            "2022-04-02 白班 北门：甲 不能值 周六",
            "2022-04-03 白班 北门：乙 不能值 2022-04-03",
            "2022-04-04 白班 北门：丙 不能值 白班",
            "2022-04-05 夜班 北门：丁 不能值 夜班",
        ])
        XCTAssertEqual(RuleChecker(base).violations().filter { $0.kind == .unavailable }.map(\.detail.en), [
            "甲 cannot serve on Saturdays",
            "乙 cannot serve on 2022-04-03",
            "丙 cannot serve 白班 shifts",
            "丁 cannot serve night shifts",
        ])
    }

    func testEveryOtherRuleIsExplainedInEnglishToo() {
        var made = roster(shifts: B.dayAndNight, duties: [
            B.duty("2022-04-01", "白班", "北门", ["甲", "甲", "戊", "无名氏"]),
            B.duty("2022-04-01", "夜班", "北门", ["乙"]),
            B.duty("2022-04-01", "夜班", "南门", ["乙"]),
            B.duty("2022-04-02", "白班", "南门", ["乙"]),
            B.duty("2022-04-01", "中班", "西门", ["丙"]),
        ], people: 2)
        made.checkpoints[0].requirements = [Requirement(kind: .partyMembers, count: 3)]
        XCTAssertEqual(Set(RuleChecker(made).violations().map { "\($0.kind.title.en): \($0.detail.en)" }), [
            "unknown checkpoint: no checkpoint is called 西门",
            "too many people: needs only 2, has 4",
            "short-handed: needs 2, has 1",
            "two places at once: 甲 is on this shift twice",
            "not a keeper: 戊 (综合组) belongs to neither a team keeping 北门 nor its reserve",
            "unknown person: no volunteer is called 无名氏",
            "requirement unmet: needs at least 3 party members, has 1",
            "two places at once: 乙 at 北门 夜班 at the same time",
            "two places at once: 乙 at 南门 夜班 at the same time",
            "too little rest: 乙 only 0 h of rest before 2022-04-02 南门 白班 (at least 12 h)",
            "too little rest: 乙 only 0 h of rest after 2022-04-01 北门 夜班 (at least 12 h)",
            "too little rest: 乙 only 0 h of rest after 2022-04-01 南门 夜班 (at least 12 h)",
            "too long a day: 乙 28 h on duty on 2022-04-02 (at most 12 h a day)",
        ])
    }

    func testOnlyKeepersOrTheReserveMayStandAtACheckpoint() {
        var checked = roster(shifts: B.dayAndNight, duties: [B.duty("2022-04-01", "白班", "北门", ["戊"])])
        XCTAssertEqual(RuleChecker(checked).violations().map(\.message), ["2022-04-01 白班 北门：戊（综合组）不是 北门 的值守队伍或后备队伍"])
        checked.checkpoints[0].reserve = "综合组"
        XCTAssertEqual(kinds(checked), [])
    }

    func testAShortShiftIsAnEmptyPlaceAndAnOverfullShiftABreak() {
        let short = roster(shifts: B.dayAndNight, duties: [B.duty("2022-04-01", "白班", "北门", ["甲"])], people: 2)
        let violations = RuleChecker(short).violations()
        XCTAssertEqual(violations.map(\.kind), [.understaffed])
        XCTAssertFalse(violations[0].isBreak)
        XCTAssertEqual(violations[0].message, "2022-04-01 白班 北门：需要 2 人，只排了 1 人")
        let over = roster(shifts: B.dayAndNight, duties: [B.duty("2022-04-01", "白班", "北门", ["甲", "乙"])])
        XCTAssertEqual(RuleChecker(over).violations().filter(\.isBreak).map(\.message), ["2022-04-01 白班 北门：只需 1 人，排了 2 人"])
    }

    func testARequirementIsBrokenOnlyWhenNoPlaceIsLeftToMeetIt() {
        func gateNeedingAPartyMember(_ people: [String]) -> Roster {
            var made = roster(shifts: B.dayAndNight, duties: [B.duty("2022-04-01", "白班", "北门", people)], people: 2)
            made.checkpoints[0].requirements = [Requirement(kind: .partyMembers, count: 1)]
            return made
        }
        XCTAssertEqual(kinds(gateNeedingAPartyMember(["丁"])), [.understaffed], "the open place can still take a 党员")
        let full = RuleChecker(gateNeedingAPartyMember(["丁", "己"])).violations().filter { $0.kind == .requirement }
        XCTAssertEqual(full.map(\.message), ["2022-04-01 白班 北门：至少需要 1 名党员，只有 0 名"])
        XCTAssertEqual(kinds(gateNeedingAPartyMember(["甲", "丁"])), [])
    }

    func testUnknownNamesAreReported() {
        let unknown = roster(shifts: B.dayAndNight, duties: [
            B.duty("2022-04-01", "白班", "西门", ["甲"]),
            B.duty("2022-04-01", "中班", "北门", ["甲"]),
            B.duty("2022-04-02", "白班", "北门", ["无名氏"]),
        ])
        XCTAssertEqual(RuleChecker(unknown).violations().map(\.message), [
            "2022-04-01 中班 北门：没有叫 中班 的班次",
            "2022-04-01 白班 西门：没有叫 西门 的卡口",
            "2022-04-02 白班 北门：没有叫 无名氏 的志愿者",
        ])
    }

    func testAShiftTheCheckpointDoesNotUseIsReported() {
        var made = roster(shifts: B.dayAndNight, duties: [B.duty("2022-04-01", "夜班", "北门", ["甲"])])
        made.checkpoints[0].shifts = ["白班"]
        XCTAssertEqual(RuleChecker(made).violations().map(\.message), ["2022-04-01 夜班 北门：北门 不设 夜班"])
    }

    func testAViolationCarriesTheDutysFileAndLine() {
        var made = roster(shifts: B.dayAndNight, duties: [B.duty("2022-04-02", "白班", "北门", ["甲"])])
        made.volunteers[0].unavailable = [.weekday(.saturday)]
        made.duties[0].location = SourceLocation(file: "duties.csv", line: 7)
        let violation = RuleChecker(made).violations()[0]
        XCTAssertEqual(violation.location, SourceLocation(file: "duties.csv", line: 7))
        XCTAssertEqual(violation.description, "duties.csv:7: 2022-04-02 白班 北门：甲 不能值 周六")
    }
}
