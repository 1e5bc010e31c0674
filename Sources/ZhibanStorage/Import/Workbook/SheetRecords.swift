import ZhibanModel

/// Turns a worksheet's cells into the records the table readers take, as a CSV export of the
/// sheet would give them, with the line of each record being its row number in Excel:
///
/// - title rows above the header (a merged `春谷社区志愿者名单`, a date line) are dropped: the
///   header is the first row naming a known table's columns;
/// - a cell merged down over several rows (a team written once beside its members) counts for
///   every row it covers that has a value of its own (an empty row stays empty); merged across,
///   only the first column holds the value, as in Excel's CSV;
/// - columns right of the header's last column are dropped, empty rows skipped.
enum SheetRecords {
    /// The most cells the records of one sheet may span (rows × header width).
    static let maxFields = 16_000_000

    /// The records of a sheet, header first; empty when the sheet has no cell with a value.
    /// `name` is the table's name in messages.
    static func records(cells: [Int: [Int: String]], merges: [(Int, Int, Int, Int)], name: String)
        throws(RosterFileError) -> [CSVRecord]
    {
        let rows = cells.keys.sorted()
        guard let headerRow = headerRow(rows: rows, cells: cells) else { return [] }
        let width = cells[headerRow]!.keys.max()!
        let lastRow = rows.last!
        guard (lastRow - headerRow + 1) * width <= maxFields else {
            throw RosterFileError(file: name, line: headerRow, Localized("工作表太大（\(lastRow) 行 × \(width) 列），没有读取；请把表格拆成几个文件导入",
                                            "the sheet is too large (\(lastRow) rows × \(width) columns), not read; split it into several files to import"))
        }
        var filled = cells
        for (firstRow, column, lastMergedRow, _) in merges where firstRow > headerRow && column <= width {
            let lastFilled = min(lastMergedRow, lastRow)
            guard let value = cells[firstRow]?[column], firstRow < lastFilled else { continue }  // merged across only
            for row in (firstRow + 1)...lastFilled where cells[row] != nil && filled[row]?[column] == nil {
                filled[row, default: [:]][column] = value
            }
        }
        return filled.keys.sorted().filter { $0 >= headerRow }.map { row in
            let values = filled[row]!
            return CSVRecord(fields: (1...width).map { values[$0] ?? "" }, line: row)
        }
    }

    /// The row holding the header: among the first rows with a value, the first naming a known
    /// table's columns; failing that the first with two values or more, or else the first.
    private static func headerRow(rows: [Int], cells: [Int: [Int: String]]) -> Int? {
        let leading = rows.prefix(20)
        func record(_ row: Int) -> CSVRecord {
            let values = cells[row]!
            return CSVRecord(fields: (1...values.keys.max()!).map { values[$0] ?? "" }, line: row)
        }
        return leading.first { SpreadsheetImporter.isTableHeader(record($0)) }
            ?? leading.first { cells[$0]!.count >= 2 } ?? leading.first
    }
}

extension SpreadsheetImporter {
    /// Whether `header` names the columns of one of the tables import knows.
    static func isTableHeader(_ header: CSVRecord) -> Bool {
        ColumnMap.header(header, mentions: CheckpointTable.signature + ShiftTable.signature
            + GroupTable.signature + VolunteerTable.signature)
    }
}
