import ZhibanModel

/// A roster CSV table's layout and the cells of its unknown columns, per record, so a save
/// writes them back in their place: a record keeps its cells through any edit (found by where
/// it was read, so a renamed person keeps theirs, else by its key: a volunteer's name, a duty's
/// slot), a deleted record drops them, a new record gets empty cells.
struct KeptColumns<Key: Hashable & Sendable>: Sendable {
    /// The file's columns.
    let layout: CSVLayout
    private let specs: [ColumnSpec]
    private var cellsByKey: [Key: [String]] = [:]
    private var cellsByPlace: [SourceLocation: [String]] = [:]

    /// A table with no unknown columns, laid out canonically.
    init(specs: [ColumnSpec]) {
        layout = CSVLayout(specs: specs)
        self.specs = specs
    }

    /// The table as read from a file: `records` are the key and place of each record read.
    /// (`records` are listed only when the file has unknown columns.)
    init(table: TableRows, specs: [ColumnSpec], records: @autoclosure () -> [(key: Key, place: SourceLocation?)]) {
        layout = CSVLayout(header: table.header, map: table.columns, specs: specs)
        self.specs = specs
        guard layout.columns.contains(where: \.isExtra) else { return }
        let rowsByLine = Dictionary(table.rows.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        for record in records() {
            guard let place = record.place, let row = rowsByLine[place.line] else { continue }
            let cells = layout.extraCells(of: row)
            cellsByPlace[place] = cells
            cellsByKey[record.key] = cells
        }
    }

    /// The unknown columns' cells of a record.
    func cells(key: Key, place: SourceLocation?) -> [String] {
        place.flatMap { cellsByPlace[$0] } ?? cellsByKey[key] ?? []
    }

    /// The whole file: `rows` are the known columns' values of each record in the order of
    /// `specs`, beside the key and place of the record.
    func file(_ rows: [(key: Key, place: SourceLocation?, values: [String])]) -> [UInt8] {
        var header = layout.header
        var lines = rows.map { layout.fields(values: $0.values, specs: specs, extras: cells(key: $0.key, place: $0.place)) }
        // A column written only when used (意愿) that the file lacked and no record fills stays out.
        for position in layout.columns.indices.reversed() where layout.addedOnlyWhenUsed.contains(position)
            && lines.allSatisfy({ $0[position].isEmpty }) {
            header.remove(at: position)
            for line in lines.indices { lines[line].remove(at: position) }
        }
        return CSVWriter.file(header: header, rows: lines)
    }

    /// The table after a save that wrote these records: each keeps the cells it was written
    /// with, under its key (places keep pointing at the rows the roster in memory was read from).
    func written(_ records: [(key: Key, place: SourceLocation?)]) -> KeptColumns {
        var kept = self
        kept.cellsByKey = [:]
        for record in records {
            let cells = cells(key: record.key, place: record.place)
            if !cells.isEmpty { kept.cellsByKey[record.key] = cells }
        }
        return kept
    }
}
