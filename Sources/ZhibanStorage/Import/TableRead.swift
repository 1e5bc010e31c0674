import ZhibanModel

/// What reading one table gave: the good records and a problem for each bad row.
public struct TableRead<Item: Sendable>: Sendable {
    /// The records read, in file order.
    public var items: [Item]
    /// One problem per bad row, as `file:line: message`.
    public var problems: [Diagnostic]
    /// The keys of the known columns the file has (`phone`, `team` …): what it says anything about.
    public var columns: Set<String>

    /// Creates a result.
    public init(items: [Item] = [], problems: [Diagnostic] = [], columns: Set<String> = []) {
        self.items = items
        self.problems = problems
        self.columns = columns
    }
}

/// The rows of a CSV table after its header: the header mapped to columns, blank rows dropped.
///
/// A row with a filled cell beyond the last column of the header is not read: nothing names
/// that cell, so it could be neither used nor written back. It is a problem at its line
/// (`problems`), never silently dropped. Empty cells there (a trailing comma) lose nothing.
struct TableRows {
    let header: CSVRecord
    let columns: ColumnMap
    let rows: [CSVRecord]
    let problems: [Diagnostic]

    /// Splits `records` into the header (the first non-blank record) and the data rows.
    init(records: [CSVRecord], specs: [ColumnSpec], file: String) throws(RosterFileError) {
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else {
            throw RosterFileError(file: file, line: 1, Localized("文件是空的，没有表头", "the file is empty: no header"))
        }
        header = records[headerIndex]
        columns = try ColumnMap(header: header, specs: specs, file: file)
        var rows: [CSVRecord] = []
        var problems: [Diagnostic] = []
        let width = header.fields.count
        for row in records[(headerIndex + 1)...] where !row.isBlank {
            let beyond = row.fields.dropFirst(width).map { $0.trimmingWhitespace() }
            if let first = beyond.first(where: { !$0.isEmpty }) {
                problems.append(Diagnostic(file: file, line: row.line,
                    Localized("这一行有 \(row.fields.count) 格，表头只有 \(width) 列：多出的“\(first)”没有列名，"
                                + "不能读入也不能保存。请在表头补上列名，或删掉多余的格",
                              "this row has \(row.fields.count) cells but the header only \(width) columns: the extra “\(first)” has no "
                                + "column name, so it can be neither read nor saved. Name the column in the header, or delete the extra cells")))
            } else {
                rows.append(row)
            }
        }
        self.rows = rows
        self.problems = problems
    }
}
