import Foundation
import ZhibanModel
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads one worksheet part (`xl/worksheets/sheetN.xml`) into its non-empty cells, by row and
/// column, and its merged ranges. Cell values come out as the text import reads: shared and
/// inline strings as they are, numbers and dates through their number format.
final class SheetParser: WorkbookXML.Handler {
    /// The most cells with a value one sheet may hold: 4 million, more than twice a sheet of
    /// 200,000 volunteers with 8 columns, and a bound on the memory a sheet can take.
    static let maxCells = 4_000_000
    /// The last row and column a sheet can have (Excel's own limits).
    static let maxRow = 1_048_576
    /// The last column (`XFD`).
    static let maxColumn = 16_384

    /// The cells with a value: row → column → text (both 1-based).
    private(set) var cells: [Int: [Int: String]] = [:]
    /// The merged ranges, as (first row, first column, last row, last column).
    private(set) var merges: [(Int, Int, Int, Int)] = []
    private(set) var cellCount = 0

    private let sharedStrings: [String]
    private let formats: [CellNumberFormat]
    private let date1904: Bool

    private var row = 0
    private var column = 0
    private var type = ""
    private var style = 0
    private var value = ""
    private var inlineText = ""
    private var capture: Capture = .none
    private var phoneticDepth = 0

    private enum Capture { case none, value, inlineText }

    /// A parser resolving shared strings and styles (`formats` by style index).
    init(sharedStrings: [String], formats: [CellNumberFormat], date1904: Bool) {
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.date1904 = date1904
    }

    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "row":
            row = attributeDict["r"].flatMap { Int($0) } ?? row + 1
            column = 0
            guard (1...Self.maxRow).contains(row) else { return fail(parser, Localized("行号 \(row) 超出 Excel 的范围", "row number \(row) is outside Excel’s range")) }
        case "c":
            if let reference = attributeDict["r"] {
                guard let cell = Self.cellReference(reference) else { return fail(parser, Localized("单元格位置“\(reference)”无效", "invalid cell reference “\(reference)”")) }
                column = cell.column
                if let cellRow = cell.row { row = cellRow }
            } else {
                column += 1
            }
            guard row >= 1, column <= Self.maxColumn else { return fail(parser, Localized("单元格超出 Excel 的范围", "a cell is outside Excel’s range")) }
            type = attributeDict["t"] ?? "n"
            style = attributeDict["s"].flatMap { Int($0) } ?? 0
            value = ""
            inlineText = ""
        case "v": capture = .value
        case "t" where phoneticDepth == 0: capture = .inlineText
        case "rPh": phoneticDepth += 1
        case "mergeCell":
            guard let reference = attributeDict["ref"], let range = Self.rangeReference(reference) else {
                return fail(parser, Localized("合并单元格范围“\(attributeDict["ref"] ?? "")”无效", "invalid merged cell range “\(attributeDict["ref"] ?? "")”"))
            }
            merges.append(range)
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capture {
        case .none: break
        case .value: value += string
        case .inlineText: inlineText += string
        }
    }

    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch localName(elementName) {
        case "v", "t": capture = .none
        case "rPh": phoneticDepth -= 1
        case "c": store(parser)
        default: break
        }
    }

    private func store(_ parser: XMLParser) {
        let text: String
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                return fail(parser, Localized("第 \(row) 行的单元格指向不存在的共享文本 \(value)", "a cell in row \(row) points to missing shared text \(value)"))
            }
            text = sharedStrings[index]
        case "inlineStr": text = inlineText
        case "b": text = value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "str", "e": text = value
        case "d": text = Self.isoDateText(value)
        default:
            let format = formats.indices.contains(style) ? formats[style] : .plain
            text = value.isEmpty ? "" : format.text(value.trimmingCharacters(in: .whitespaces), date1904: date1904)
        }
        guard !text.isEmpty else { return }
        if cells[row, default: [:]].updateValue(text, forKey: column) == nil { cellCount += 1 }
        if cellCount > Self.maxCells {
            fail(parser, Localized("工作表的单元格太多（超过 \(Self.maxCells) 个），没有读取；请把表格拆成几个文件导入",
                                   "the sheet has too many cells (over \(Self.maxCells)), not read; split it into several files to import"))
        }
    }

    /// `2022-04-17T08:00:00` (a date cell written as text, `t="d"`) as import reads it.
    private static func isoDateText(_ value: String) -> String {
        let parts = value.split(separator: "T", maxSplits: 1)
        guard parts.count == 2 else { return value }
        let time = String(parts[1].prefix(5))
        return parts[0].hasPrefix("1899-12-") ? time : time == "00:00" ? String(parts[0]) : "\(parts[0]) \(time)"
    }

    /// `B12` → column 2, row 12 (the row may be missing: `B`).
    static func cellReference(_ text: String) -> (column: Int, row: Int?)? {
        var column = 0
        var digits = Substring("")
        for (offset, character) in text.enumerated() {
            guard let ascii = character.asciiValue else { return nil }
            if (65...90).contains(ascii) || (97...122).contains(ascii) {
                column = column * 26 + Int(ascii & 0x1F)
                guard column <= maxColumn else { return nil }
            } else {
                digits = text.dropFirst(offset)
                break
            }
        }
        guard column >= 1 else { return nil }
        if digits.isEmpty { return (column, nil) }
        guard digits.count <= 7, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let row = Int(digits), (1...maxRow).contains(row) else { return nil }
        return (column, row)
    }

    /// `A1:H2` → (1, 1, 2, 8); a single cell `A1` is a range of one.
    static func rangeReference(_ text: String) -> (Int, Int, Int, Int)? {
        let ends = text.split(separator: ":")
        guard (1...2).contains(ends.count), let first = cellReference(String(ends[0])), let firstRow = first.row,
              let last = cellReference(String(ends[ends.count - 1])), let lastRow = last.row,
              firstRow <= lastRow, first.column <= last.column else { return nil }
        return (firstRow, first.column, lastRow, last.column)
    }
}
