import Foundation
import XCTest
import ZhibanModel
import ZhibanPlanning
@testable import ZhibanOutput
import ZhibanTestSupport

/// `zhiban print --format xlsx`: the 排班表 as a grid, and the workbook as an independent
/// library (openpyxl) and, where installed, LibreOffice read it.
final class WorkbookExportTests: XCTestCase {
    private let week = SampleRoster.day...LocalDate(year: 2022, month: 4, day: 9)!

    private func grids(_ roster: Roster = SampleRoster.make(), by grouping: SheetGrouping = .date) -> [DutyGrid] {
        DutyGridBuilder(roster: roster).grids(dates: week, grouping: grouping)
    }

    func testPeopleDownDaysAcrossShiftMarksAndTotalsRight() throws {
        let grid = try XCTUnwrap(grids().first)
        XCTAssertEqual(grid.rows.map(\.person.name), ["夏红文", "于世", "毛瑩建", "李Anna", "欧阳建国", "宋福艳", "张伟", "刘洋", "王强", "陈静"])
        let leader = grid.rows[0]
        XCTAssertEqual(leader.days, ["白", "白", "休"])
        XCTAssertEqual(leader.shiftCounts, [2, 0])
        XCTAssertEqual(leader.total, 2)
        XCTAssertEqual(leader.hours, 24)
        XCTAssertEqual(grid.rows[1].days, ["夜", "夜", "休"])
        XCTAssertEqual(grid.rows.last!.days, ["休", "休", "休"])
        XCTAssertEqual(grid.shifts, ["白班", "夜班"])
        XCTAssertEqual(grid.onDuty, [9, 9, 0])
        XCTAssertEqual(grid.openPlaces, [1, 1, 10], "江岸名邸南门 wants two and has one; nothing is planned on the 9th")
        XCTAssertTrue(grid.legend.hasPrefix("白＝白班 08:00–20:00　夜＝夜班 20:00–08:00(次日)　休＝当天不值班"))
    }

    func testOneGridPerGateWithItsKeepersAndBlankWhereOnDutyElsewhere() {
        let gates = grids(by: .checkpoint)
        XCTAssertEqual(gates.map(\.sheetName), ["天瑞城市花园南门", "春谷新村南门", "江岸名邸南门"])
        let chungu = gates[1]
        XCTAssertEqual(chungu.rows.map(\.person.name), ["欧阳建国", "宋福艳", "张伟", "刘洋", "王强"])
        XCTAssertEqual(chungu.rows[1].days, ["", "", "休"], "宋福艳 stands at 江岸名邸南门 on both days")
        XCTAssertEqual(chungu.rows[4].days, ["夜", "夜", "休"], "王强 of the reserve is on this gate's sheet")
        XCTAssertEqual(chungu.onDuty, [4, 4, 0])
        XCTAssertEqual(chungu.openPlaces, [0, 0, 4])
    }

    func testShiftsSharingAFirstCharacterAreWrittenInFull() {
        var roster = SampleRoster.make()
        roster.shifts.append(Shift(name: "白天加班", start: ClockTime(hour: 12, minute: 0)!, end: ClockTime(hour: 14, minute: 0)!))
        roster.duties.append(Duty(date: SampleRoster.day, shift: "白天加班", checkpoint: "江岸名邸南门", people: ["夏红文"]))
        let leader = grids(roster)[0].rows[0]
        XCTAssertEqual(leader.days, ["白班、白天加班", "白班", "休"])
        XCTAssertEqual(leader.shiftCounts, [2, 0, 1])
        XCTAssertEqual(leader.hours, 26)
    }

    func testSheetNamesAreMadeLegalAndUnique() {
        XCTAssertEqual(WorkbookText.sheetName("南门[1]:临时/测试?", taken: []), "南门_1__临时_测试_")
        XCTAssertEqual(WorkbookText.sheetName("南门", taken: ["南门"]), "南门(2)")
        XCTAssertEqual(WorkbookText.sheetName(String(repeating: "长", count: 40), taken: []).count, 31)
        XCTAssertEqual(WorkbookText.sheetName("''", taken: []), "Sheet")
    }

    func testTheSameRosterGivesTheSameBytes() {
        let data = { WorkbookExport.data(roster: SampleRoster.make(), dates: self.week, grouping: .checkpoint, includePhone: true) }
        XCTAssertEqual(data(), data())
        XCTAssertEqual(data().prefix(4), Data([0x50, 0x4B, 0x03, 0x04]))
    }

    // MARK: Read back by others

    private struct ReadSheet: Decodable {
        var name: String
        var values: [[String]]
        var merged: [String]
        var widths: [String: Double]
        var freeze: String
        var orientation: String
        var paperSize: Int
        var fitToWidth: Int
        var printTitleRows: String
    }

    private func readByOpenpyxl(_ data: Data) throws -> [ReadSheet] {
        guard let python = ProcessRunner.find(["python3"]) else {
            throw XCTSkip("python3 is not installed; the workbook check needs python3 and `python3 -m pip install openpyxl`")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-\(UUID().uuidString).xlsx")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ProcessRunner.run(python, ["-c", PythonWorkbookScript.source, file.path], timeout: 120)
        if result.status == 3 { throw XCTSkip("the Python package openpyxl is missing: python3 -m pip install openpyxl") }
        XCTAssertEqual(result.status, 0, result.errors)
        return try JSONDecoder().decode([ReadSheet].self, from: Data(result.output.utf8))
    }

    func testOpenpyxlReadsTheValuesMergesWidthsFrozenHeaderAndA4Landscape() throws {
        let data = WorkbookExport.data(roster: SampleRoster.make(), dates: week, grouping: .date, includePhone: true)
        // Read outside XCTUnwrap: a skip thrown inside its autoclosure is reported as a failure.
        let sheets = try readByOpenpyxl(data)
        let sheet = try XCTUnwrap(sheets.first)
        XCTAssertEqual(sheet.name, "排班表")
        XCTAssertEqual(sheet.values[0][0], "春谷社区疫情防控值班表")
        XCTAssertEqual(sheet.values[2], ["序号", "姓名", "队伍", "电话", "4/7", "4/8", "4/9", "白班", "夜班", "合计", "小时"])
        XCTAssertEqual(sheet.values[3], ["", "", "", "", "四", "五", "六", "", "", "", ""])
        XCTAssertEqual(sheet.values[4], ["1", "★☆夏红文", "天瑞值守组", "17010000000", "白", "白", "休", "2", "0", "2", "24"])
        XCTAssertEqual(sheet.values[13], ["10", "陈静", "机动组", "17010000009", "休", "休", "休", "0", "0", "0", "0"])
        XCTAssertEqual(sheet.values[14], ["在岗人数", "", "", "", "9", "9", "0", "", "", "", ""])
        XCTAssertEqual(sheet.values[15], ["空位", "", "", "", "1", "1", "10", "", "", "", ""])
        XCTAssertEqual(sheet.merged, ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "H3:H4", "I3:I4", "J3:J4", "K3:K4",
                                      "A15:D15", "A16:D16"].sorted(), "title, legend, two-row headers, footer labels")
        XCTAssertEqual(sheet.widths["B"], 12, "★☆欧阳建国: 2 marks and 4 Chinese characters, 10 columns, and a margin")
        XCTAssertEqual(sheet.widths["D"], 13, "11 digits and a margin")
        XCTAssertEqual(sheet.freeze, "E5")
        XCTAssertEqual(sheet.printTitleRows, "$3:$4")
        XCTAssertEqual(sheet.orientation, "landscape")
        XCTAssertEqual(sheet.paperSize, 9, "A4")
        XCTAssertEqual(sheet.fitToWidth, 1)
    }

    func testOpenpyxlReadsOneSheetPerGateAndHostileNamesIntact() throws {
        var roster = SampleRoster.make()
        let hostile = "a<b>&\"c\u{7}"
        roster.volunteers[2].name = "=1+1"
        for index in roster.duties.indices { roster.duties[index].people = roster.duties[index].people.map { $0 == "毛瑩建" ? "=1+1" : $0 } }
        roster.volunteers[1].name = hostile
        for index in roster.duties.indices { roster.duties[index].people = roster.duties[index].people.map { $0 == "于世" ? hostile : $0 } }
        roster.checkpoints[2].name = "江岸名邸[南门]"
        for index in roster.duties.indices where roster.duties[index].checkpoint == "江岸名邸南门" { roster.duties[index].checkpoint = "江岸名邸[南门]" }
        let sheets = try readByOpenpyxl(WorkbookExport.data(roster: roster, dates: week, grouping: .checkpoint, includePhone: false))
        XCTAssertEqual(sheets.map(\.name), ["天瑞城市花园南门", "春谷新村南门", "江岸名邸_南门_"])
        XCTAssertEqual(sheets[0].values[2].prefix(3), ["序号", "姓名", "队伍"])
        XCTAssertFalse(sheets[0].values[2].contains("电话"), "--no-phone leaves the column out")
        XCTAssertFalse(sheets.flatMap(\.values).joined().contains { $0.contains("1701") }, "and every phone number")
        XCTAssertTrue(sheets[0].values.contains { $0[1] == "☆a<b>&\"c\u{FFFD}" }, "markup escaped, the bell made harmless as in every print")
        XCTAssertTrue(sheets[0].values.contains { $0[1] == "=1+1" }, "a text cell, never a formula")
        XCTAssertEqual(sheets[0].freeze, "D5")
    }

    func testOpenpyxlReadsTheHoursReportWithTotalsNoteSignatureLinesAndA4Portrait() throws {
        let tally = ServedTally(SampleRoster.make(), record: HoursReportTests.record(), from: SampleRoster.day,
                                to: SampleRoster.nextDay, today: LocalDate(year: 2022, month: 4, day: 9)!)
        let table = HoursTable(title: SampleRoster.make().settings.title, tally: tally, grouping: .person)
        let sheets = try readByOpenpyxl(HoursWorkbook.data(table))
        XCTAssertEqual(sheets.count, 1)
        let sheet = sheets[0]
        XCTAssertEqual(sheet.values[0][0], "春谷社区疫情防控值班表 志愿服务时数一览表")
        XCTAssertEqual(sheet.values[1][0], "2022-04-07 至 2022-04-08")
        XCTAssertEqual(sheet.values[2], table.header)
        for (index, row) in table.rows.enumerated() {
            XCTAssertEqual(sheet.values[3 + index], row, "row \(index): every figure read back as written")
        }
        let totalRow = 3 + table.rows.count - 1
        XCTAssertEqual(sheet.values[totalRow][0], "合计")
        XCTAssertFalse(table.unconfirmedNote.isEmpty, "4月8日 is not closed")
        let below = sheet.values[(totalRow + 1)...].map { $0[0] }.filter { !$0.isEmpty }
        XCTAssertEqual(below, [table.unconfirmedNote] + HoursTable.signatureLines)
        XCTAssertFalse(sheet.values.joined().contains { $0.contains("1701") }, "the report holds no phone number")
        let last = Worksheet.columnName(table.header.count - 1)
        XCTAssertTrue(sheet.merged.contains("A1:\(last)1"), sheet.merged.description)
        XCTAssertTrue(sheet.merged.contains("A\(sheet.values.count):\(last)\(sheet.values.count)"), "the date line spans the table")
        XCTAssertEqual(sheet.widths["A"], 10, "欧阳建国: 4 Chinese characters, 8 columns, and a margin; no wider for the merged title")
        XCTAssertEqual(sheet.widths["E"], 18, "服务时长（小时）: 8 Chinese characters and a margin")
        XCTAssertEqual(sheet.freeze, "A4")
        XCTAssertEqual(sheet.printTitleRows, "$3:$3")
        XCTAssertEqual(sheet.orientation, "portrait")
        XCTAssertEqual(sheet.paperSize, 9, "A4")
        XCTAssertEqual(sheet.fitToWidth, 1)
    }

    func testLibreOfficeConvertsTheWorkbookToPDF() throws {
        guard let office = ProcessRunner.find(["soffice", "libreoffice"]) else {
            throw XCTSkip("LibreOffice is not installed: the PDF check runs where it is")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("roster.xlsx")
        try WorkbookExport.data(roster: SampleRoster.make(), dates: week, grouping: .checkpoint, includePhone: true).write(to: file)
        let result = try ProcessRunner.run(office, ["--headless", "-env:UserInstallation=file://\(folder.path)/profile",
                                                   "--convert-to", "pdf", "--outdir", folder.path, file.path], timeout: 180)
        XCTAssertEqual(result.status, 0, result.errors)
        let pdf = try Data(contentsOf: folder.appendingPathComponent("roster.pdf"))
        XCTAssertEqual(pdf.prefix(5), Data("%PDF-".utf8))
    }
}
