import ZhibanModel

/// What reading one table gave: the good records and a problem for each bad row.
public struct TableRead<Item: Sendable>: Sendable {
    /// The records read, in file order.
    public var items: [Item]
    /// One problem per bad row, as `file:line: message`.
    public var problems: [Diagnostic]

    /// Creates a result.
    public init(items: [Item] = [], problems: [Diagnostic] = []) {
        self.items = items
        self.problems = problems
    }
}

/// The rows of a CSV table after its header: the header mapped to columns, blank rows dropped.
struct TableRows {
    let columns: ColumnMap
    let rows: [CSVRecord]

    /// Splits `records` into the header (the first non-blank record) and the data rows.
    init(records: [CSVRecord], specs: [ColumnSpec], file: String) throws(RosterFileError) {
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else {
            throw RosterFileError(file: file, line: 1, "文件是空的，没有表头")
        }
        columns = try ColumnMap(header: records[headerIndex], specs: specs, file: file)
        rows = records[(headerIndex + 1)...].filter { !$0.isBlank }
    }
}
