import ZhibanModel

/// The form for a volunteer: name, phone, party member, team, role, skills, when they cannot
/// serve, note, wishes.
struct VolunteerForm: RosterEditForm {
    enum Field: FormFieldName {
        case name, phone, partyMember, team, role, skills, cannotServe, note, wishes

        var label: Localized {
            switch self {
            case .name: return Localized("姓名", "Name")
            case .phone: return Localized("手机", "Phone")
            case .partyMember: return Localized("党员", "Party member")
            case .team: return Localized("队伍", "Team")
            case .role: return Localized("职务", "Role")
            case .skills: return Localized("技能", "Skills")
            case .cannotServe: return Localized("不能值班", "Cannot serve")
            case .note: return Localized("备注", "Note")
            case .wishes: return Localized("意愿", "Wishes")
            }
        }

        var hint: Localized {
            switch self {
            case .partyMember: return Localized("是 / 否", "yes / no")
            case .role: return Localized("组长、队长、楼栋长…", "组长, 队长, 楼栋长…")
            case .skills: return Localized("用 ; 分隔", "separated by ;")
            case .cannotServe: return Localized("周六;夜班;4-17;4-8~4-21", "周六;夜班;4-17;4-8~4-21")
            case .wishes: return Localized("想值 白班/周末;不想值 夜班", "想值 白班/周末;不想值 夜班")
            case .name, .phone, .team, .note: return Localized("", "")
            }
        }
    }

    /// The name of the volunteer edited (nil: a new one).
    let editing: String?
    let opening: FormValues<Field>

    /// The form to add a volunteer (nil) or edit `volunteer`, filled from them.
    init(editing volunteer: Volunteer?) {
        editing = volunteer?.name
        opening = FormValues([
            .name: volunteer?.name ?? "",
            .phone: volunteer?.phone ?? "",
            .partyMember: volunteer.map { $0.isPartyMember ? "是" : "否" } ?? "否",
            .team: volunteer?.team ?? "",
            .role: volunteer?.role ?? "",
            .skills: volunteer?.skills.joined(separator: ";") ?? "",
            .cannotServe: volunteer?.unavailable.map(\.description).joined(separator: ";") ?? "",
            .note: volunteer?.note ?? "",
            .wishes: volunteer?.wishes.map(\.description).joined(separator: ";") ?? "",
        ])
    }

    var title: Localized {
        editing.map { Localized("编辑志愿者：\($0)", "Edit volunteer: \($0)") } ?? Localized("新增志愿者", "New volunteer")
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        var problems: [Field: Localized] = [:]
        problems[.name] = FormRules.name(values[.name], existing: roster.volunteers.map(\.name), editing: editing, what: Localized("姓名", "name"))
        problems[.phone] = FormRules.phone(values[.phone])
        if FormRules.yesNo(values[.partyMember]) == nil { problems[.partyMember] = Localized("填 是 或 否", "Type yes or no") }
        let team = values[.team]
        if !team.isEmpty, roster.team(named: team) == nil {
            problems[.team] = Localized("没有叫“\(team)”的队伍（先在队伍页添加）", "No team “\(team)” (add it on the Teams view first)")
        }
        for entry in values[.cannotServe].splitList() {
            guard let limit = Unavailability(parsing: entry, near: reference) else {
                problems[.cannotServe] = Localized("看不懂“\(entry)”：写星期、日期（4-8、4-8~4-21）或班次名",
                                                   "Cannot read “\(entry)”: a weekday, a date (4-8, 4-8~4-21) or a shift")
                break
            }
            if case .shift(let name) = limit, roster.shift(named: name) == nil {
                problems[.cannotServe] = Localized("没有叫“\(name)”的班次", "No shift “\(name)”")
                break
            }
        }
        if let unreadable = Wish.parseList(values[.wishes]).unreadable.first {
            problems[.wishes] = Localized("看不懂“\(unreadable)”：写 想值 或 不想值，再写班次、夜班、星期或周末",
                                          "Cannot read “\(unreadable)”: 想值 (would like) or 不想值 (would rather not), then a shift, 夜班, a weekday or 周末")
        }
        return problems
    }

    /// The roster with the volunteer added or changed (a new name is carried into the duties and
    /// the team's leader; a 组长 or 队长 becomes their team's leader), and the words for the history.
    func apply(_ values: FormValues<Field>, to roster: Roster, near reference: LocalDate?) -> (Roster, Localized) {
        let (edited, words) = record(values, in: roster, near: reference)
        let (name, team, role) = (values[.name], values[.team], values[.role])
        guard ["组长", "队长"].contains(role), let position = edited.teams.firstIndex(where: { $0.name == team }),
              edited.teams[position].leader != name else { return (edited, words) }
        var led = edited
        led.teams[position].leader = name
        return (led, Localized("\(words.zh)，任 \(team) 的\(role)", "\(words.en), now leading \(team)"))
    }

    func recordName(_ values: FormValues<Field>) -> String? { values[.name] }

    /// The roster with the volunteer added or changed, and the words for the history. An edit
    /// changes only what the form shows: what it does not (the 单位 a cadre came from, where the
    /// record stands in the file) stays as it was.
    private func record(_ values: FormValues<Field>, in roster: Roster, near reference: LocalDate?) -> (Roster, Localized) {
        let position = editing.flatMap { name in roster.volunteers.firstIndex { $0.name == name } }
        var volunteer = position.map { roster.volunteers[$0] } ?? Volunteer(name: values[.name])
        volunteer.name = values[.name]
        volunteer.phone = values[.phone]
        volunteer.isPartyMember = FormRules.yesNo(values[.partyMember]) ?? false
        volunteer.team = values[.team]
        volunteer.role = values[.role]
        volunteer.skills = values[.skills].splitList()
        volunteer.unavailable = values[.cannotServe].splitList().compactMap { Unavailability(parsing: $0, near: reference) }
        volunteer.note = values[.note]
        volunteer.wishes = Wish.parseList(values[.wishes]).wishes
        var edited = roster
        guard let editing, let position else {
            edited.volunteers.append(volunteer)
            return (edited, Localized("新增志愿者 \(volunteer.name)", "Added volunteer \(volunteer.name)"))
        }
        edited.volunteers[position] = volunteer
        if editing != volunteer.name { edited.renamePerson(editing, to: volunteer.name) }
        return (edited, Localized("修改志愿者 \(volunteer.name)", "Edited volunteer \(volunteer.name)"))
    }
}
