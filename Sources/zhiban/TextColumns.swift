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
        let all = ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                let shown = cell.sanitizedForTerminal
                return rightAligned.contains(column) ? shown : shown.truncated(toColumns: widestText, ellipsis: "…")
            }
        }
        let widths = header.indices.map { column in all.map { $0[column].displayWidth }.max() ?? 0 }
        return all.map { row in
            var line = row.enumerated().map { column, cell in
                cell.padded(toColumns: widths[column], alignRight: rightAligned.contains(column))
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
