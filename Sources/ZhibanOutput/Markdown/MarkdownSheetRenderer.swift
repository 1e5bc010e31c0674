import ZhibanModel

/// Writes a sheet as Markdown: the title as a heading, the period and the legend, then one
/// `##` heading and one pipe table per section. Repeated slot cells are left blank, as on paper.
public struct MarkdownSheetRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The sheet as Markdown; ends with a newline.
    public func render(_ sheet: RosterSheet) -> String {
        var lines = ["# " + sheet.title.markdownEscaped, "", sheet.period.markdownEscaped, "", PersonMarks.legend.markdownEscaped]
        if sheet.sections.isEmpty { lines += ["", RosterSheet.nothingOnDuty] }
        for section in sheet.sections {
            lines += ["", "## " + section.heading.markdownEscaped, ""] + table(section.table)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private func table(_ table: SheetTable) -> [String] {
        let header = row(table.columns.map(\.title.markdownEscaped))
        let rule = row(table.columns.map { _ in "---" })
        let body = table.rows.indices.map { row in
            self.row(table.columns.indices.map { column in
                table.repeatsAbove(row: row, column: column) ? "" : Self.text(of: table.rows[row][column])
            })
        }
        return [header, rule] + body
    }

    private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    /// A cell as escaped Markdown text.
    static func text(of cell: SheetCell) -> String {
        switch cell {
        case .text(let text): return text.markdownEscaped
        case .date(let date): return ChineseDate.short(date)
        case .hours(let shift): return shift.hoursText
        case .person(let person): return person.markedName.markdownEscaped
        case .openPlace: return PersonMarks.openPlace.markdownEscaped
        }
    }
}
