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
        // Each cell made safe, cut and measured once. A cell of no more bytes than the widest
        // column needs no cutting: no character is wider than its UTF-8 bytes are many.
        let right = header.indices.map(rightAligned.contains)  // asked once per column, not per cell
        let all = ([header] + rows).map { row in
            row.enumerated().map { column, cell -> (text: String, width: Int) in
                var shown = cell.sanitizedForTerminal
                if !right[column], shown.utf8.count > widestText {
                    shown = shown.truncated(toColumns: widestText, ellipsis: "…")
                }
                return (shown, shown.displayWidth)
            }
        }
        let widths = header.indices.map { column in all.map { $0[column].width }.max() ?? 0 }
        // Each line is put together on its bytes (a district's 17,000 rows), padded, without trailing spaces.
        var bytes: [UInt8] = []
        return all.map { row in
            bytes.removeAll(keepingCapacity: true)
            for (column, cell) in row.enumerated() {
                if column > 0 { bytes.append(contentsOf: [0x20, 0x20]) }
                let fill = repeatElement(UInt8(0x20), count: widths[column] - cell.width)
                if right[column] {
                    bytes.append(contentsOf: fill)
                    bytes.append(contentsOf: cell.text.utf8)
                } else {
                    bytes.append(contentsOf: cell.text.utf8)
                    bytes.append(contentsOf: fill)
                }
            }
            while bytes.last == 0x20 { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
