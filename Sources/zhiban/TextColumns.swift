import ZhibanModel

/// Lines of text in aligned columns, measured in display columns (a Chinese character is two),
/// two spaces apart, numbers aligned right, no trailing spaces.
struct TextColumns {
    /// The header cells.
    let header: [String]
    /// Which columns are aligned right.
    let rightAligned: Set<Int>
    /// The rows.
    var rows: [[String]] = []

    /// The lines, header first.
    var lines: [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].displayWidth }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                cell.padded(toColumns: widths[column], alignRight: rightAligned.contains(column))
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
