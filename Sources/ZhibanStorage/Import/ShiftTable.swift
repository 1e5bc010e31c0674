import ZhibanModel

/// The shifts spreadsheet (`shifts.csv`): 班次, 开始, 结束.
enum ShiftTable {
    static let specs = [
        ColumnSpec(key: "name", headers: ["班次", "名称", "shift", "name"], required: true),
        ColumnSpec(key: "start", headers: ["开始", "开始时间", "start"], required: true),
        ColumnSpec(key: "end", headers: ["结束", "结束时间", "end"], required: true),
    ]

    /// Headers that mark a file as a shifts table.
    static let signature = ["开始", "开始时间", "start"]

    static func read(_ records: [CSVRecord], file: String) throws(RosterFileError) -> TableRead<Shift> {
        let table = try TableRows(records: records, specs: specs, file: file)
        var result = TableRead<Shift>(problems: table.problems)
        var seen: [String: Int] = [:]
        for row in table.rows {
            var problems: [Localized] = []
            let name = table.columns.value("name", in: row)
            if name.isEmpty { problems.append(Localized("缺少班次名", "shift name missing")) }
            if let problem = CellValues.separatorProblem(name, what: Localized("班次名", "shift name")) { problems.append(problem) }
            if let previous = seen[name], !name.isEmpty { problems.append(Localized("班次“\(name)”与第 \(previous) 行重复", "shift “\(name)” repeats line \(previous)")) }
            let startText = table.columns.value("start", in: row)
            let endText = table.columns.value("end", in: row)
            let start = ClockTime(parsing: startText)
            let end = ClockTime(parsing: endText)
            if start == nil || start?.minutes == 1440 {
                problems.append(Localized("开始时间“\(startText)”无效（应为 HH:MM，00:00–23:59）",
                                                   "invalid start “\(startText)”, expected HH:MM, 00:00–23:59"))
            }
            if end == nil { problems.append(Localized("结束时间“\(endText)”无效（应为 HH:MM，00:00–24:00）",
                                                                   "invalid end “\(endText)”, expected HH:MM, 00:00–24:00")) }
            guard problems.isEmpty, let start, let end else {
                result.problems.append(Diagnostic(file: file, line: row.line, problems: problems))
                continue
            }
            seen[name] = row.line
            result.items.append(Shift(name: name, start: start, end: end, location: SourceLocation(file: file, line: row.line)))
        }
        return result
    }
}
