import ZhibanModel

/// Writes a sheet as plain text for a terminal or `lp`: title, date, legend, then a table
/// aligned by display width, fitted to `width` columns. With a grouping that starts a page per
/// section, pages are separated by a form feed (`\u{0C}`) so a printer starts a new sheet.
public struct TextSheetRenderer: Sendable {
    /// The widest a line may be, in terminal columns.
    public var width: Int

    /// Creates a renderer for lines of at most `width` columns (at least 10).
    public init(width: Int = 80) {
        self.width = max(10, width)
    }

    /// The page separator: a form feed.
    public static let pageBreak = "\u{0C}"

    /// The sheet as text; every line ends with a newline.
    public func render(_ sheet: RosterSheet) -> String {
        guard !sheet.sections.isEmpty else {
            return lines(header(sheet, heading: nil) + [RosterSheet.nothingOnDuty])
        }
        if sheet.startsPagePerSection {
            return sheet.sections.map { section in
                lines(header(sheet, heading: section.heading) + [""] + table(section.table))
            }.joined(separator: Self.pageBreak)
        }
        let body = sheet.sections.map { section in [fit(section.heading)] + table(section.table) }
        return lines(header(sheet, heading: nil) + body.flatMap { [""] + $0 })
    }

    /// Title, section heading, period (unless the heading is the date) and legend.
    private func header(_ sheet: RosterSheet, heading: String?) -> [String] {
        var result = [sheet.title]
        if let heading { result.append(heading) }
        if heading == nil || sheet.showsPeriodPerSection { result.append(sheet.period) }
        result.append(PersonMarks.legend)
        return result.map(fit)
    }

    private func table(_ table: SheetTable) -> [String] {
        let columns = table.columns.enumerated().map { column, kind in
            func texts(short: Bool) -> [String] {
                table.rows.indices.map { row in
                    table.repeatsAbove(row: row, column: column) ? "" : Self.text(of: table.rows[row][column], short: short)
                }
            }
            let hasShortForm = kind == .date || kind == .hours
            return TextTableLayout.Column(
                kind: kind, header: kind.title, cells: texts(short: false), shortCells: hasShortForm ? texts(short: true) : nil)
        }
        return TextTableLayout(columns: columns, width: width).lines()
    }

    /// A cell as text: a date `4月7日 周四` (short: `4月7日`), hours `20:00–08:00(次日)` (short:
    /// `20:00–08:00`), a person behind a two-column mark field, an open place as a line to write
    /// on; everything made safe for a terminal.
    static func text(of cell: SheetCell, short: Bool = false) -> String {
        switch cell {
        case .text(let text): return text.sanitizedForTerminal
        case .date(let date): return short ? ChineseDate.monthDay(date) : ChineseDate.short(date)
        case .hours(let shift): return short ? "\(shift.start)–\(shift.end)" : shift.hoursText
        case .person(let person): return person.markedNameAligned.sanitizedForTerminal
        case .openPlace: return "  " + PersonMarks.openPlace
        }
    }

    private func fit(_ line: String) -> String {
        line.sanitizedForTerminal.truncated(toColumns: width, ellipsis: "…")
    }

    private func lines(_ lines: [String]) -> String { lines.map { $0 + "\n" }.joined() }
}
