import ZhibanModel

/// Fits a table into a number of terminal columns, measuring every cell by display width.
///
/// When the natural widths do not fit, the layout gives way one step at a time, in the order
/// of `steps`: drop the phone; write hours and dates short (`20:00–08:00`, `4月7日`); narrow
/// checkpoints, teams and partners with an ellipsis; drop the partners; truncate names with an
/// ellipsis; close the gaps between columns to one space. A line that still does not fit is
/// cut at the limit, never through a wide character.
struct TextTableLayout {
    /// One column: its kind, header, and each row's text in full and in short.
    struct Column {
        /// What the column holds.
        var kind: SheetColumn
        /// The header.
        var header: String
        /// Each row's text.
        var cells: [String]
        /// Each row's text written short, for columns that have a short form.
        var shortCells: [String]?
    }

    /// One way of giving room back.
    enum Step: Equatable {
        /// Leave a column out.
        case drop(SheetColumn)
        /// Write a column's cells in their short form.
        case shorten(SheetColumn)
        /// Narrow a column with an ellipsis, down to its floor.
        case shrink(SheetColumn)
        /// One space between columns instead of two.
        case narrowGap
    }

    /// The order in which room is given back.
    static let steps: [Step] = [
        .drop(.phone), .shorten(.hours), .shorten(.date), .shrink(.checkpoint), .shrink(.team), .shrink(.partners),
        .drop(.partners), .shrink(.person), .narrowGap,
    ]

    /// The narrowest a column is made by `shrink`: room for a two-column mark field and two
    /// characters of a name, or three characters of a place.
    static func floor(of column: SheetColumn) -> Int {
        switch column {
        case .person: return 7
        case .checkpoint, .team: return 6
        case .partners: return 4
        case .date, .shift, .hours, .phone: return Int.max
        }
    }

    /// The ellipsis shown where a cell is cut.
    static let ellipsis = "…"

    /// The columns.
    let columns: [Column]
    /// The widest a line may be.
    let width: Int

    /// The header, a rule under it, and one line per row; no trailing spaces.
    func lines() -> [String] {
        var columns = self.columns
        var visible = Array(columns.indices)
        var widths = columns.map(Self.naturalWidth)
        var gap = 2
        func total() -> Int { visible.reduce(0) { $0 + widths[$1] } + gap * max(0, visible.count - 1) }

        for step in Self.steps where total() > width {
            switch step {
            case .drop(let kind):
                visible.removeAll { columns[$0].kind == kind }
            case .shorten(let kind):
                for index in visible where columns[index].kind == kind {
                    columns[index].cells = columns[index].shortCells ?? columns[index].cells
                    widths[index] = Self.naturalWidth(columns[index])
                }
            case .shrink(let kind):
                for index in visible where columns[index].kind == kind {
                    widths[index] = max(min(widths[index], Self.floor(of: kind)), widths[index] - (total() - width))
                }
            case .narrowGap:
                gap = 1
            }
        }

        let separator = String(repeating: " ", count: gap)
        func line(_ texts: [String]) -> String {
            let cells = zip(visible, texts).map { index, text in
                text.truncated(toColumns: widths[index], ellipsis: Self.ellipsis).padded(toColumns: widths[index])
            }
            return cells.joined(separator: separator).trimmingTrailingSpaces().truncated(toColumns: width)
        }
        let rowCount = columns.first?.cells.count ?? 0
        return [line(visible.map { columns[$0].header }), line(visible.map { String(repeating: "-", count: widths[$0]) })]
            + (0..<rowCount).map { row in line(visible.map { columns[$0].cells[row] }) }
    }

    private static func naturalWidth(_ column: Column) -> Int {
        column.cells.reduce(column.header.displayWidth) { max($0, $1.displayWidth) }
    }
}

extension String {
    /// The string without spaces at its end.
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
