import ZhibanModel

/// The form for a checkpoint: name, compound, hours, shifts, people per shift, requirements,
/// keeper teams and the reserve.
struct CheckpointForm: RosterEditForm {
    enum Field: FormFieldName {
        case name, compound, hours, shifts, peoplePerShift, needs, keepers, reserve

        var label: Localized {
            switch self {
            case .name: return Localized("卡口名称", "Name")
            case .compound: return Localized("所属小区", "Compound")
            case .hours: return Localized("开放时间", "Hours")
            case .shifts: return Localized("班次", "Shifts")
            case .peoplePerShift: return Localized("每班人数", "People per shift")
            case .needs: return Localized("要求", "Needs")
            case .keepers: return Localized("值守队伍", "Keeper teams")
            case .reserve: return Localized("后备队伍", "Reserve team")
            }
        }

        var hint: Localized {
            switch self {
            case .hours: return Localized("HH:MM-HH:MM", "HH:MM-HH:MM")
            case .shifts, .keepers: return Localized("用 ; 分隔", "separated by ;")
            case .needs: return Localized("党员:1;登记:1", "党员:1;登记:1")
            case .name, .compound, .peoplePerShift, .reserve: return Localized("", "")
            }
        }
    }

    /// The name of the checkpoint edited (nil: a new one).
    let editing: String?
    let opening: FormValues<Field>

    /// The form to add a checkpoint (nil: with every shift of the roster) or edit `checkpoint`.
    init(editing checkpoint: Checkpoint?, roster: Roster) {
        editing = checkpoint?.name
        opening = FormValues([
            .name: checkpoint?.name ?? "",
            .compound: checkpoint?.compound ?? "",
            .hours: checkpoint?.hoursText ?? "00:00-24:00",
            .shifts: checkpoint?.shifts.joined(separator: ";") ?? roster.shifts.map(\.name).joined(separator: ";"),
            .peoplePerShift: checkpoint.map { "\($0.peoplePerShift)" } ?? "2",
            .needs: checkpoint?.requirements.map(\.description).joined(separator: ";") ?? "",
            .keepers: checkpoint?.keepers.joined(separator: ";") ?? "",
            .reserve: checkpoint?.reserve ?? "",
        ])
    }

    var title: Localized {
        editing.map { Localized("编辑卡口：\($0)", "Edit post: \($0)") } ?? Localized("新增卡口", "New post")
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        var problems: [Field: Localized] = [:]
        let teams = roster.teams.map(\.name)
        problems[.name] = FormRules.name(values[.name], existing: roster.checkpoints.map(\.name), editing: editing, what: Localized("卡口名称", "name"))
        if values[.compound].isEmpty { problems[.compound] = Localized("请填写所属小区", "The compound is required") }
        if Self.hours(values[.hours]) == nil { problems[.hours] = Localized("写成 08:00-20:00", "Write it as 08:00-20:00") }
        let shifts = values[.shifts].splitList()
        if shifts.isEmpty { problems[.shifts] = Localized("至少一个班次", "At least one shift") }
        if let unknown = FormRules.unknown(shifts, known: roster.shifts.map(\.name)).first {
            problems[.shifts] = Localized("没有叫“\(unknown)”的班次", "No shift “\(unknown)”")
        }
        if FormRules.count(values[.peoplePerShift], minimum: 1) == nil { problems[.peoplePerShift] = Localized("至少 1 人", "At least 1") }
        if let bad = values[.needs].splitList().first(where: { Requirement(parsing: $0) == nil }) {
            problems[.needs] = Localized("看不懂“\(bad)”：写成 党员:1", "Cannot read “\(bad)”: write 党员:1")
        }
        let keepers = values[.keepers].splitList()
        if keepers.isEmpty { problems[.keepers] = Localized("至少一个值守队伍", "At least one keeper team") }
        if let unknown = FormRules.unknown(keepers, known: teams).first {
            problems[.keepers] = Localized("没有叫“\(unknown)”的队伍", "No team “\(unknown)”")
        }
        let reserve = values[.reserve]
        if !reserve.isEmpty, !teams.contains(reserve) {
            problems[.reserve] = Localized("没有叫“\(reserve)”的队伍", "No team “\(reserve)”")
        }
        return problems
    }

    /// The roster with the checkpoint added or changed (a new name is carried into its duties and
    /// rotations), and the words for the history.
    func apply(_ values: FormValues<Field>, to roster: Roster, near reference: LocalDate?) -> (Roster, Localized) {
        let open = Self.hours(values[.hours]) ?? (ClockTime(minutes: 0)!, ClockTime(minutes: 1440)!)
        var checkpoint = Checkpoint(
            name: values[.name], compound: values[.compound], openFrom: open.0, openUntil: open.1, shifts: values[.shifts].splitList(),
            peoplePerShift: FormRules.count(values[.peoplePerShift], minimum: 1) ?? 1,
            requirements: values[.needs].splitList().compactMap(Requirement.init(parsing:)), keepers: values[.keepers].splitList(),
            reserve: values[.reserve].isEmpty ? nil : values[.reserve])
        var edited = roster
        guard let editing, let position = roster.checkpoints.firstIndex(where: { $0.name == editing }) else {
            edited.checkpoints.append(checkpoint)
            return (edited, Localized("新增卡口 \(checkpoint.name)", "Added post \(checkpoint.name)"))
        }
        checkpoint.location = roster.checkpoints[position].location
        edited.checkpoints[position] = checkpoint
        if editing != checkpoint.name { edited.renameCheckpoint(editing, to: checkpoint.name) }
        return (edited, Localized("修改卡口 \(checkpoint.name)", "Edited post \(checkpoint.name)"))
    }

    func recordName(_ values: FormValues<Field>) -> String? { values[.name] }

    /// `08:00-20:00` (also with `–`, `~` or `至`); the start must be before 24:00.
    static func hours(_ text: String) -> (ClockTime, ClockTime)? {
        let unified = text.replacingOccurrences(of: "至", with: "-").replacingOccurrences(of: "~", with: "-")
            .replacingOccurrences(of: "–", with: "-")
        let parts = unified.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let from = ClockTime(parsing: String(parts[0])), let until = ClockTime(parsing: String(parts[1])),
              from.minutes < 1440 else { return nil }
        return (from, until)
    }
}
