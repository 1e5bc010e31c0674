import ZhibanModel

/// The duties table (`duties.csv`): one line per duty, people separated by `;`.
public enum DutyTable {
    static let specs = [
        ColumnSpec(key: "date", headers: ["日期", "date"], required: true),
        ColumnSpec(key: "shift", headers: ["班次", "shift"], required: true),
        ColumnSpec(key: "checkpoint", headers: ["卡口", "checkpoint"], required: true),
        ColumnSpec(key: "people", headers: ["值班人员", "人员", "people", "person"], required: true),
        ColumnSpec(key: "pinned", headers: ["锁定", "pinned"], required: false),
        ColumnSpec(key: "note", headers: ["备注", "note"], required: false),
    ]

    /// The header written to `duties.csv`.
    public static let header = specs.map { $0.headers[0] }

    /// Reads duties; each bad row (bad date, empty shift, repeated slot) becomes a problem.
    public static func read(_ records: [CSVRecord], file: String) throws(RosterFileError) -> TableRead<Duty> {
        read(try TableRows(records: records, specs: specs, file: file), file: file)
    }

    /// Reads duties from a table's rows.
    static func read(_ table: TableRows, file: String) -> TableRead<Duty> {
        let columns = table.columns
        let (dateColumn, shiftColumn, checkpointColumn) = (columns.position("date"), columns.position("shift"), columns.position("checkpoint"))
        let (peopleColumn, pinnedColumn, noteColumn) = (columns.position("people"), columns.position("pinned"), columns.position("note"))
        var result = TableRead<Duty>(problems: table.problems)
        result.items.reserveCapacity(table.rows.count)
        // Rows in slot order, as zhiban writes them, cannot repeat one another: their slots are
        // hashed (slow for Chinese names) only once a row breaks the order.
        var lastInOrder: Slot?
        var seen: [Slot: Int] = [:]
        for row in table.rows {
            var rowProblems: [Localized] = []
            let dateText = ColumnMap.value(at: dateColumn, in: row)
            let date = LocalDate(parsing: dateText)
            if date == nil { rowProblems.append(Localized("日期“\(dateText)”无效（应为 YYYY-MM-DD）", "invalid date “\(dateText)”, expected YYYY-MM-DD")) }
            let shift = ColumnMap.value(at: shiftColumn, in: row)
            let checkpoint = ColumnMap.value(at: checkpointColumn, in: row)
            if shift.isEmpty { rowProblems.append(Localized("缺少班次", "shift missing")) }
            if checkpoint.isEmpty { rowProblems.append(Localized("缺少卡口", "checkpoint missing")) }
            let people = ColumnMap.value(at: peopleColumn, in: row).splitList()
            let pinnedText = ColumnMap.value(at: pinnedColumn, in: row)
            // 是/否 pins the whole shift or nothing (as every file before per-person pins); a list
            // of names pins the people a hand edit put there.
            let pinned = CellValues.yesNo(pinnedText)
            let pinnedPeople = pinned == nil ? pinnedText.splitList() : []
            for name in pinnedPeople where !people.contains(name) {
                rowProblems.append(Localized("锁定一栏的“\(name)”不在本班值班人员中（应填“是”“否”或本班的人名）",
                                              "pinned “\(name)” is not on this duty (write “是”, “否” or names on the duty)"))
            }
            if let date, rowProblems.isEmpty {
                let slot = Slot(date: date, shift: shift, checkpoint: checkpoint)
                if let last = lastInOrder, !(last < slot) {
                    lastInOrder = nil
                    seen.reserveCapacity(table.rows.count)
                    for duty in result.items { seen[duty.slot] = duty.location?.line }
                } else if lastInOrder != nil || result.items.isEmpty {
                    lastInOrder = slot
                }
                if lastInOrder == nil, let previous = seen.updateValue(row.line, forKey: slot) { rowProblems.append(Localized("与第 \(previous) 行是同一个班（\(slot)）", "same duty as line \(previous) (\(slot))")) }
            }
            guard rowProblems.isEmpty, let date else {
                result.problems.append(Diagnostic(file: file, line: row.line, problems: rowProblems))
                continue
            }
            result.items.append(Duty(
                date: date, shift: shift, checkpoint: checkpoint, people: people,
                pinned: pinned ?? false, pinnedPeople: pinnedPeople, note: ColumnMap.value(at: noteColumn, in: row),
                location: SourceLocation(file: file, line: row.line)))
        }
        return result
    }

    /// The rows written to `duties.csv`, in slot order.
    public static func rows(_ duties: [Duty]) -> [[String]] {
        Roster.inSlotOrder(duties).map { d in
            [d.date.description, d.shift, d.checkpoint, d.people.joined(separator: ";"), pinnedCell(d), d.note]
        }
    }

    /// The 锁定 cell: `是` for a pinned shift, the pinned people's names, or `否`. A lone name
    /// that reads as yes or no (someone called 是) gets a `;` after it, so it reads back as a name.
    private static func pinnedCell(_ duty: Duty) -> String {
        if duty.pinned { return "是" }
        if duty.pinnedPeople.isEmpty { return "否" }
        let names = duty.pinnedPeople.joined(separator: ";")
        return CellValues.yesNo(names) == nil ? names : names + ";"
    }
}
