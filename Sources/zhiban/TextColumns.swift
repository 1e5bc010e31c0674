import ZhibanModel

/// Lines of text in aligned columns, measured in display columns (a Chinese character is two),
/// two spaces apart, numbers aligned right, no trailing spaces. A text column is at most
/// `widestText` columns wide: a longer name is cut with `…`, so one 10,000-character name cannot
/// push every other row of the table 20,000 columns wide.
struct TextColumns {
    /// The header cells.
    let header: [String]
    /// Which columns are aligned right.
    let rightAligned: Set<Int>
    /// The rows.
    var rows: [[String]] = []
    /// The widest a left-aligned (text) column may be.
    var widestText = 30

    /// The lines, header first.
    var lines: [String] {
        // Each cell made safe, cut and measured once.
        let all = ([header] + rows).map { row in
            row.enumerated().map { column, cell -> (text: String, width: Int) in
                var shown = cell.sanitizedForTerminal
                if !rightAligned.contains(column) { shown = shown.truncated(toColumns: widestText, ellipsis: "…") }
                return (shown, shown.displayWidth)
            }
        }
        let widths = header.indices.map { column in all.map { $0[column].width }.max() ?? 0 }
        return all.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                if column > 0 { line += "  " }
                let fill = String(repeating: " ", count: widths[column] - cell.width)
                line += rightAligned.contains(column) ? fill + cell.text : cell.text + fill
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
