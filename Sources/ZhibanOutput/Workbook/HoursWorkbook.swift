import Foundation

/// The 志愿服务时数一览表 as an `.xlsx` workbook (`zhiban report hours --format xlsx -o FILE`):
/// one sheet, printed A4 portrait fitted to one page wide, the way it is signed and stamped:
///
/// ```
/// 1  春谷社区… 志愿服务时数一览表                    (merged across)
/// 2  2022-04-07 至 2022-04-08                        (merged across)
/// 3  姓名 队伍 单位 值班次数 服务时长（小时） …       (frozen, repeated on every page)
/// 4… 夏红文 天瑞值守组 … 2 24 …                      (figures as numbers)
///    合计 …
///    未确认：…                                        (merged across, when any day is open)
///    负责人签字：… / 盖章： / 日期：…
/// ```
///
/// Text is sanitized as in every print and always a string cell. The table holds no phone numbers.
public enum HoursWorkbook {
    private static let titleRows = 2

    /// The workbook's bytes for `table`.
    public static func data(_ table: HoursTable) -> Data {
        WorkbookPackage.data([worksheet(table)])
    }

    static func worksheet(_ table: HoursTable) -> Worksheet {
        let width = table.header.count
        func text(_ value: String, _ style: WorkbookStyles.Style) -> Worksheet.Cell {
            .init(value: .text(value.sanitizedForDisplay), style: style)
        }
        func cell(_ value: String, column: Int) -> Worksheet.Cell {
            guard table.numberColumns.contains(column), let number = Double(value) else { return text(value, .left) }
            return .init(value: .number(number), style: .centered)
        }
        var rows: [[Worksheet.Cell?]] = [[text(table.title, .title)], [text(table.period, .note)]]
        rows.append(table.header.map { text($0, .header) })
        rows += table.rows.map { row in row.enumerated().map { cell($1, column: $0) } }
        var spanning = [0, 1]
        if !table.unconfirmedNote.isEmpty {
            rows.append([])
            spanning.append(rows.count)
            rows.append([text(table.unconfirmedNote, .note)])
        }
        rows.append([])
        for line in HoursTable.signatureLines {
            spanning.append(rows.count)
            rows.append([text(line, .note)])
        }

        var sheet = Worksheet(name: "志愿服务时数", rows: rows)
        sheet.merges = spanning.map { ($0, 0, $0, width - 1) }
        sheet.fitWidths()
        sheet.rowHeights = [0: 26]
        if !table.unconfirmedNote.isEmpty { sheet.rowHeights[spanning[2]] = 45 }  // the note wraps over lines
        sheet.frozenRows = titleRows + 1
        sheet.printTitleRows = titleRows...titleRows
        sheet.landscape = false
        return sheet
    }
}
