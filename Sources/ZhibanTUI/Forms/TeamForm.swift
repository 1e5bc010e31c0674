import ZhibanModel

/// The form for a team: name, kind, leader, compounds it is responsible for.
struct TeamForm: RosterEditForm {
    enum Field: FormFieldName {
        case name, kind, leader, compounds

        var label: Localized {
            switch self {
            case .name: return Localized("队伍名称", "Name")
            case .kind: return Localized("类型", "Kind")
            case .leader: return Localized("组长", "Leader")
            case .compounds: return Localized("负责小区", "Compounds")
            }
        }

        var hint: Localized {
            switch self {
            case .kind: return Localized("党小组、突击队、机动组…（空着按名称猜）", "党小组, 突击队, 机动组… (empty: guessed from the name)")
            case .compounds: return Localized("用 ; 分隔", "separated by ;")
            case .name, .leader: return Localized("", "")
            }
        }
    }

    /// The name of the team edited (nil: a new one).
    let editing: String?
    let opening: FormValues<Field>

    /// The form to add a team (nil) or edit `team`, filled from it.
    init(editing team: Team?) {
        editing = team?.name
        opening = FormValues([.name: team?.name ?? "", .kind: team?.kind ?? "", .leader: team?.leader ?? "",
                              .compounds: team?.compounds.joined(separator: ";") ?? ""])
    }

    var title: Localized {
        editing.map { Localized("编辑队伍：\($0)", "Edit team: \($0)") } ?? Localized("新增队伍", "New team")
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        var problems: [Field: Localized] = [:]
        problems[.name] = FormRules.name(values[.name], existing: roster.teams.map(\.name), editing: editing, what: Localized("队伍名称", "name"))
        let leader = values[.leader]
        if !leader.isEmpty, roster.volunteer(named: leader) == nil {
            problems[.leader] = Localized("没有叫“\(leader)”的志愿者", "No volunteer “\(leader)”")
        }
        return problems
    }

    /// The roster with the team added or changed (a new name is carried to its members, the
    /// checkpoints it keeps and the rotations), and the words for the history.
    func apply(_ values: FormValues<Field>, to roster: Roster, near reference: LocalDate?) -> (Roster, Localized) {
        let kind = values[.kind].isEmpty ? Team.kind(guessedFrom: values[.name]) : values[.kind]
        var team = Team(name: values[.name], kind: kind, leader: values[.leader].isEmpty ? nil : values[.leader],
                        compounds: values[.compounds].splitList())
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

    func recordName(_ values: FormValues<Field>) -> String? { values[.name] }
}
