import Foundation
import ZhibanModel

/// Reads an `.xlsx` workbook (Excel, WPS, LibreOffice) into tables for `SpreadsheetImporter`:
/// one table per worksheet, named `file.xlsx[sheet]` in messages, each record's line being its
/// row in Excel. Every size is bounded (see `WorkbookArchive`, `SheetParser`), so a damaged or
/// hostile workbook is a clear error, never a full memory.
///
/// Sheets are recognised by their headers like CSV files. Left out, with a note: hidden sheets,
/// and sheets whose header names no known table unless the sheet's name says it is one (志愿者,
/// 卡口, 班次, 队伍…), so a 说明 sheet of instructions does not stop the import; and 排班表 sheets
/// as `zhiban print --format xlsx` writes them, which are not lists to import. Empty sheets
/// (WPS's Sheet2, Sheet3) are left out silently.
public enum WorkbookReader {
    /// The tables of a workbook, and what was left out.
    public struct Workbook: Sendable {
        /// One table per worksheet read, in the workbook's order.
        public var tables: [CSVTable]
        /// One line per sheet left out, saying why.
        public var notes: [Localized]
    }

    /// Sheet names that say which table a sheet holds.
    static let tableSheetNames = ["志愿者", "人员", "名单", "卡口", "班次", "队伍", "小组", "党小组",
                                  "volunteer", "checkpoint", "shift", "group", "team"]

    /// Reads the workbook held by `bytes`; `name` is how the file is named in messages.
    public static func read(bytes: [UInt8], name: String) throws(RosterFileError) -> Workbook {
        if let problem = WorkbookFileKind(bytes: bytes).problem { throw RosterFileError(file: name, line: 0, problem) }
        var archive = try WorkbookArchive(bytes: bytes, name: name)
        let workbookPath = try officeDocumentPath(&archive, name: name)
        guard let workbookData = try archive.part(workbookPath) else {
            throw RosterFileError(file: name, line: 0, Localized("不是 Excel 工作簿（里面没有 \(workbookPath)）：请确认选对了文件",
                                                                "not an Excel workbook (it has no \(workbookPath)): check it is the right file"))
        }
        let index = WorkbookElementList(wanted: ["sheet", "workbookPr"])
        try WorkbookXML.parse(workbookData, part: workbookPath, file: name, with: index)
        let date1904 = index.elements.contains { $0.name == "workbookPr" && ["1", "true"].contains($0.attributes["date1904"]) }
        let relationships = try self.relationships(of: workbookPath, in: &archive, name: name)
        let folder = workbookPath.split(separator: "/").dropLast().map { $0 + "/" }.joined()
        let stylesPath = relationships.first { $0.type == "styles" }?.target ?? folder + "styles.xml"
        let stringsPath = relationships.first { $0.type == "sharedStrings" }?.target ?? folder + "sharedStrings.xml"
        let formats = try numberFormats(stylesPath, in: &archive, name: name)
        let strings = try sharedStrings(stringsPath, in: &archive, name: name)

        var workbook = Workbook(tables: [], notes: [])
        for sheet in index.elements where sheet.name == "sheet" {
            let sheetName = sheet.attributes["name"] ?? "?"
            let tableName = "\(name)[\(sheetName)]"
            guard let target = relationships.first(where: { $0.id == sheet.attributes["id"] }), target.type == "worksheet" else {
                continue  // a chart sheet or a dialog sheet: no cells
            }
            if let state = sheet.attributes["state"], state != "visible" {
                workbook.notes.append(Localized("\(tableName)：隐藏的工作表，没有导入", "\(tableName): a hidden sheet, not imported"))
                continue
            }
            guard let data = try archive.part(target.target) else {
                throw RosterFileError(file: tableName, line: 0, Localized("工作簿里缺少这张工作表（\(target.target)），文件已损坏", "the workbook lacks this sheet (\(target.target)): the file is damaged"))
            }
            let parser = SheetParser(sharedStrings: strings, formats: formats, date1904: date1904)
            try WorkbookXML.parse(data, part: target.target, file: tableName, with: parser)
            let records = try SheetRecords.records(cells: parser.cells, merges: parser.merges, name: tableName)
            guard let header = records.first else { continue }
            if isDutyGrid(header) {
                workbook.notes.append(Localized("\(tableName)：这是导出的排班表（人员×日期），不是可导入的名单，没有导入",
                                                "\(tableName): an exported duty sheet (people × dates), not a list to import; not imported"))
                continue
            }
            let namedAsTable = tableSheetNames.contains { sheetName.lowercased().contains($0) }
            if !namedAsTable && !SpreadsheetImporter.isTableHeader(header) {
                workbook.notes.append(Localized("\(tableName)：看不出是哪张表（表头没有“姓名”“卡口”“开始”或“负责小区”），没有导入",
                                                "\(tableName): cannot tell which table this is (no 姓名, 卡口, 开始 or 负责小区 in the header); not imported"))
                continue
            }
            workbook.tables.append(CSVTable(records: records, file: tableName))
        }
        return workbook
    }

    /// Whether `header` is that of a 排班表 as `zhiban print --format xlsx` writes it (姓名 and
    /// dates across, totals right): its names carry marks (★☆), so importing it as a volunteers
    /// table would add everyone twice.
    static func isDutyGrid(_ header: CSVRecord) -> Bool {
        let fields = Set(header.fields)
        return ["序号", "姓名", "合计", "小时"].allSatisfy(fields.contains)
    }

    // MARK: Parts

    private struct Relationship {
        var id: String
        /// The last part of the relationship type: `worksheet`, `styles`, `sharedStrings`.
        var type: Substring
        /// The part's path inside the archive.
        var target: String
    }

    private static func officeDocumentPath(_ archive: inout WorkbookArchive, name: String) throws(RosterFileError) -> String {
        let relationships = try self.relationships(of: "", in: &archive, name: name)
        return relationships.first { $0.type == "officeDocument" }?.target ?? "xl/workbook.xml"
    }

    /// The relationships of the part at `path` (`""` for the package itself), targets resolved.
    private static func relationships(of path: String, in archive: inout WorkbookArchive, name: String)
        throws(RosterFileError) -> [Relationship]
    {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let file = path.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/\(file).rels"
        guard let data = try archive.part(relsPath) else { return [] }
        let list = WorkbookElementList(wanted: ["Relationship"])
        try WorkbookXML.parse(data, part: relsPath, file: name, with: list)
        return list.elements.compactMap { element in
            guard let id = element.attributes["Id"], let target = element.attributes["Target"],
                  element.attributes["TargetMode"] != "External" else { return nil }
            let type = element.attributes["Type"]?.split(separator: "/").last ?? ""
            return Relationship(id: id, type: type, target: resolve(target, from: folder))
        }
    }

    /// A relationship target as a path in the archive: absolute (`/xl/…`) or relative to `folder`.
    private static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in target.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(component) }
        }
        return parts.joined(separator: "/")
    }

    /// The number format of each cell style (`cellXfs`), by style index.
    private static func numberFormats(_ path: String, in archive: inout WorkbookArchive, name: String)
        throws(RosterFileError) -> [CellNumberFormat]
    {
        guard let data = try archive.part(path) else { return [] }
        let list = WorkbookElementList(wanted: ["numFmt", "xf"])
        try WorkbookXML.parse(data, part: path, file: name, with: list)
        var codes: [Int: String] = [:]
        for element in list.elements where element.name == "numFmt" {
            if let id = element.attributes["numFmtId"].flatMap({ Int($0) }) { codes[id] = element.attributes["formatCode"] }
        }
        return list.elements.filter { $0.name == "xf" && $0.parent == "cellXfs" }.map { xf in
            let id = xf.attributes["numFmtId"].flatMap { Int($0) } ?? 0
            return CellNumberFormat(id: id, code: codes[id])
        }
    }

    private static func sharedStrings(_ path: String, in archive: inout WorkbookArchive, name: String)
        throws(RosterFileError) -> [String]
    {
        guard let data = try archive.part(path) else { return [] }
        let parser = SharedStringsParser()
        try WorkbookXML.parse(data, part: path, file: name, with: parser)
        return parser.strings
    }
}
