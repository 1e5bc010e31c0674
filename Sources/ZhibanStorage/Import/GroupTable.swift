import ZhibanModel

/// The groups spreadsheet (`groups.csv`): a team (its header names the kind, e.g. 党小组) and
/// the compounds it is responsible for.
enum GroupTable {
    static let specs = [
        ColumnSpec(key: "name", headers: ["党小组", "队伍", "小组", "team", "group"], required: true),
        ColumnSpec(key: "compounds", headers: ["负责小区", "小区", "compounds"], required: true),
        ColumnSpec(key: "kind", headers: ["类型", "kind"], required: false),
    ]

    /// Headers that mark a file as a groups table.
    static let signature = ["负责小区", "compounds"]

    static func read(_ records: [CSVRecord], file: String) throws(RosterFileError) -> TableRead<Team> {
        let table = try TableRows(records: records, specs: specs, file: file)
        // The first column's header names the kind when no kind column is given: 党小组.
        let headerKind = records.first(where: { !$0.isBlank })?.fields.first.map { ColumnMap.normalize($0) } ?? ""
        var result = TableRead<Team>(problems: table.problems)
        for row in table.rows {
            let name = table.columns.value("name", in: row)
            guard !name.isEmpty else {
                result.problems.append(Diagnostic(file: file, line: row.line, Localized("缺少队伍名", "team name missing")))
                continue
            }
            var kind = table.columns.value("kind", in: row)
            if kind.isEmpty { kind = ["队伍", "小组", "team", "group"].contains(headerKind) ? Team.kind(guessedFrom: name) : headerKind }
            result.items.append(Team(
                name: name, kind: kind, compounds: table.columns.value("compounds", in: row).splitList(),
                location: SourceLocation(file: file, line: row.line)))
        }
        return result
    }
}
