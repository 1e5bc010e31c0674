import ZhibanModel

/// The tables of the interface: what each lists, its columns, and how a record reads.
public enum TableKind: Int, Hashable, Sendable, CaseIterable {
    /// The volunteers.
    case people
    /// The teams.
    case teams
    /// The checkpoints.
    case checkpoints
    /// The shifts.
    case shifts
    /// The rotation patterns (roster.toml's `[[rotation]]`).
    case rotations

    /// The panes of the posts view, in the order Tab goes through them.
    static let postsPanes: [TableKind] = [.checkpoints, .shifts, .rotations]

    /// The table's name.
    var title: Localized {
        switch self {
        case .people: return Localized("人员", "People")
        case .teams: return Localized("队伍", "Teams")
        case .checkpoints: return Localized("卡口", "Posts")
        case .shifts: return Localized("班次", "Shifts")
        case .rotations: return Localized("轮换", "Rotations")
        }
    }

    /// The columns, with the widths they would like.
    var columns: [TableColumn] {
        switch self {
        case .people:
            return [
                TableColumn(Localized("姓名", "Name"), width: 10),
                TableColumn(Localized("手机", "Phone"), width: 12),
                TableColumn(Localized("党员", "Party"), width: 4),
                TableColumn(Localized("队伍", "Team"), width: 18),
                TableColumn(Localized("职务", "Role"), width: 8),
                TableColumn(Localized("技能", "Skills"), width: 10),
                TableColumn(Localized("不能值班", "Unavailable"), width: 12),
                TableColumn(Localized("备注", "Note"), width: 8),
            ]
        case .teams:
            return [
                TableColumn(Localized("队伍", "Team"), width: 20),
                TableColumn(Localized("类型", "Kind"), width: 10),
                TableColumn(Localized("组长", "Leader"), width: 8),
                TableColumn(Localized("人数", "Members"), width: 4, numeric: true),
                TableColumn(Localized("负责小区", "Compounds"), width: 16),
                TableColumn(Localized("值守卡口", "Keeps posts"), width: 16),
            ]
        case .checkpoints:
            return [
                TableColumn(Localized("卡口", "Post"), width: 16),
                TableColumn(Localized("小区", "Compound"), width: 12),
                TableColumn(Localized("开放时间", "Hours"), width: 11),
                TableColumn(Localized("班次", "Shifts"), width: 10),
                TableColumn(Localized("每班人数", "Per shift"), width: 4, numeric: true),
                TableColumn(Localized("要求", "Needs"), width: 8),
                TableColumn(Localized("值守队伍", "Keepers"), width: 16),
                TableColumn(Localized("后备队伍", "Reserve"), width: 8),
            ]
        case .shifts:
            return [
                TableColumn(Localized("班次", "Shift"), width: 8),
                TableColumn(Localized("开始", "Start"), width: 5),
                TableColumn(Localized("结束", "End"), width: 7),
                TableColumn(Localized("时长", "Hours"), width: 5, numeric: true),
                TableColumn(Localized("夜班", "Night"), width: 4),
                TableColumn(Localized("卡口数", "Posts"), width: 4, numeric: true),
            ]
        case .rotations:
            return [
                TableColumn(Localized("序号", "No."), width: 4, numeric: true),
                TableColumn(Localized("方式", "Kind"), width: 7),
                TableColumn(Localized("卡口", "Post"), width: 14),
                TableColumn(Localized("队伍", "Teams"), width: 20),
                TableColumn(Localized("小区", "Compounds"), width: 12),
                TableColumn(Localized("换班", "Step"), width: 9),
                TableColumn(Localized("开始", "Start"), width: 10),
                TableColumn(Localized("错开", "Offset"), width: 4, numeric: true),
            ]
        }
    }

    /// How many records the roster has for this table.
    func count(in roster: Roster) -> Int {
        switch self {
        case .people: return roster.volunteers.count
        case .teams: return roster.teams.count
        case .checkpoints: return roster.checkpoints.count
        case .shifts: return roster.shifts.count
        case .rotations: return roster.rotations.count
        }
    }

    /// The name of a record (what forms edit and deletes ask about).
    func name(of record: Int, in roster: Roster) -> String {
        switch self {
        case .people: return roster.volunteers[record].name
        case .teams: return roster.teams[record].name
        case .checkpoints: return roster.checkpoints[record].name
        case .shifts: return roster.shifts[record].name
        case .rotations: return "\(record + 1)"
        }
    }

    /// The cells of a record, in column order, in the interface's language.
    func cells(of record: Int, in roster: Roster, _ language: Language) -> [String] {
        let yes = Localized("是", "yes")(language)
        let no = Localized("否", "no")(language)
        switch self {
        case .people:
            let volunteer = roster.volunteers[record]
            var name = volunteer.name
            if volunteer.isPartyMember { name += Marks.party }
            if volunteer.isLeader { name += Marks.leader }
            return [name, volunteer.phone, volunteer.isPartyMember ? yes : no, volunteer.team, volunteer.role,
                    volunteer.skills.joined(separator: ";"), volunteer.unavailable.map(\.description).joined(separator: ";"),
                    volunteer.note]
        case .teams:
            let team = roster.teams[record]
            let members = roster.volunteers.lazy.filter { $0.team == team.name }.count
            let kept = roster.checkpoints.filter { $0.keepers.contains(team.name) }.map(\.name)
            return [team.name, team.kind, team.leader ?? "", "\(members)", team.compounds.joined(separator: ";"),
                    kept.joined(separator: ";")]
        case .checkpoints:
            let checkpoint = roster.checkpoints[record]
            return [checkpoint.name, checkpoint.compound, checkpoint.hoursText, checkpoint.shifts.joined(separator: ";"),
                    "\(checkpoint.peoplePerShift)", checkpoint.requirements.map(\.description).joined(separator: ";"),
                    checkpoint.keepers.joined(separator: ";"), checkpoint.reserve ?? ""]
        case .shifts:
            let shift = roster.shifts[record]
            let used = roster.checkpoints.filter { $0.shifts.contains(shift.name) }.count
            let hours = shift.durationMinutes % 60 == 0 ? "\(shift.durationMinutes / 60)" : "\(Double(shift.durationMinutes) / 60)"
            return [shift.name, shift.start.description, shift.end.description + (shift.endsNextDay ? "+1" : ""), hours,
                    shift.isNight ? yes : no, "\(used)"]
        case .rotations:
            let rotation = roster.rotations[record]
            return ["\(record + 1)", RotationForm.kindText(rotation.kind)(language), rotation.checkpoint ?? "",
                    rotation.teams.joined(separator: ";"), rotation.compounds.joined(separator: ";"),
                    RotationForm.stepText(rotation.step)(language), rotation.start?.description ?? "", "\(rotation.offset)"]
        }
    }
}

/// One column of a table.
struct TableColumn: Sendable {
    /// The heading.
    let title: Localized
    /// The width it would like, in display columns.
    let width: Int
    /// Sorted as a number and aligned right.
    let numeric: Bool

    init(_ title: Localized, width: Int, numeric: Bool = false) {
        self.title = title
        self.width = width
        self.numeric = numeric
    }

    /// The width it takes in a language: the width it would like, or its heading's if wider.
    func width(in language: Language) -> Int {
        max(width, title(language).displayWidth)
    }
}
