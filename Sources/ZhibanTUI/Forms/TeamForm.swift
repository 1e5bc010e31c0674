import ZhibanModel

/// The form for a team: name, kind, leader, compounds it is responsible for.
enum TeamForm {
    /// The fields, filled from `team` when editing.
    static func fields(for team: Team?) -> [FormField] {
        [
            FormField(Localized("队伍名称", "Name"), team?.name ?? ""),
            FormField(Localized("类型", "Kind"), team?.kind ?? "", hint: Localized("党小组、突击队、机动组…（空着按名称猜）", "党小组, 突击队, 机动组… (empty: guessed from the name)")),
            FormField(Localized("组长", "Leader"), team?.leader ?? ""),
            FormField(Localized("负责小区", "Compounds"), team?.compounds.joined(separator: ";") ?? "", hint: Localized("用 ; 分隔", "separated by ;")),
        ]
    }

    /// The problems of the values, by field.
    static func problems(_ values: [String], editing: String?, roster: Roster) -> FormCheck.Problems {
        var problems: FormCheck.Problems = [:]
        problems[0] = FormRules.name(values[0], existing: roster.teams.map(\.name), editing: editing, what: Localized("队伍名称", "name"))
        if !values[2].isEmpty, roster.volunteer(named: values[2]) == nil {
            problems[2] = Localized("没有叫“\(values[2])”的志愿者", "No volunteer “\(values[2])”")
        }
        return problems
    }

    /// The roster with the team added or changed (a new name is carried to its members, the
    /// checkpoints it keeps and the rotations), and the words for the history.
    static func apply(_ values: [String], editing: String?, to roster: Roster) -> (Roster, Localized) {
        let kind = values[1].isEmpty ? Team.kind(guessedFrom: values[0]) : values[1]
        var team = Team(name: values[0], kind: kind, leader: values[2].isEmpty ? nil : values[2], compounds: values[3].splitList())
        var edited = roster
        guard let editing, let position = roster.teams.firstIndex(where: { $0.name == editing }) else {
            edited.teams.append(team)
            return (edited, Localized("新增队伍 \(team.name)", "Added team \(team.name)"))
        }
        team.location = roster.teams[position].location
        edited.teams[position] = team
        if editing != team.name { edited.renameTeam(editing, to: team.name) }
        return (edited, Localized("修改队伍 \(team.name)", "Edited team \(team.name)"))
    }
}
