import ZhibanModel

/// The checkpoints spreadsheet (`checkpoints.csv`): 卡口, 所属小区, 开放时间, 班次, 每班人数, 要求,
/// 值守队伍, 后备队伍.
enum CheckpointTable {
    static let specs = [
        ColumnSpec(key: "name", headers: ["卡口", "卡口名称", "checkpoint", "name"], required: true),
        ColumnSpec(key: "compound", headers: ["所属小区", "小区", "compound"], required: false),
        ColumnSpec(key: "hours", headers: ["开放时间", "值守时间", "hours"], required: false),
        ColumnSpec(key: "shifts", headers: ["班次", "shifts"], required: true),
        ColumnSpec(key: "people", headers: ["每班人数", "人数", "people"], required: true),
        ColumnSpec(key: "requires", headers: ["要求", "requirements", "requires"], required: false),
        ColumnSpec(key: "keepers", headers: ["值守队伍", "keepers"], required: true),
        ColumnSpec(key: "reserve", headers: ["后备队伍", "reserve"], required: false),
    ]

    /// Headers that mark a file as a checkpoints table.
    static let signature = ["卡口", "checkpoint"]

    /// Reads checkpoints; shift and team names are checked against the names given.
    static func read(
        _ records: [CSVRecord], file: String, shifts: Set<String>, teams: Set<String>
    ) throws(RosterFileError) -> TableRead<Checkpoint> {
        let table = try TableRows(records: records, specs: specs, file: file)
        let columns = table.columns
        var result = TableRead<Checkpoint>(problems: table.problems, columns: columns.keys)
        var seen: [String: Int] = [:]
        for row in table.rows {
            var problems: [Localized] = []
            let name = columns.value("name", in: row)
            if name.isEmpty { problems.append(Localized("缺少卡口名", "checkpoint name missing")) }
            if let previous = seen[name], !name.isEmpty { problems.append(Localized("卡口“\(name)”与第 \(previous) 行重复", "checkpoint “\(name)” repeats line \(previous)")) }
            let hoursText = columns.value("hours", in: row)
            let hours = hoursText.isEmpty ? (ClockTime(minutes: 0)!, ClockTime(minutes: 1440)!) : CellValues.hours(hoursText)
            if hours == nil { problems.append(Localized("开放时间“\(hoursText)”无效（应为 HH:MM-HH:MM，如 00:00-24:00）",
                                                                "invalid open hours “\(hoursText)”, expected HH:MM-HH:MM such as 00:00-24:00")) }
            let shiftNames = columns.value("shifts", in: row).splitList()
            if shiftNames.isEmpty { problems.append(Localized("没有填写班次", "no shifts given")) }
            for shift in shiftNames where !shifts.contains(shift) { problems.append(Localized("未知的班次“\(shift)”", "unknown shift “\(shift)”")) }
            let peopleText = columns.value("people", in: row)
            let people = Int(peopleText)
            if people == nil || people! < 1 { problems.append(Localized("每班人数“\(peopleText)”应为正整数", "people per shift “\(peopleText)” should be a positive whole number")) }
            var requirements: [Requirement] = []
            for item in columns.value("requires", in: row).splitList() {
                if let requirement = Requirement(parsing: item) {
                    requirements.append(requirement)
                } else {
                    problems.append(Localized("要求“\(item)”应写成 类别:人数，如 党员:1", "requirement “\(item)” should read kind:count, such as 党员:1"))
                }
            }
            let keepers = columns.value("keepers", in: row).splitList()
            if keepers.isEmpty { problems.append(Localized("没有填写值守队伍", "no keeping teams given")) }
            for team in keepers where !teams.contains(team) { problems.append(Localized("未知的值守队伍“\(team)”", "unknown keeping team “\(team)”")) }
            let reserve = columns.value("reserve", in: row)
            if !reserve.isEmpty, !teams.contains(reserve) { problems.append(Localized("未知的后备队伍“\(reserve)”", "unknown reserve team “\(reserve)”")) }
            guard problems.isEmpty, let hours, let people else {
                result.problems.append(Diagnostic(file: file, line: row.line, problems: problems))
                continue
            }
            seen[name] = row.line
            result.items.append(Checkpoint(
                name: name, compound: columns.value("compound", in: row), openFrom: hours.0, openUntil: hours.1,
                shifts: shiftNames, peoplePerShift: people, requirements: requirements, keepers: keepers,
                reserve: reserve.isEmpty ? nil : reserve, location: SourceLocation(file: file, line: row.line)))
        }
        return result
    }

    /// `old` updated with what an imported sheet says of the same checkpoint: the optional
    /// columns the sheet lacks (compound, hours, requirements, reserve) keep the roster's values.
    static func merged(_ old: Checkpoint, with new: Checkpoint, columns: Set<String>) -> Checkpoint {
        var merged = new
        if !columns.contains("compound") { merged.compound = old.compound }
        if !columns.contains("hours") { (merged.openFrom, merged.openUntil) = (old.openFrom, old.openUntil) }
        if !columns.contains("requires") { merged.requirements = old.requirements }
        if !columns.contains("reserve") { merged.reserve = old.reserve }
        return merged
    }
}
