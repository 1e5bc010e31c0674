import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// `zhiban merge-file`'s 3-way merge of roster files by record (issue 16).
final class RosterFileMergeTests: XCTestCase {
    private let april8 = LocalDate(parsing: "2022-04-08")!
    private let april9 = LocalDate(parsing: "2022-04-09")!

    /// The station example with two days planned by hand: two people on each 1号进站口 shift.
    private func base() throws -> Roster {
        var roster = try BundledExample.station.roster()
        roster.duties = [
            Duty(date: april8, shift: "早班", checkpoint: "1号进站口", people: ["严杰", "吴霞勇"]),
            Duty(date: april8, shift: "晚班", checkpoint: "1号进站口", people: ["孔东"]),
            Duty(date: april9, shift: "早班", checkpoint: "1号进站口", people: ["袁晓"]),
        ]
        return roster
    }

    private func file(_ name: String, of roster: Roster) -> [UInt8] {
        RosterFiles.contents(of: roster).first { $0.name == name }!.bytes
    }

    private func merge(_ name: String, base: Roster, ours: Roster, theirs: Roster) -> RosterMergeResult {
        RosterFileMerge.merge(base: file(name, of: base), ours: file(name, of: ours), theirs: file(name, of: theirs), path: name)
    }

    private func text(_ result: RosterMergeResult) -> String { String(decoding: result.bytes, as: UTF8.self) }

    func testDutiesEditedInDifferentSlotsMergeCleanlyAsZhibanWouldWriteThem() throws {
        let base = try base()
        var ours = base, theirs = base
        ours.duties[1].people = ["李强"]  // 4-8 晚班
        ours.duties.append(Duty(date: LocalDate(parsing: "2022-04-10")!, shift: "早班", checkpoint: "1号进站口", people: ["严杰"]))
        theirs.duties[2].people = ["王伟"]  // 4-9 早班
        theirs.duties.insert(Duty(date: april8, shift: "早班", checkpoint: "2号进站口", people: ["孔东"]), at: 0)
        var expected = base
        expected.duties = ours.duties
        expected.duties[2].people = ["王伟"]
        expected.duties.append(theirs.duties[0])
        expected.sortDuties()
        let result = merge(RosterFiles.duties, base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.bytes, file(RosterFiles.duties, of: expected))
    }

    func testTheSamePlaceFilledTwoWaysIsAConflictAroundThatDutyWithItsLine() throws {
        let base = try base()
        var ours = base, theirs = base
        ours.duties[1].people = ["李强"]
        theirs.duties[1].people = ["王伟"]
        theirs.duties[2].people = ["赵磊"]  // a clean change beside it still merges
        let result = merge(RosterFiles.duties, base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(text(result), """
            \u{FEFF}日期,班次,卡口,值班人员,锁定,备注
            2022-04-08,早班,1号进站口,严杰;吴霞勇,否,
            <<<<<<< ours 我方
            2022-04-08,晚班,1号进站口,李强,否,
            =======
            2022-04-08,晚班,1号进站口,王伟,否,
            >>>>>>> theirs 对方
            2022-04-09,早班,1号进站口,赵磊,否,

            """)
        XCTAssertEqual(result.conflicts.map(\.description), ["duties.csv:3: 合并冲突：2022-04-08 晚班 1号进站口：两边改法不同（值班人员）"])
    }

    func testPeopleOfOneShiftMergePlaceByPlace() throws {
        let base = try base()
        var ours = base, theirs = base
        ours.duties[0].people = ["李强", "吴霞勇"]
        theirs.duties[0].people = ["严杰", "王伟"]
        let merged = merge(RosterFiles.duties, base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(merged.conflicts, [])
        XCTAssertTrue(text(merged).contains("2022-04-08,早班,1号进站口,李强;王伟,否,\n"), text(merged))
        theirs.duties[0].people = ["赵磊", "吴霞勇"]
        XCTAssertEqual(merge(RosterFiles.duties, base: base, ours: ours, theirs: theirs).conflicts.count, 1)
    }

    func testADutyDeletedOnOneSideAndChangedOnTheOtherIsAConflict() throws {
        let base = try base()
        var ours = base, theirs = base
        ours.duties.remove(at: 1)
        theirs.duties[1].note = "换人了"
        let result = merge(RosterFiles.duties, base: base, ours: ours, theirs: theirs)
        XCTAssertTrue(text(result).contains("<<<<<<< ours 我方\n=======\n2022-04-08,晚班,1号进站口,孔东,否,换人了\n>>>>>>> theirs 对方\n"), text(result))
        XCTAssertEqual(result.conflicts.first?.message, "合并冲突：2022-04-08 晚班 1号进站口：一边删除了，另一边改了")
    }

    func testVolunteersMergeFieldByFieldAndKeepTheirNewOnesNearTheirTeam() throws {
        let base = try base()
        var ours = base, theirs = base
        ours.volunteers[0].phone = "13900000000"
        theirs.volunteers[0].note = "周末能来"
        theirs.volunteers.insert(Volunteer(name: "新来的", team: base.volunteers[1].team), at: 2)
        var expected = base
        expected.volunteers = theirs.volunteers
        expected.volunteers[0].phone = "13900000000"
        let result = merge(RosterFiles.volunteers, base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.bytes, file(RosterFiles.volunteers, of: expected))
        theirs.volunteers[0].phone = "13700000000"
        let clash = merge(RosterFiles.volunteers, base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(clash.conflicts.map(\.message), ["合并冲突：严杰：两边改法不同（手机）"])
    }

    func testRosterTomlMergesByTableAndKeyKeepingComments() throws {
        let base = try base()
        var ours = base, theirs = base
        ours.settings.rules.minRestMinutes = 600
        ours.shifts.append(Shift(name: "夜班", start: ClockTime(parsing: "22:00")!, end: ClockTime(parsing: "06:00")!))
        theirs.checkpoints[0].peoplePerShift = 3
        var expected = base
        expected.settings.rules.minRestMinutes = 600
        expected.shifts = ours.shifts
        expected.checkpoints[0].peoplePerShift = 3
        let result = merge(RosterFiles.definitions, base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(text(result), String(decoding: file(RosterFiles.definitions, of: expected), as: UTF8.self))

        let commented = { (roster: Roster) in
            self.file(RosterFiles.definitions, of: roster) + Array("\n[[team]]\n# 我们自己的说明\nname = \"自备\"\nkind = \"志愿服务队\"\n".utf8)
        }
        let kept = RosterFileMerge.merge(base: commented(base), ours: commented(ours), theirs: commented(theirs), path: "roster.toml")
        XCTAssertTrue(text(kept).hasSuffix("[[team]]\n# 我们自己的说明\nname = \"自备\"\nkind = \"志愿服务队\"\n"), text(kept))
        XCTAssertEqual(kept.conflicts, [])

        theirs.settings.rules.minRestMinutes = 540
        let clash = merge(RosterFiles.definitions, base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(clash.conflicts.map(\.message), ["合并冲突：[rules]：两边改法不同（min_rest）"])
        XCTAssertTrue(text(clash).contains("<<<<<<< ours 我方\n[rules]\nmin_rest = \"10h\"\n"), text(clash))
    }

    func testUnreadableVersionsAreMergedWholeNeverCrashing() {
        let garbage: [UInt8] = [0xFF, 0xFE, 0x00, 0x41, 0x22, 0x0A]
        let merged = RosterFileMerge.merge(base: [], ours: garbage, theirs: Array("日期\n\"".utf8), path: "r/duties.csv")
        XCTAssertEqual(merged.conflicts.first?.location?.line, 1)
        XCTAssertTrue(String(decoding: merged.bytes, as: UTF8.self).hasPrefix("<<<<<<< ours"))
        let same = RosterFileMerge.merge(base: [], ours: garbage, theirs: garbage, path: "duties.csv")
        XCTAssertEqual(same.bytes, garbage)
        XCTAssertEqual(same.conflicts, [])
    }
}
