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
        // Each cell made safe, cut and measured once, kept in one list row after row. A cell of no
        // more bytes than the widest column needs no cutting: no character is wider than its UTF-8
        // bytes are many.
        let right = header.indices.map(rightAligned.contains)  // asked once per column, not per cell
        var cells: [(text: String, width: Int)] = []
        cells.reserveCapacity(header.count * (rows.count + 1))
        var widths = Array(repeating: 0, count: header.count)
        for line in 0...rows.count {
            for (column, cell) in (line == 0 ? header : rows[line - 1]).enumerated() {
                var shown = cell.sanitizedForTerminal
                if !right[column], shown.utf8.count > widestText {
                    shown = shown.truncated(toColumns: widestText, ellipsis: "…")
                }
                let width = shown.displayWidth
                cells.append((shown, width))
                widths[column] = max(widths[column], width)
            }
        }
        // Each line is written straight into its string's bytes (a district's 17,000 rows), padded,
        // without trailing spaces: its length is known from the cells.
        var lines: [String] = []
        lines.reserveCapacity(rows.count + 1)
        var first = 0
        for line in 0...rows.count {
            let count = (line == 0 ? header : rows[line - 1]).count
            let row = cells[first..<first + count]
            first += count
            let length = zip(row, widths).reduce(2 * max(0, count - 1)) { $0 + $1.0.text.utf8.count + $1.1 - $1.0.width }
            lines.append(String(unsafeUninitializedCapacity: length) { buffer in
                var end = 0
                func spaces(_ count: Int) {
                    (buffer.baseAddress! + end).initialize(repeating: 0x20, count: count)
                    end += count
                }
                for column in 0..<count {
                    let cell = row[row.startIndex + column]
                    spaces(column > 0 ? 2 : 0)
                    if right[column] { spaces(widths[column] - cell.width) }
                    var text = cell.text
                    text.withUTF8 { bytes in
                        guard let start = bytes.baseAddress else { return }
                        (buffer.baseAddress! + end).initialize(from: start, count: bytes.count)
                        end += bytes.count
                    }
                    if !right[column] { spaces(widths[column] - cell.width) }
                }
                while end > 0 && buffer[end - 1] == 0x20 { end -= 1 }
                return end
            })
        }
        return lines
    }
}
