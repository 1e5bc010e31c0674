/// The columns of a roster CSV table in the order its file has them: those zhiban reads, under
/// their headers as written, and those it does not know (楼栋号, 联系人…), which a save keeps in
/// their place with their cells (`KeptColumns`).
struct CSVLayout: Equatable, Sendable {
    /// One column of the file.
    enum Column: Equatable, Sendable {
        /// A column zhiban reads: its key in the table's specs and its header as written.
        case known(key: String, header: String)
        /// A column zhiban does not know: kept as it is.
        case extra(header: String)
    }

    /// The columns, in file order.
    private(set) var columns: [Column]
    /// Columns written only when used (`ColumnSpec.onlyWhenUsed`) that this layout added: a save
    /// leaves them out while every record's cell is empty.
    private(set) var addedOnlyWhenUsed: [Int] = []
    /// Where the unknown columns are in the rows as read.
    private var extraPositionsRead: [Int] = []

    /// The canonical layout: every known column under its first header, in the order of `specs`.
    init(specs: [ColumnSpec]) {
        columns = specs.map { .known(key: $0.key, header: $0.headers[0]) }
        addedOnlyWhenUsed = specs.indices.filter { specs[$0].onlyWhenUsed }
    }

    /// The layout of a file with this header. A known column the file lacks is added right after
    /// the column before it in `specs` (the first column is always required), so every value
    /// zhiban holds has a place.
    init(header: CSVRecord, map: ColumnMap, specs: [ColumnSpec]) {
        columns = header.fields.indices.map { index in
            map.key(at: index).map { .known(key: $0, header: header.fields[index]) } ?? .extra(header: header.fields[index])
        }
        extraPositionsRead = columns.indices.filter { columns[$0].isExtra }
        for (position, spec) in specs.enumerated() where !map.has(spec.key) {
            let previous = position == 0 ? nil : columns.firstIndex { $0.key == specs[position - 1].key }
            columns.insert(.known(key: spec.key, header: spec.headers[0]), at: previous.map { $0 + 1 } ?? 0)
        }
        let missing = Set(specs.filter { $0.onlyWhenUsed && !map.has($0.key) }.map(\.key))
        addedOnlyWhenUsed = columns.indices.filter { columns[$0].key.map(missing.contains) ?? false }
    }

    /// The header row.
    var header: [String] { columns.map(\.header) }

    /// The cells of the unknown columns in `row` (a row of the file this layout was read
    /// from), in file order ("" for a cell the row lacks).
    func extraCells(of row: CSVRecord) -> [String] {
        extraPositionsRead.map { $0 < row.fields.count ? row.fields[$0] : "" }
    }

    /// One row of the file: `values` are the known columns' values in the order of `specs`,
    /// `extras` the unknown columns' cells in file order (missing ones are empty).
    func fields(values: [String], specs: [ColumnSpec], extras: [String]) -> [String] {
        var nextExtra = extras.makeIterator()
        return columns.map { column in
            switch column {
            case .known(let key, _): return specs.firstIndex { $0.key == key }.map { values[$0] } ?? ""
            case .extra: return nextExtra.next() ?? ""
            }
        }
    }
}

extension CSVLayout.Column {
    /// The header as written.
    var header: String {
        switch self {
        case .known(_, let header), .extra(let header): return header
        }
    }

    /// The key of a known column; nil for an unknown one.
    var key: String? {
        if case .known(let key, _) = self { return key }
        return nil
    }

    /// Whether zhiban does not know this column.
    var isExtra: Bool {
        if case .extra = self { return true }
        return false
    }
}
