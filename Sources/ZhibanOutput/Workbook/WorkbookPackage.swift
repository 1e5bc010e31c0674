import Foundation
import ZIPFoundation

/// Writes worksheets as an `.xlsx` package (Office Open XML, as Excel 2007 and later, WPS and
/// LibreOffice read it), zipped by ZIPFoundation. Texts go into a shared-strings table as Excel
/// writes them. The same sheets always give the same bytes: entries carry a fixed date.
enum WorkbookPackage {
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// 2022-01-01 00:00 UTC: ZIP entries need a date; a fixed one keeps the output reproducible.
    private static let entryDate = Date(timeIntervalSince1970: 1_640_995_200)

    /// The bytes of a workbook holding `sheets`, in order.
    static func data(_ sheets: [Worksheet]) -> Data {
        var strings = SharedStrings()
        var parts: [(String, String)] = sheets.enumerated().map { index, sheet in
            ("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, selected: index == 0, strings: &strings))
        }
        parts += [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", header + "<Relationships xmlns=\"\(packageRelationships)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", WorkbookStyles.xml),
            ("xl/sharedStrings.xml", strings.xml),
        ]
        return zip(parts.sorted { order($0.0) < order($1.0) })
    }

    /// Content types first, as readers that stream the ZIP expect.
    private static func order(_ path: String) -> (Int, String) { (path == "[Content_Types].xml" ? 0 : 1, path) }

    private static func zip(_ parts: [(String, String)]) -> Data {
        // An in-memory archive only fails when memory does; there is no file to go wrong.
        let archive = try! Archive(accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try! archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return archive.data!
    }

    private static func contentTypes(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + sheets
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "</Types>"
    }

    private static func workbook(_ sheets: [Worksheet]) -> String {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(WorkbookText.xml(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        let titles = sheets.enumerated().compactMap { index, sheet -> String? in
            guard let rows = sheet.printTitleRows else { return nil }
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            return "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                + WorkbookText.xml("\(quoted)!$\(rows.lowerBound + 1):$\(rows.upperBound + 1)") + "</definedName>"
        }.joined()
        return header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>\(entries)</sheets>"
            + (titles.isEmpty ? "" : "<definedNames>\(titles)</definedNames>") + "</workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        return header + "<Relationships xmlns=\"\(packageRelationships)\">" + sheets
            + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
    }

    private static func worksheet(_ sheet: Worksheet, selected: Bool, strings: inout SharedStrings) -> String {
        var xml = header + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        let lastColumn = max(0, (sheet.rows.map(\.count).max() ?? 1) - 1)
        xml += "<dimension ref=\"A1:\(Worksheet.reference(row: max(0, sheet.rows.count - 1), column: lastColumn))\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
            let topLeft = Worksheet.reference(row: sheet.frozenRows, column: sheet.frozenColumns)
            xml += "<pane xSplit=\"\(sheet.frozenColumns)\" ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" "
                + "activePane=\"bottomRight\" state=\"frozen\"/><selection pane=\"bottomRight\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.widths.isEmpty {
            xml += "<cols>" + sheet.widths.enumerated().map { column, width in
                "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let height = sheet.rowHeights[rowIndex].map { " ht=\"\($0)\" customHeight=\"1\"" } ?? ""
            xml += "<row r=\"\(rowIndex + 1)\"\(height)>"
            for (column, cell) in row.enumerated() {
                guard let cell else { continue }
                let reference = Worksheet.reference(row: rowIndex, column: column)
                let style = cell.style == .plain ? "" : " s=\"\(cell.style.rawValue)\""
                switch cell.value {
                case .text(let text) where text.isEmpty:
                    xml += "<c r=\"\(reference)\"\(style)/>"
                case .text(let text):
                    xml += "<c r=\"\(reference)\"\(style) t=\"s\"><v>\(strings.index(of: text))</v></c>"
                case .number(let number):
                    xml += "<c r=\"\(reference)\"\(style)><v>\(WorkbookText.number(number))</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">" + sheet.merges.map { range in
                "<mergeCell ref=\"\(Worksheet.reference(row: range.0, column: range.1)):\(Worksheet.reference(row: range.2, column: range.3))\"/>"
            }.joined() + "</mergeCells>"
        }
        xml += "<printOptions horizontalCentered=\"1\"/>"
        xml += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"\(sheet.landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        xml += "<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>"
        return xml + "</worksheet>"
    }

    /// The shared-strings table being filled: each distinct text once, in first-use order.
    private struct SharedStrings {
        private var indexes: [String: Int] = [:]
        private var texts: [String] = []
        private var uses = 0

        mutating func index(of text: String) -> Int {
            uses += 1
            if let index = indexes[text] { return index }
            indexes[text] = texts.count
            texts.append(text)
            return texts.count - 1
        }

        var xml: String {
            WorkbookPackage.header + "<sst xmlns=\"\(WorkbookPackage.main)\" count=\"\(uses)\" uniqueCount=\"\(texts.count)\">"
                + texts.map { "<si><t xml:space=\"preserve\">\(WorkbookText.xml($0))</t></si>" }.joined() + "</sst>"
        }
    }
}
