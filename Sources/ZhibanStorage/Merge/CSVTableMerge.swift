import ZhibanModel

/// `volunteers.csv` and `duties.csv` merged record by record: volunteers by name, duties by date,
/// shift and checkpoint, each field on its own. Columns are known by their header (the canonical
/// Chinese one or an alias); columns zhiban does not know are merged like the others and kept.
struct CSVTableMerge {
    /// The table's known columns.
    let specs: [ColumnSpec]
    /// The keys of the columns that identify a record.
    let identity: [String]
    /// Canonical headers of columns holding a list of people.
    let listColumns: Set<String>
    /// Whether records are written in slot order (duties) rather than file order (volunteers).
    let slotOrder: Bool

    /// `volunteers.csv`: by name, in file order.
    static let volunteers = CSVTableMerge(specs: VolunteerTable.specs, identity: ["name"], listColumns: [], slotOrder: false)
    /// `duties.csv`: by date, shift and checkpoint, people place by place, in slot order.
    static let duties = CSVTableMerge(specs: DutyTable.specs, identity: ["date", "shift", "checkpoint"],
                                      listColumns: [DutyTable.header[3]], slotOrder: true)

    /// One side as read: its header (canonical names) and its records.
    struct Side {
        var header: [String] = []
        var records: [MergeRecord] = []
    }

    /// Merges the three versions; `file` names the file in messages.
    func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], file: String) throws(RosterFileError) -> RosterMergeResult {
        let (b, o, t) = (try side(base, file), try side(ours, file), try side(theirs, file))
        var header = RecordMerge.orderedUnion(o.header, t.header)
        if header.isEmpty { header = specs.map { $0.headers[0] } }
        var merged = RecordMerge(listFields: listColumns).merge(base: b.records, ours: o.records, theirs: t.records)
        if slotOrder { merged.sort { slotKey($0).lexicographicallyPrecedes(slotKey($1)) } }
        var out = MergeText()
        out.append("\u{FEFF}" + CSVWriter.line(header) + "\n")
        for record in merged {
            switch record {
            case .clean(let record):
                out.append(line(record, header))
            case .conflict(let ours, let theirs):
                out.appendConflict(ours: ours.map { line($0, header) } ?? "", theirs: theirs.map { line($0, header) } ?? "",
                                   what: MergeConflictText.describe(ours: ours, theirs: theirs))
            }
        }
        return RosterMergeResult(bytes: Array(out.text.utf8),
                                 conflicts: out.conflicts.map { Diagnostic(file: file, line: $0.line, $0.what) })
    }

    private func line(_ record: MergeRecord, _ header: [String]) -> String {
        CSVWriter.line(header.map { record.value($0) }) + "\n"
    }

    private func slotKey(_ record: MergedRecord) -> [String] {
        let fields: MergeRecord
        switch record {
        case .clean(let clean): fields = clean
        case .conflict(let ours, let theirs): fields = (ours ?? theirs)!
        }
        let headers = ["date", "checkpoint", "shift"].map { key in specs.first { $0.key == key }!.headers[0] }
        return headers.map { fields.value($0) }
    }

    /// Reads one version: an empty or missing file is an empty table.
    private func side(_ bytes: [UInt8], _ file: String) throws(RosterFileError) -> Side {
        let records = try CSVFile.records(bytes: bytes, name: file).filter { !$0.isBlank }
        guard let headerRecord = records.first else { return Side() }
        let header = headerRecord.fields.map { field in
            let normalized = ColumnMap.normalize(field)
            return specs.first { $0.headers.map(ColumnMap.normalize).contains(normalized) }?.headers[0] ?? field.trimmingWhitespace()
        }
        let identityHeaders = identity.map { key in specs.first { $0.key == key }!.headers[0] }
        var side = Side(header: header)
        for record in records.dropFirst() {
            var fields: [MergeRecord.Field] = []
            for (index, name) in header.enumerated() where index < record.fields.count && !record.fields[index].isEmpty {
                fields.append(.init(name: name, value: record.fields[index]))
            }
            let row = MergeRecord(key: "", fields: fields)
            let key = identityHeaders.map { row.value($0).trimmingWhitespace() }.joined(separator: " ")
            side.records.append(MergeRecord(key: key, fields: fields))
        }
        return side
    }
}
