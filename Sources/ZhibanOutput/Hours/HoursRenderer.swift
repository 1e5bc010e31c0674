import ZhibanModel

/// Writes the hours report as Markdown, CSV (UTF-8 with a byte-order mark, for Excel and WPS) or
/// one self-contained HTML page printed on A4 with lines for 负责人签字、盖章. Every text from
/// the roster is escaped for its format. (Plain text is laid out by the command line.)
public enum HoursRenderer {
    /// Markdown: a heading, the period, a pipe table, the note on unconfirmed days, signature lines.
    public static func markdown(_ table: HoursTable) -> String {
        var lines = ["# \(table.title.markdownEscaped)", "", table.period.markdownEscaped, ""]
        lines.append("| " + table.header.map(\.markdownEscaped).joined(separator: " | ") + " |")
        lines.append("|" + table.header.indices.map { table.numberColumns.contains($0) ? " ---: |" : " --- |" }.joined())
        for row in table.rows { lines.append("| " + row.map(\.markdownEscaped).joined(separator: " | ") + " |") }
        if !table.unconfirmedNote.isEmpty { lines += ["", table.unconfirmedNote.markdownEscaped] }
        lines += [""] + HoursTable.signatureLines.map { $0.markdownEscaped + "  " }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV: the header and rows (total last), then the note on unconfirmed days as a last row.
    public static func csv(_ table: HoursTable) -> String {
        var text = "\u{FEFF}" + CSVField.record(table.header)
        for row in table.rows { text += CSVField.record(row) }
        if !table.unconfirmedNote.isEmpty { text += CSVField.record([table.unconfirmedNote]) }
        return text
    }

    /// HTML on A4: title, period, the table, the note, and the signature and stamp lines.
    public static func html(_ table: HoursTable) -> String {
        let css = """
            td.number, th.number { text-align: right; }
            tr.total td { font-weight: bold; }
            .signature { margin-top: 12mm; display: flex; justify-content: space-between; }
            .signature p { margin: 0; min-width: 55mm; }
            """
        var html = HTMLPageHead.text(title: table.title, extraCSS: css) + """
            <section class="sheet">
            <h1>\(table.title.htmlEscaped)</h1>
            <p class="period">\(table.period.htmlEscaped)</p>
            <table>
            <thead><tr>
            """
        html += table.header.enumerated().map { "<th\(numberClass(table, $0))>\($1.htmlEscaped)</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for (number, row) in table.rows.enumerated() {
            let total = number == table.rows.count - 1 ? " class=\"total\"" : ""
            html += "<tr\(total)>"
            for (column, cell) in row.enumerated() {
                // Number cells are zhiban's own digits: only names need escaping (a district has 16,000 rows).
                let isNumber = table.numberColumns.contains(column)
                html += "<td\(isNumber ? " class=\"number\"" : "")>\(isNumber ? cell : cell.htmlEscaped)</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if !table.unconfirmedNote.isEmpty { html += "<p class=\"legend\">\(table.unconfirmedNote.htmlEscaped)</p>\n" }
        html += "<div class=\"signature\">" + HoursTable.signatureLines.map { "<p>\($0.htmlEscaped)</p>" }.joined() + "</div>\n"
        return html + "</section>\n</body>\n</html>\n"
    }

    private static func numberClass(_ table: HoursTable, _ column: Int) -> String {
        table.numberColumns.contains(column) ? " class=\"number\"" : ""
    }
}
