import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// `served/YYYY-MM.csv`: written whole under the lock keeping every earlier byte, read back with
/// `file:line:` problems, hostile text kept on one line; and the 单位 column of volunteers.csv.
final class ServedStorageTests: XCTestCase {
    private func installed() throws -> (URL, RosterStore) {
        let folder = Fixtures.temporaryFolder(self).appendingPathComponent("roster")
        return (folder, try BundledExample.station.install(into: folder))
    }

    private func event(_ date: String, _ kind: ServedEventKind, person: String = "严杰", substitute: String = "",
                       text: String = "", at: String = "2022-04-09 08:00:00") -> ServedEvent {
        ServedEvent(recordedAt: at, recordedBy: "王书记", date: LocalDate(parsing: date)!, shift: "早班", checkpoint: "1号进站口",
                    person: kind.isAboutPerson ? person : "", kind: kind, substitute: substitute, text: text)
    }

    /// A file as text, byte-order mark included (`String(contentsOf:)` would drop it).
    private func text(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    private func month(_ folder: URL, _ name: String = "2022-04.csv") throws -> String {
        try text(folder.appendingPathComponent("served/\(name)"))
    }

    func testEventsGoToTheMonthOfTheirDutyWithAHeaderAndByteOrderMark() throws {
        let (folder, store) = try installed()
        try store.record([event("2022-04-08", .absent, text: "发烧"), event("2022-05-01", .served)])
        XCTAssertEqual(try month(folder), "\u{FEFF}记录时间,记录人,日期,班次,卡口,人员,事件,替班人,时间,说明\n"
                       + "2022-04-09 08:00:00,王书记,2022-04-08,早班,1号进站口,严杰,缺岗,,,发烧\n")
        XCTAssertTrue(try month(folder, "2022-05.csv").hasSuffix(",严杰,到岗,,,\n"))
        XCTAssertEqual(try store.servedRecord().eventCount, 2)
    }

    func testAnAppendKeepsEveryEarlierByteAndTheOldFileAsBackup() throws {
        let (folder, store) = try installed()
        try store.record([event("2022-04-08", .absent)])
        // Edited by hand in a spreadsheet: CRLF, no final line end. Kept exactly.
        let edited = try month(folder).replacingOccurrences(of: "\n", with: "\r\n").dropLast(2)
        try Data(edited.utf8).write(to: folder.appendingPathComponent("served/2022-04.csv"))
        try store.record([event("2022-04-08", .served, at: "2022-04-09 09:00:00")])
        let written = try month(folder)
        XCTAssertTrue(written.hasPrefix(String(edited) + "\n2022-04-09 09:00:00,"))
        XCTAssertEqual(try text(folder.appendingPathComponent("served/2022-04.csv.bak")), String(edited))
        XCTAssertEqual(try store.servedRecord().entry(event("2022-04-08", .served).slot, "严杰")?.outcome?.kind, .served)
    }

    func testHostileTextStaysOneFieldOnOneLine() throws {
        let (folder, store) = try installed()
        let hostile = "\"引号\",逗号\n第二行\r\u{1B}[31m=cmd|' /C calc'!A0"
        try store.record([event("2022-04-08", .replaced, person: "严杰", substitute: "李,\"娜\"", text: hostile)])
        XCTAssertEqual(try month(folder).split(separator: "\n").count, 2, "one header, one event")
        let read = try store.servedRecord().entry(event("2022-04-08", .served).slot, "严杰")?.outcome
        XCTAssertEqual(read?.substitute, "李,\"娜\"")
        XCTAssertEqual(read?.text, "\"引号\",逗号 第二行 \u{1B}[31m=cmd|' /C calc'!A0")
    }

    func testAReadOnlyStoreRecordsNothing() throws {
        let (folder, writer) = try installed()
        withExtendedLifetime(writer) {}
        let reader = try RosterStore(folder: folder, readOnly: true)
        XCTAssertThrowsError(try reader.record([event("2022-04-08", .served)])) { XCTAssertEqual($0 as? RosterStoreError, .readOnly) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("served").path))
    }

    func testBadLinesAreReportedByFileAndLineAndADamagedMonthIsNotWrittenInto() throws {
        let (folder, store) = try installed()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("served"), withIntermediateDirectories: true)
        let bad = "记录时间,记录人,日期,班次,卡口,人员,事件,替班人,时间,说明\n"
            + "2022-04-09 08:00:00,王,2022-04-08,早班,1号进站口,严杰,到岗,,,\n"
            + "昨天,王,2022-04-31,早班,1号进站口,严杰,请假,,,\n"
            + "2022-04-09 08:00:00,王,2022-05-01,早班,1号进站口,严杰,替班,,,\n"
            + "2022-04-09 08:00:00,王,2022-04-08,早班,1号进站口,严杰,迟到,,25:00,\n"
            + "2022-04-09 08:00:00,王,2022-04-08,,1号进站口,,交接,,,\n"
        try Data(bad.utf8).write(to: folder.appendingPathComponent("served/2022-04.csv"))
        XCTAssertThrowsError(try store.servedRecord()) { error in
            let root = folder.deletingLastPathComponent().path + "/"
            XCTAssertEqual((error as? RosterFileError)?.problems.map { $0.description.replacingOccurrences(of: root, with: "") }, [
                "roster/served/2022-04.csv:3: 记录时间“昨天”无效（应为 YYYY-MM-DD HH:MM:SS）；日期“2022-04-31”无效（应为 YYYY-MM-DD）；"
                    + "事件“请假”不认识（应为 到岗、缺岗、替班、迟到、早退、加班、交接、确认当天）",
                "roster/served/2022-04.csv:4: 日期 2022-05-01 不属于这个文件的月份（2022-04）；替班要写替班人",
                "roster/served/2022-04.csv:5: 迟到要写时间（HH:MM），而不是“25:00”",
                "roster/served/2022-04.csv:6: 缺少班次",
            ])
        }
        let before = try month(folder)
        XCTAssertThrowsError(try store.record([event("2022-04-08", .served)])) { error in
            XCTAssertTrue("\(error)".contains("served/2022-04.csv:3:"), "\(error)")
        }
        XCTAssertEqual(try month(folder), before)
    }

    func testTimestampsAreWholeAndReal() {
        XCTAssertTrue(ServedTable.isTimestamp("2022-04-09 08:00:00"))
        XCTAssertTrue(ServedTable.isTimestamp("2024-02-29 23:59:60"))
        for bad in ["2022-02-30 08:00:00", "2022-04-09 24:00:00", "2022-04-09 08:60:00", "2022-04-09 08:00:61", "2022-13-09 08:00:00", "2022-04-09 8:00:00", "2022-04-09T08:00:00",
                    "２０２２-04-09 08:00:00", "2022-04-09 08:00:00 ", ""] {
            XCTAssertFalse(ServedTable.isTimestamp(bad), bad)
        }
    }

    func testOnlyMonthFilesAreRead() throws {
        let (folder, store) = try installed()
        try store.record([event("2022-04-08", .served)])
        try Data("not a record".utf8).write(to: folder.appendingPathComponent("served/README.txt"))
        XCTAssertEqual(ServedFolder.monthFiles(in: folder), ["2022-04.csv"])
        XCTAssertEqual(try store.servedRecord().eventCount, 1)
    }

    func testTheUnitColumnIsReadUnderItsAliasesAndKeptThroughASave() throws {
        for header in ["单位", "派出单位", "工作单位", "unit"] {
            let outcome = try Fixtures.importing(["v.csv": "姓名,\(header)\n张三,区财政局\n李四,\n"])
            XCTAssertEqual(outcome.roster.volunteers.map(\.unit), ["区财政局", ""], header)
        }
        let (folder, store) = try installed()
        var roster = store.roster
        roster.volunteers[0].unit = "区财政局"
        try store.save(roster)
        let after = try text(folder.appendingPathComponent(RosterFiles.volunteers))
        XCTAssertTrue(after.hasPrefix("\u{FEFF}姓名,手机,党员,所属队伍,职务,技能,不能值班,备注,单位\n"), after)
        XCTAssertEqual(try RosterStore(folder: folder, readOnly: true).roster.volunteers[0].unit, "区财政局")
    }

    /// A file without 单位 (as every file is until someone has one) gets the column at its place
    /// when a unit is saved, its own columns kept as they were.
    func testAnOlderVolunteersFileGainsTheUnitColumnAfterItsNote() throws {
        let (folder, store) = try installed()
        let file = folder.appendingPathComponent(RosterFiles.volunteers)
        let lines = try text(file).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "\u{FEFF}姓名,手机,党员,所属队伍,职务,技能,不能值班,备注", "no 单位 while nobody has one")
        let older = (["姓名,手机,党员,所属队伍,职务,技能,不能值班,备注,楼栋号"] + lines.dropFirst().map { $0 + ",3栋" }).joined(separator: "\n") + "\n"
        try Data(older.utf8).write(to: file)
        var roster = try store.reload()
        roster.volunteers[0].unit = "区财政局"
        try store.save(roster)
        let saved = try text(file).split(separator: "\n")
        XCTAssertEqual(saved.first, "\u{FEFF}姓名,手机,党员,所属队伍,职务,技能,不能值班,备注,单位,楼栋号")
        XCTAssertTrue(saved[1].hasSuffix(",区财政局,3栋"), String(saved[1]))
        XCTAssertTrue(saved[2].hasSuffix(",,3栋"), String(saved[2]))
    }
}
