/// Text pasted into the terminal, taken apart the way a field or a form uses it.
enum PastedText {
    /// The paste as one line: its lines (and tab-separated cells) joined by a space, the line
    /// breaks around it dropped.
    static func oneLine(_ text: String) -> String {
        lines(text).map { String($0.map { $0 == "\t" ? " " : $0 }) }.joined(separator: " ")
    }

    /// The cells of a paste meant for a form's fields: a spreadsheet row (cells separated by
    /// tabs; only the first row is used), or else one cell per line (a copied column, or lines
    /// typed elsewhere).
    static func cells(_ text: String) -> (cells: [String], droppedRows: Int) {
        let rows = lines(text)
        guard let first = rows.first, first.contains("\t") else { return (rows, 0) }
        return (first.split(separator: "\t", omittingEmptySubsequences: false).map(String.init), rows.count - 1)
    }

    /// The lines of a paste (CR, LF or CRLF between them), without the empty lines at the ends.
    private static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            if scalar == "\n" && afterCarriageReturn { continue }
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(line))
                line = String.UnicodeScalarView()
            } else {
                line.append(scalar)
            }
        }
        lines.append(String(line))
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }
}
