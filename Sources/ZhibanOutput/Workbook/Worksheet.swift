import ZhibanModel

/// One worksheet as the workbook writer lays it out: cells by row, merged ranges, column
/// widths, frozen panes and the rows repeated on every printed page. Printed A4, landscape
/// unless said otherwise, fitted to one page wide.
struct Worksheet: Sendable {
    /// A cell's value.
    enum Value: Hashable, Sendable {
        case text(String)
        case number(Double)
    }

    /// A cell: its value and its style (an index into `WorkbookStyles`).
    struct Cell: Hashable, Sendable {
        var value: Value
        var style: WorkbookStyles.Style
    }

    /// The tab name.
    var name: String
    /// Rows of cells from `A1`; nil is an empty cell (styles and all).
    var rows: [[Cell?]]
    /// Merged ranges as (first row, first column, last row, last column), 0-based.
    var merges: [(Int, Int, Int, Int)] = []
    /// Each column's width, in Excel's units (a Latin digit is 1, a Chinese character 2).
    var widths: [Double] = []
    /// Heights of particular rows (0-based), in points; the others are Excel's default.
    var rowHeights: [Int: Double] = [:]
    /// Rows and columns kept in view when scrolling (the header rows, the name columns).
    var frozenRows = 0
    var frozenColumns = 0
    /// The rows printed at the top of every page (0-based, inclusive).
    var printTitleRows: ClosedRange<Int>?
    /// Whether the sheet is printed across the page (a wide grid) or upright (a narrow table).
    var landscape = true

    /// `A`, `B`, … `Z`, `AA` for a 0-based column.
    static func columnName(_ column: Int) -> String {
        var name = ""
        var number = column + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// `B3` for 0-based row 2, column 1.
    static func reference(row: Int, column: Int) -> String { columnName(column) + String(row + 1) }

    /// Widths fitting every cell's text that is not merged across columns: display width (a
    /// Chinese character counts 2) plus a margin, at least `minimum`.
    mutating func fitWidths(minimum: Double = 4) {
        let count = rows.map(\.count).max() ?? 0
        var widest = Array(repeating: minimum, count: count)
        let spanning = Set(merges.filter { $0.1 != $0.3 }.map { "\($0.0),\($0.1)" })
        for (rowIndex, row) in rows.enumerated() {
            for (column, cell) in row.enumerated() {
                guard let cell, !spanning.contains("\(rowIndex),\(column)") else { continue }
                let text: String
                switch cell.value {
                case .text(let value): text = value
                case .number(let value): text = WorkbookText.number(value)
                }
                widest[column] = max(widest[column], Double(DisplayWidth.of(text)) + 2)
            }
        }
        widths = widest.map { min($0, 60) }
    }
}
