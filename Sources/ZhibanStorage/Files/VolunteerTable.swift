import ZhibanModel

/// The volunteers table (`volunteers.csv`), read from organizers' spreadsheets and written back
/// with the same Chinese headers, so a spreadsheet opens the roster's own file too.
public enum VolunteerTable {
    static let specs = [
        ColumnSpec(key: "name", headers: ["姓名", "名字", "name"], required: true),
        ColumnSpec(key: "phone", headers: ["手机", "手机号", "电话", "联系电话", "phone", "mobile"], required: false),
        ColumnSpec(key: "party", headers: ["党员", "是否党员", "party", "party member"], required: false),
        ColumnSpec(key: "team", headers: ["所属队伍", "队伍", "所在队伍", "小组", "team", "group"], required: false),
        ColumnSpec(key: "role", headers: ["职务", "角色", "role"], required: false),
        ColumnSpec(key: "skills", headers: ["技能", "特长", "skills"], required: false),
        ColumnSpec(key: "unavailable", headers: ["不能值班", "不可值班", "unavailable"], required: false),
        ColumnSpec(key: "note", headers: ["备注", "note", "notes"], required: false),
        ColumnSpec(key: "unit", headers: ["单位", "派出单位", "工作单位", "unit"], required: false, onlyWhenUsed: true),
        ColumnSpec(key: "wishes", headers: ["意愿", "wishes"], required: false, onlyWhenUsed: true),
    ]

    /// Headers that mark a file as a volunteers table.
    static let signature = ["姓名", "name"]

    /// Reads volunteers from parsed CSV records; each bad row becomes a problem. Dates in
    /// 不能值班 written without a year (`4-8~4-21`) are read near `reference`
    /// (`Roster.shortDateReference`); without one they are a problem.
    public static func read(_ records: [CSVRecord], file: String, near reference: LocalDate? = nil) throws(RosterFileError)
        -> TableRead<Volunteer> {
        read(try TableRows(records: records, specs: specs, file: file), file: file, near: reference)
    }

    /// Reads volunteers from a table's rows.
    static func read(_ table: TableRows, file: String, near reference: LocalDate?) -> TableRead<Volunteer> {
        let columns = table.columns
        var result = TableRead<Volunteer>(problems: table.problems, columns: columns.keys)
        result.items.reserveCapacity(table.rows.count)
        var firstLine: [NameKey: Int] = [:]  // by NameKey: a String key normalises each name it hashes
        firstLine.reserveCapacity(table.rows.count)
        // Each column's place, looked up once (a look-up by key for every cell was a fifth of the reading).
        let (nameColumn, phoneColumn, partyColumn) = (columns.position("name"), columns.position("phone"), columns.position("party"))
        let (teamColumn, roleColumn, skillsColumn) = (columns.position("team"), columns.position("role"), columns.position("skills"))
        let (unavailableColumn, noteColumn) = (columns.position("unavailable"), columns.position("note"))
        let (unitColumn, wishesColumn) = (columns.position("unit"), columns.position("wishes"))
        for row in table.rows {
            let cell = { (column: Int?) in ColumnMap.value(at: column, in: row) }
            var rowProblems: [Localized] = []
            let name = cell(nameColumn)
            if name.isEmpty { rowProblems.append(Localized("缺少姓名", "name missing")) }
            if let problem = CellValues.separatorProblem(name, what: Localized("姓名", "name")) { rowProblems.append(problem) }
            if let previous = firstLine[NameKey(name)], !name.isEmpty {
                rowProblems.append(Localized("姓名“\(name)”与第 \(previous) 行重复", "name “\(name)” repeats line \(previous)"))
            }
            let phone = cell(phoneColumn)
            if let problem = CellValues.phoneProblem(phone) { rowProblems.append(problem) }
            let partyText = cell(partyColumn)
            let party = CellValues.yesNo(partyText)
            if party == nil { rowProblems.append(Localized("党员一栏应填“是”或“否”，而不是“\(partyText)”",
                                                          "party member should be “是” (yes) or “否” (no), not “\(partyText)”")) }
            var unavailable: [Unavailability] = []
            for item in cell(unavailableColumn).splitList() {
                if let entry = Unavailability(parsing: item, near: reference) {
                    unavailable.append(entry)
                } else {
                    rowProblems.append(Localized("不能值班“\(item)”不是星期、日期（2022-04-08、4-8）、日期范围（2022-04-08~2022-04-21）或班次名",
                                                  "unavailable “\(item)” is not a weekday, a date (2022-04-08, 4-8), a date range (2022-04-08~2022-04-21) or a shift name"))
                }
            }
            let wishes = Wish.parseList(cell(wishesColumn))
            for item in wishes.unreadable {
                rowProblems.append(Localized("意愿“\(item)”应写成“想值 白班/周末”或“不想值 夜班/周一”",
                                          "wish “\(item)” should read “想值 白班/周末” (wants) or “不想值 夜班/周一” (does not want)"))
            }
            guard rowProblems.isEmpty else {
                result.problems.append(Diagnostic(file: file, line: row.line, problems: rowProblems))
                continue
            }
            firstLine[NameKey(name)] = row.line
            result.items.append(Volunteer(
                name: name, phone: phone, isPartyMember: party ?? false, team: cell(teamColumn),
                role: cell(roleColumn), skills: cell(skillsColumn).splitList(),
                unavailable: unavailable, wishes: wishes.wishes, note: cell(noteColumn),
                unit: cell(unitColumn),
                location: SourceLocation(file: file, line: row.line)))
        }
        return result
    }

    /// `old` updated with what an imported sheet says of the same person: only the columns the
    /// sheet has (`columns`, as `TableRead.columns`) replace the roster's values, so a sheet of
    /// names and notes adds the notes and never blanks a phone, a team or a party membership.
    static func merged(_ old: Volunteer, with new: Volunteer, columns: Set<String>) -> Volunteer {
        var merged = new
        if !columns.contains("phone") { merged.phone = old.phone }
        if !columns.contains("party") { merged.isPartyMember = old.isPartyMember }
        if !columns.contains("team") { merged.team = old.team }
        if !columns.contains("role") { merged.role = old.role }
        if !columns.contains("skills") { merged.skills = old.skills }
        if !columns.contains("unavailable") { merged.unavailable = old.unavailable }
        if !columns.contains("note") { merged.note = old.note }
        if !columns.contains("wishes") { merged.wishes = old.wishes }
        if !columns.contains("unit") { merged.unit = old.unit }
        return merged
    }

    /// A new `volunteers.csv` holding `volunteers`, in the canonical form: the known columns, with
    /// those written only when used (单位, 意愿) present only when someone has them.
    public static func file(_ volunteers: [Volunteer]) -> [UInt8] {
        KeptColumns<String>(specs: specs).file(volunteers.map { ($0.name, nil, rows([$0])[0]) })
    }

    /// The rows written to `volunteers.csv`, one per volunteer, in roster order.
    public static func rows(_ volunteers: [Volunteer]) -> [[String]] {
        volunteers.map { v in
            [v.name, v.phone, v.isPartyMember ? "是" : "否", v.team, v.role, v.skills.joined(separator: ";"),
             v.unavailable.map(\.description).joined(separator: ";"), v.note, v.unit, v.wishes.map(\.description).joined(separator: ";")]
        }
    }
}
