import ZhibanModel

/// Writes a sheet as one self-contained HTML page (no scripts, no external files) made to be
/// printed on A4: each section is a sheet with the title, heading, period and legend, and
/// where the grouping asks, a page break after it (one sheet per gate). Every text is escaped.
public struct HTMLSheetRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The page.
    public func render(_ sheet: RosterSheet) -> String {
        var html = HTMLPageHead.text(title: sheet.title)
        if sheet.sections.isEmpty {
            html += "<section class=\"sheet\">\n" + header(sheet, heading: nil)
                + "<p class=\"empty\">\(RosterSheet.nothingOnDuty.htmlEscaped)</p>\n</section>\n"
        }
        for (number, section) in sheet.sections.enumerated() {
            let breaksAfter = sheet.startsPagePerSection && number < sheet.sections.count - 1
            let repeatsHeader = sheet.startsPagePerSection || number == 0
            html += "<section class=\"sheet\(breaksAfter ? " page-end" : "")\">\n"
            html += repeatsHeader ? header(sheet, heading: section.heading) : "<h2>\(section.heading.htmlEscaped)</h2>\n"
            html += table(section.table) + "</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    private func header(_ sheet: RosterSheet, heading: String?) -> String {
        var html = "<h1>\(sheet.title.htmlEscaped)</h1>\n"
        if let heading { html += "<h2>\(heading.htmlEscaped)</h2>\n" }
        if heading == nil || sheet.showsPeriodPerSection { html += "<p class=\"period\">\(sheet.period.htmlEscaped)</p>\n" }
        return html + "<p class=\"legend\">\(PersonMarks.legendForBlankCells.htmlEscaped)</p>\n"
    }

    /// The table; a repeated slot cell becomes one cell spanning its rows.
    private func table(_ table: SheetTable) -> String {
        var html = "<table>\n<thead><tr>" + table.columns.map { "<th>\($0.title.htmlEscaped)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows.indices {
            html += "<tr>"
            for column in table.columns.indices where !table.repeatsAbove(row: row, column: column) {
                let height = column < table.groupingColumnCount ? table.blockHeight(row: row, column: column) : 1
                html += cell(table.rows[row][column], rowSpan: height)
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func cell(_ cell: SheetCell, rowSpan: Int) -> String {
        let span = rowSpan > 1 ? " rowspan=\"\(rowSpan)\"" : ""
        switch cell {
        case .text(let text): return "<td\(span)>\(text.htmlEscaped)</td>"
        case .date(let date): return "<td\(span)>\(ChineseDate.short(date).htmlEscaped)</td>"
        case .hours(let shift): return "<td\(span)>\(shift.hoursText.htmlEscaped)</td>"
        case .person(let person): return "<td\(span)>\(person.markedName.htmlEscaped)</td>"
        case .openPlace: return "<td class=\"open\"\(span)></td>"
        }
    }
}
