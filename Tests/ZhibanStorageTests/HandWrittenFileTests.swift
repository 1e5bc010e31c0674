import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// Issue 10 item 4: a save keeps what a person wrote by hand. Only files whose part of the
/// roster changed are written; unknown columns keep their place and cells; roster.toml keeps its
/// comments and order, with only the changed tables rewritten.
final class HandWrittenFileTests: XCTestCase {
    private static let definitions = """
        # 春谷社区值班表：改完告诉王伟
        title = "春谷值班表"   # 打印在每张表的顶上
        time_zone = "Asia/Shanghai"

        # 休息时间按街道的要求
        [rules]
        min_rest = "8h"
        min_rest_after_night = "12h"
        max_duty_per_day = "12h"

        # 白班早上八点交接
        [[shift]]
        name = "白班"
        start = "08:00"
        end = "20:00"

        [[shift]]
        name = "夜班"
        start = "20:00"
        end = "08:00"

        # 南门人多，两人一班
        [[checkpoint]]
        name = "南门"
        compound = "春谷"
        hours = "00:00-24:00"
        shifts = ["白班", "夜班"]
        people = 2
        keepers = ["一队"]

        [[team]]
        name = "一队"
        kind = "志愿服务队"   # 街道编的队

        # 二队四月解散
        [[team]]
        name = "二队"
        kind = "志愿服务队"

        # 以上由居委会维护

        """

    private static let volunteers = "\u{FEFF}姓名,楼栋号,手机,党员,所属队伍,职务,技能,不能值班,备注,联系人\n"
        + "王伟,3栋,13800000001,是,一队,组长,,,,王太太\n"
        + "李娜,5栋,13800000002,否,一队,,,,,\n"
        + "赵六,7栋,13800000003,否,一队,,,,,赵小六\n"

    private static let duties = "\u{FEFF}日期,班次,卡口,值班人员,锁定,备注,交接人\n"
        + "2022-04-07,白班,南门,王伟;李娜,否,,张三\n"
        + "2022-04-07,夜班,南门,赵六,否,,\n"

    private func folder(definitions: String = definitions, volunteers: String = volunteers, duties: String = duties) throws -> URL {
        let folder = Fixtures.temporaryFolder(self).appendingPathComponent("r")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try definitions.write(to: folder.appendingPathComponent(RosterFiles.definitions), atomically: false, encoding: .utf8)
        try volunteers.write(to: folder.appendingPathComponent(RosterFiles.volunteers), atomically: false, encoding: .utf8)
        try duties.write(to: folder.appendingPathComponent(RosterFiles.duties), atomically: false, encoding: .utf8)
        return folder
    }

    private func text(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)  // keeps the BOM
    }

    private func exists(_ folder: URL, _ name: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }

    func testASaveThatChangesOnlyDutiesLeavesTheOtherFilesAsTheyWereWritten() throws {
        // Written by a spreadsheet: no byte-order mark, CRLF, quotes zhiban would not write.
        let volunteers = "姓名,手机,党员,所属队伍\r\n\"王伟\",13800000001,是,一队\r\n李娜,13800000002,否,一队\r\n"
        let folder = try folder(volunteers: volunteers)
        let store = try RosterStore(folder: folder)
        var roster = store.roster
        roster.duties[roster.duties.firstIndex { $0.shift == "白班" }!].people = ["李娜"]
        try store.save(roster)
        XCTAssertEqual(try text(folder, RosterFiles.definitions), HandWrittenFileTests.definitions)
        XCTAssertEqual(try text(folder, RosterFiles.volunteers), volunteers)
        XCTAssertFalse(exists(folder, RosterFiles.definitions + FileCommit.backupSuffix), "roster.toml was not rewritten")
        XCTAssertFalse(exists(folder, RosterFiles.volunteers + FileCommit.backupSuffix), "volunteers.csv was not rewritten")
        XCTAssertTrue(try text(folder, RosterFiles.duties).contains("2022-04-07,白班,南门,李娜,否,,张三\n"))
    }

    func testUnknownVolunteerColumnsKeepTheirPlaceAndEachPersonKeepsTheirCells() throws {
        let folder = try folder()
        let store = try RosterStore(folder: folder)
        var roster = store.roster
        roster.volunteers[0].phone = "13900000000"
        roster.volunteers[1].name = "李娜娜"  // renamed: keeps 5栋
        roster.volunteers.remove(at: 2)  // deleted: 7栋 and 赵小六 go with her row
        roster.volunteers.append(Volunteer(name: "钱七", phone: "13800000004", team: "一队"))
        roster.duties = []
        try store.save(roster)
        XCTAssertEqual(try text(folder, RosterFiles.volunteers), "\u{FEFF}姓名,楼栋号,手机,党员,所属队伍,职务,技能,不能值班,备注,联系人\n"
            + "王伟,3栋,13900000000,是,一队,组长,,,,王太太\n"
            + "李娜娜,5栋,13800000002,否,一队,,,,,\n"
            + "钱七,,13800000004,否,一队,,,,,\n")
        XCTAssertEqual(try RosterStore(folder: folder, readOnly: true).roster.volunteers.map(\.name), ["王伟", "李娜娜", "钱七"])
        // A second save (the roster in memory still carries where each row was read) keeps them too.
        roster.volunteers[1].note = "再改一次"
        try store.save(roster)
        XCTAssertTrue(try text(folder, RosterFiles.volunteers).contains("李娜娜,5栋,13800000002,否,一队,,,,再改一次,\n"))
    }

    func testAFileMissingAKnownColumnGetsItBesideItsNeighbour() throws {
        let folder = try folder(volunteers: "姓名,手机,楼栋号\n王伟,13800000001,3栋\n")
        let store = try RosterStore(folder: folder)
        var roster = store.roster
        roster.volunteers[0].note = "新备注"
        try store.save(roster)
        XCTAssertEqual(try text(folder, RosterFiles.volunteers),
                       "\u{FEFF}姓名,手机,党员,所属队伍,职务,技能,不能值班,备注,楼栋号\n王伟,13800000001,否,,,,,新备注,3栋\n")
    }

    func testUnknownDutyColumnsStayWithTheirSlot() throws {
        let folder = try folder()
        let store = try RosterStore(folder: folder)
        var roster = store.roster
        let day = LocalDate(parsing: "2022-04-06")!
        roster.duties.append(Duty(date: day, shift: "白班", checkpoint: "南门", people: ["李娜"]))
        roster.duties = roster.duties.map { $0.shift == "白班" && $0.date != day ? Duty(date: $0.date, shift: $0.shift, checkpoint: $0.checkpoint, people: ["赵六"]) : $0 }
        try store.save(roster)
        XCTAssertEqual(try text(folder, RosterFiles.duties), "\u{FEFF}日期,班次,卡口,值班人员,锁定,备注,交接人\n"
            + "2022-04-06,白班,南门,李娜,否,,\n"
            + "2022-04-07,夜班,南门,赵六,否,,\n"
            + "2022-04-07,白班,南门,赵六,否,,张三\n")
    }

    func testAFilledCellBeyondTheHeaderIsAProblemAtItsLineAndAnEmptyOneIsNot() throws {
        let volunteers = "姓名,手机\n王伟,13800000001,\n李娜,13800000002,3栋\n"
        let folder = try folder(volunteers: volunteers)
        XCTAssertThrowsError(try RosterStore(folder: folder)) { error in
            let problems = (error as? RosterFileError)?.problems.map(\.description) ?? ["\(error)"]
            XCTAssertEqual(problems.count, 1, "\(problems)")
            XCTAssertTrue(problems[0].contains("r/volunteers.csv:3: 这一行有 3 格，表头只有 2 列：多出的“3栋”没有列名"), problems[0])
        }
        XCTAssertEqual(try text(folder, RosterFiles.volunteers), volunteers)
    }

    func testAnImportedSheetWithAFilledCellBeyondItsHeaderNamesTheLine() throws {
        let sheet = Fixtures.volunteerHeader + "王伟,13800000001,是,一队,,,,,\n李娜,13800000002,否,一队,,,,,5栋\n"
        XCTAssertThrowsError(try Fixtures.importing(["v.csv": sheet])) { error in
            XCTAssertEqual((error as? RosterFileError)?.problems.map(\.description),
                           ["v.csv:3: 这一行有 9 格，表头只有 8 列：多出的“5栋”没有列名，不能读入也不能保存。请在表头补上列名，或删掉多余的格"])
        }
        XCTAssertEqual(try Fixtures.importing(["v.csv": sheet], skipBad: true).roster.volunteers.map(\.name), ["王伟"],
                       "--skip-bad leaves out the row, an empty cell beyond the header is fine")
    }

    func testAChangedTableIsRewrittenAndEveryOtherCommentStays() throws {
        let folder = try folder()
        let store = try RosterStore(folder: folder)
        var roster = store.roster
        roster.checkpoints[0].peoplePerShift = 3
        roster.teams.remove(at: 1)
        roster.shifts.append(Shift(name: "早班", start: ClockTime(minutes: 360)!, end: ClockTime(minutes: 720)!))
        try store.save(roster)
        var expected = HandWrittenFileTests.definitions
        expected = expected.replacingOccurrences(of: "people = 2", with: "people = 3")
        expected = expected.replacingOccurrences(of: "\n# 二队四月解散\n[[team]]\nname = \"二队\"\nkind = \"志愿服务队\"\n", with: "")
        expected = expected.replacingOccurrences(of: "end = \"08:00\"\n", with: "end = \"08:00\"\n\n[[shift]]\nname = \"早班\"\nstart = \"06:00\"\nend = \"12:00\"\n")
        XCTAssertEqual(try text(folder, RosterFiles.definitions), expected)
        XCTAssertEqual(try RosterStore(folder: folder, readOnly: true).roster.shifts.map(\.name), ["白班", "夜班", "早班"])
    }

    func testAChangedTableKeepsItsCommentsAndTheLinesOfItsUnchangedKeys() throws {
        let definitions = HandWrittenFileTests.definitions.replacingOccurrences(
            of: "shifts = [\"白班\", \"夜班\"]\npeople = 2\n",
            with: "shifts = [\n  \"白班\",  # 早八点\n  \"夜班\",\n]\n# 夜里也是两人\npeople = 2   # 街道定的\n")
        let folder = try folder(definitions: definitions)
        let store = try RosterStore(folder: folder)
        var roster = store.roster
        roster.teams[0].leader = "王伟"
        roster.checkpoints[0].peoplePerShift = 3
        roster.checkpoints[0].reserve = "二队"
        try store.save(roster)
        var expected = definitions.replacingOccurrences(of: "people = 2   # 街道定的\n", with: "people = 3\n")
        expected = expected.replacingOccurrences(of: "keepers = [\"一队\"]\n", with: "keepers = [\"一队\"]\nreserve = \"二队\"\n")
        expected = expected.replacingOccurrences(of: "kind = \"志愿服务队\"   # 街道编的队\n", with: "kind = \"志愿服务队\"   # 街道编的队\nleader = \"王伟\"\n")
        XCTAssertEqual(try text(folder, RosterFiles.definitions), expected)
    }

    func testANewTitleKeepsTheCommentsAboveIt() throws {
        let folder = try folder()
        let store = try RosterStore(folder: folder)
        var roster = store.roster
        roster.settings.title = "春谷社区值班表（五月）"
        roster.settings.rules.minRestMinutes = 600
        try store.save(roster)
        let written = try text(folder, RosterFiles.definitions)
        XCTAssertTrue(written.hasPrefix("# 春谷社区值班表：改完告诉王伟\ntitle = \"春谷社区值班表（五月）\"\ntime_zone = \"Asia/Shanghai\"\n\n# 休息时间按街道的要求\n[rules]\nmin_rest = \"10h\"\nmin_rest_after_night = \"12h\"\n"), written)
        XCTAssertTrue(written.hasSuffix("[[team]]\nname = \"二队\"\nkind = \"志愿服务队\"\n\n# 以上由居委会维护\n"), written)
        XCTAssertTrue(written.contains("# 白班早上八点交接\n[[shift]]"), written)
    }

    func testTheClosingLineOfTheChatMessagesIsATableLikeTheRestAndKeepsTheComments() throws {
        let withNotify = Self.definitions.replacingOccurrences(
            of: "# 白班早上八点交接", with: "# 群里每条通知的结尾\n[notify]\nclosing = \"请提前10分钟到岗\"\n\n# 白班早上八点交接")
        let notified = try self.folder(definitions: withNotify)
        let store = try RosterStore(folder: notified)
        var roster = store.roster
        XCTAssertEqual(roster.settings.notifyClosing, "请提前10分钟到岗")
        roster.settings.notifyClosing = "请提前10分钟到岗，做好个人防护"
        try store.save(roster)
        let changed = try text(notified, RosterFiles.definitions)
        XCTAssertEqual(changed, withNotify.replacingOccurrences(of: "请提前10分钟到岗\"", with: "请提前10分钟到岗，做好个人防护\""))

        // A file without [notify] gets one, and keeps every comment it had.
        let plain = try self.folder(definitions: Self.definitions)
        let plainStore = try RosterStore(folder: plain)
        var added = plainStore.roster
        added.settings.notifyClosing = "注意防护"
        try plainStore.save(added)
        let written = try text(plain, RosterFiles.definitions)
        let untilTheLastComment = Self.definitions.components(separatedBy: "# 以上由居委会维护")[0]
        XCTAssertTrue(written.hasPrefix(untilTheLastComment), written)
        XCTAssertTrue(written.hasSuffix("[notify]\nclosing = \"注意防护\"\n\n# 以上由居委会维护\n"), written)
        XCTAssertEqual(try RosterStore(folder: plain, readOnly: true).roster.settings.notifyClosing, "注意防护")
    }

    func testACopyInAnotherFolderKeepsTheColumnsAndCommentsAndHoldsTheWork() throws {
        let folder = try folder()
        let store = try RosterStore(folder: folder)
        var roster = store.roster
        roster.volunteers[0].phone = "13900000000"
        let copy = folder.deletingLastPathComponent().appendingPathComponent("r-副本")
        _ = try RosterStore.create(folder: copy, roster: roster, like: store)
        XCTAssertEqual(try text(copy, RosterFiles.definitions), HandWrittenFileTests.definitions)
        XCTAssertEqual(try text(copy, RosterFiles.volunteers),
                       HandWrittenFileTests.volunteers.replacingOccurrences(of: "13800000001", with: "13900000000"))
        XCTAssertTrue(try text(copy, RosterFiles.duties).contains(",南门,王伟;李娜,否,,张三\n"))
        XCTAssertEqual(try text(folder, RosterFiles.volunteers), HandWrittenFileTests.volunteers, "the original is as it was")
    }

    func testARosterBuiltAroundListsFoundThereKeepsTheirColumns() throws {
        let folder = Fixtures.temporaryFolder(self).appendingPathComponent("r")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try HandWrittenFileTests.volunteers.write(to: folder.appendingPathComponent(RosterFiles.volunteers), atomically: false, encoding: .utf8)
        let lists = try XCTUnwrap(try ExistingLists.find(in: folder, title: "春谷"))
        var roster = lists.roster
        roster.volunteers[1].phone = "13900000000"  // an import into it, say
        _ = try RosterStore.create(folder: folder, roster: roster, around: lists)
        XCTAssertEqual(try text(folder, RosterFiles.volunteers),
                       HandWrittenFileTests.volunteers.replacingOccurrences(of: "13800000002", with: "13900000000"))
        XCTAssertFalse(exists(folder, RosterFiles.duties), "a list that was not there is not made up")
    }

    func testAFileWhoseTablesCannotBeToldApartIsWrittenCanonically() throws {
        // Shifts written as an inline array: no [[shift]] block to edit in place.
        let definitions = "title = \"t\"\nshift = [{ name = \"白班\", start = \"08:00\", end = \"20:00\" }]\n"
        let folder = try folder(definitions: definitions, volunteers: "姓名\n", duties: "日期,班次,卡口,值班人员\n")
        let store = try RosterStore(folder: folder)
        var roster = store.roster
        roster.settings.title = "新标题"
        try store.save(roster)
        let reread = try RosterStore(folder: folder, readOnly: true).roster
        XCTAssertEqual(reread.settings.title, "新标题")
        XCTAssertEqual(reread.shifts.map(\.name), ["白班"])
    }
}
