import ZhibanModel

/// The form for a volunteer: name, phone, party member, team, role, skills, when they cannot
/// serve, note, wishes.
enum VolunteerForm {
    /// The fields, filled from `volunteer` when editing.
    static func fields(for volunteer: Volunteer?) -> [FormField] {
        [
            FormField(Localized("姓名", "Name"), volunteer?.name ?? ""),
            FormField(Localized("手机", "Phone"), volunteer?.phone ?? ""),
            FormField(Localized("党员", "Party member"), volunteer.map { $0.isPartyMember ? "是" : "否" } ?? "否", hint: Localized("是 / 否", "yes / no")),
            FormField(Localized("队伍", "Team"), volunteer?.team ?? ""),
            FormField(Localized("职务", "Role"), volunteer?.role ?? "", hint: Localized("组长、队长、楼栋长…", "组长, 队长, 楼栋长…")),
            FormField(Localized("技能", "Skills"), volunteer?.skills.joined(separator: ";") ?? "", hint: Localized("用 ; 分隔", "separated by ;")),
            FormField(Localized("不能值班", "Cannot serve"), volunteer?.unavailable.map(\.description).joined(separator: ";") ?? "",
                      hint: Localized("周六;夜班;4-17;4-8~4-21", "周六;夜班;4-17;4-8~4-21")),
            FormField(Localized("备注", "Note"), volunteer?.note ?? ""),
            FormField(Localized("意愿", "Wishes"), volunteer?.wishes.map(\.description).joined(separator: ";") ?? "",
                      hint: Localized("想值 白班/周末;不想值 夜班", "想值 白班/周末;不想值 夜班")),
        ]
    }

    /// The problems of the values, by field.
    static func problems(_ values: [String], editing: String?, roster: Roster, near reference: LocalDate? = nil) -> FormCheck.Problems {
        var problems: FormCheck.Problems = [:]
        problems[0] = FormRules.name(values[0], existing: roster.volunteers.map(\.name), editing: editing, what: Localized("姓名", "name"))
        problems[1] = FormRules.phone(values[1])
        if FormRules.yesNo(values[2]) == nil { problems[2] = Localized("填 是 或 否", "Type yes or no") }
        if !values[3].isEmpty, roster.team(named: values[3]) == nil {
            problems[3] = Localized("没有叫“\(values[3])”的队伍（先在队伍页添加）", "No team “\(values[3])” (add it on the Teams view first)")
        }
        for entry in values[6].splitList() {
            guard let limit = Unavailability(parsing: entry, near: reference) else {
                problems[6] = Localized("看不懂“\(entry)”：写星期、日期（4-8、4-8~4-21）或班次名",
                                        "Cannot read “\(entry)”: a weekday, a date (4-8, 4-8~4-21) or a shift")
                break
            }
            if case .shift(let name) = limit, roster.shift(named: name) == nil {
                problems[6] = Localized("没有叫“\(name)”的班次", "No shift “\(name)”")
                break
            }
        }
        if let unreadable = Wish.parseList(values[8]).unreadable.first {
            problems[8] = Localized("看不懂“\(unreadable)”：写 想值 或 不想值，再写班次、夜班、星期或周末",
                                    "Cannot read “\(unreadable)”: 想值 (would like) or 不想值 (would rather not), then a shift, 夜班, a weekday or 周末")
        }
        return problems
    }

    /// The roster with the volunteer added or changed (a new name is carried into the duties and
    /// the team's leader; a 组长 or 队长 becomes their team's leader), and the words for the history.
    static func apply(_ values: [String], editing: String?, to roster: Roster, near reference: LocalDate?) -> (Roster, Localized) {
        let (edited, words) = record(values, editing: editing, in: roster, near: reference)
        guard ["组长", "队长"].contains(values[4]), let team = edited.teams.firstIndex(where: { $0.name == values[3] }),
              edited.teams[team].leader != values[0] else { return (edited, words) }
        var led = edited
        led.teams[team].leader = values[0]
        return (led, Localized("\(words.zh)，任 \(values[3]) 的\(values[4])", "\(words.en), now leading \(values[3])"))
    }

    /// The roster with the volunteer added or changed, and the words for the history. An edit
    /// changes only what the form shows: what it does not (the 单位 a cadre came from, where the
    /// record stands in the file) stays as it was.
    private static func record(_ values: [String], editing: String?, in roster: Roster, near reference: LocalDate?) -> (Roster, Localized) {
        let position = editing.flatMap { name in roster.volunteers.firstIndex { $0.name == name } }
        var volunteer = position.map { roster.volunteers[$0] } ?? Volunteer(name: values[0])
        volunteer.name = values[0]
        volunteer.phone = values[1]
        volunteer.isPartyMember = FormRules.yesNo(values[2]) ?? false
        volunteer.team = values[3]
        volunteer.role = values[4]
        volunteer.skills = values[5].splitList()
        volunteer.unavailable = values[6].splitList().compactMap { Unavailability(parsing: $0, near: reference) }
        volunteer.note = values[7]
        volunteer.wishes = Wish.parseList(values[8]).wishes
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
