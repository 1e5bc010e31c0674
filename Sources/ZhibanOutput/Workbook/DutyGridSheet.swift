import ZhibanModel

/// Lays a `DutyGrid` out as a worksheet, the way street offices print a 排班表:
///
/// ```
/// 1  春谷社区 值班表                                     (merged across)
/// 2  2022年4月7日 星期四 至 …  白＝白班 08:00–20:00 …    (merged across)
/// 3  序号 姓名 队伍 电话 │ 4/7 4/8 … │ 白班 夜班 合计 小时   (序号… and totals merged down)
/// 4                     │ 四  五  … │
/// 5… 1   ★☆夏红文 综合组 170… │ 白  休  … │ 1    0    1    12
///    在岗人数            │ 3   2   … │                        (label merged across)
///    空位                │ 0   1   … │
/// ```
///
/// The header rows and the name columns are frozen and repeat on every printed page. Text is
/// sanitized as in every print, and always a string cell: a name starting with `=` is never a formula.
enum DutyGridSheet {
    static let headerRows = 2
    private static let titleRows = 2

    /// The worksheet of `grid`, named `name`.
    static func worksheet(_ grid: DutyGrid, name: String) -> Worksheet {
        let leading = ["序号", "姓名", "队伍"] + (grid.includesPhone ? ["电话"] : [])
        let trailing = grid.shifts + ["合计", "小时"]
        let width = leading.count + grid.dates.count + trailing.count
        let firstDay = leading.count
        let firstTotal = firstDay + grid.dates.count
        var rows: [[Worksheet.Cell?]] = []
        func text(_ value: String, _ style: WorkbookStyles.Style) -> Worksheet.Cell {
            .init(value: .text(value.sanitizedForDisplay), style: style)  // as in every print: no control characters, no bidi tricks
        }
        func number(_ value: Double) -> Worksheet.Cell { .init(value: .number(value), style: .centered) }
        func padded(_ cells: [Worksheet.Cell?], style: WorkbookStyles.Style) -> [Worksheet.Cell?] {
            cells + Array(repeating: Worksheet.Cell(value: .text(""), style: style), count: width - cells.count)
        }

        rows.append([text(grid.title, .title)])
        rows.append([text(grid.period + "　　" + grid.legend, .note)])
        rows.append(padded(leading.map { text($0, .header) } + grid.dates.map { text("\($0.month)/\($0.day)", .header) }
            + trailing.map { text($0, .header) }, style: .header))
        rows.append(padded(Array(repeating: text("", .header), count: leading.count)
            + grid.dates.map { text(String($0.weekday.chineseShort.dropFirst()), .header) }, style: .header))
        for (index, row) in grid.rows.enumerated() {
            let person = [number(Double(index + 1)), text(row.person.markedName, .left), text(row.person.team, .left)]
                + (grid.includesPhone ? [text(row.person.phone, .left)] : [])
            let days = row.days.map { text($0, $0 == "休" ? .dayOff : .centered) }
            let totals = (row.shiftCounts.map(Double.init) + [Double(row.total), row.hours]).map(number)
            rows.append(person + days + totals)
        }
        if grid.rows.isEmpty { rows.append(padded([text(RosterSheet.nothingOnDuty, .left)], style: .left)) }
        let footerStart = rows.count
        for (label, figures) in [("在岗人数", grid.onDuty), ("空位", grid.openPlaces)] {
            rows.append(padded([text(label, .header)] + Array(repeating: text("", .header), count: leading.count - 1)
                + figures.map { number(Double($0)) }, style: .centered))
        }

        var sheet = Worksheet(name: name, rows: rows)
        let last = width - 1
        sheet.merges = [(0, 0, 0, last), (1, 0, 1, last)]
            + (0..<leading.count).map { (titleRows, $0, titleRows + 1, $0) }
            + (firstTotal..<width).map { (titleRows, $0, titleRows + 1, $0) }
            + [(footerStart, 0, footerStart, leading.count - 1), (footerStart + 1, 0, footerStart + 1, leading.count - 1)]
        if grid.rows.isEmpty { sheet.merges.append((footerStart - 1, 0, footerStart - 1, last)) }
        sheet.fitWidths()
        sheet.rowHeights = [0: 26, 1: 36]
        sheet.frozenRows = titleRows + headerRows
        sheet.frozenColumns = leading.count
        sheet.printTitleRows = titleRows...(titleRows + headerRows - 1)
        return sheet
    }
}
