import ZhibanModel

/// The form for a checkpoint: name, compound, hours, shifts, people per shift, requirements,
/// keeper teams and the reserve.
enum CheckpointForm {
    /// The fields, filled from `checkpoint` when editing.
    static func fields(for checkpoint: Checkpoint?, roster: Roster) -> [FormField] {
        let list = Localized("用 ; 分隔", "separated by ;")
        return [
            FormField(Localized("卡口名称", "Name"), checkpoint?.name ?? ""),
            FormField(Localized("所属小区", "Compound"), checkpoint?.compound ?? ""),
            FormField(Localized("开放时间", "Hours"), checkpoint?.hoursText ?? "00:00-24:00", hint: Localized("HH:MM-HH:MM", "HH:MM-HH:MM")),
            FormField(Localized("班次", "Shifts"), checkpoint?.shifts.joined(separator: ";") ?? roster.shifts.map(\.name).joined(separator: ";"), hint: list),
            FormField(Localized("每班人数", "People per shift"), checkpoint.map { "\($0.peoplePerShift)" } ?? "2"),
            FormField(Localized("要求", "Needs"), checkpoint?.requirements.map(\.description).joined(separator: ";") ?? "", hint: Localized("党员:1;登记:1", "党员:1;登记:1")),
            FormField(Localized("值守队伍", "Keeper teams"), checkpoint?.keepers.joined(separator: ";") ?? "", hint: list),
            FormField(Localized("后备队伍", "Reserve team"), checkpoint?.reserve ?? ""),
        ]
    }

    /// The problems of the values, by field.
    static func problems(_ values: [String], editing: String?, roster: Roster) -> FormCheck.Problems {
        var problems: FormCheck.Problems = [:]
        let teams = roster.teams.map(\.name)
        problems[0] = FormRules.name(values[0], existing: roster.checkpoints.map(\.name), editing: editing, what: Localized("卡口名称", "name"))
        if values[1].isEmpty { problems[1] = Localized("请填写所属小区", "The compound is required") }
        if hours(values[2]) == nil { problems[2] = Localized("写成 08:00-20:00", "Write it as 08:00-20:00") }
        let shifts = values[3].splitList()
        if shifts.isEmpty { problems[3] = Localized("至少一个班次", "At least one shift") }
        if let unknown = FormRules.unknown(shifts, known: roster.shifts.map(\.name)).first {
            problems[3] = Localized("没有叫“\(unknown)”的班次", "No shift “\(unknown)”")
        }
        if FormRules.count(values[4], minimum: 1) == nil { problems[4] = Localized("至少 1 人", "At least 1") }
        if let bad = values[5].splitList().first(where: { Requirement(parsing: $0) == nil }) {
            problems[5] = Localized("看不懂“\(bad)”：写成 党员:1", "Cannot read “\(bad)”: write 党员:1")
        }
        let keepers = values[6].splitList()
        if keepers.isEmpty { problems[6] = Localized("至少一个值守队伍", "At least one keeper team") }
        if let unknown = FormRules.unknown(keepers, known: teams).first {
            problems[6] = Localized("没有叫“\(unknown)”的队伍", "No team “\(unknown)”")
        }
        if !values[7].isEmpty, !teams.contains(values[7]) {
            problems[7] = Localized("没有叫“\(values[7])”的队伍", "No team “\(values[7])”")
        }
        return problems
    }

    /// The roster with the checkpoint added or changed (a new name is carried into its duties and
    /// rotations), and the words for the history.
    static func apply(_ values: [String], editing: String?, to roster: Roster) -> (Roster, Localized) {
        let open = hours(values[2]) ?? (ClockTime(minutes: 0)!, ClockTime(minutes: 1440)!)
        var checkpoint = Checkpoint(
            name: values[0], compound: values[1], openFrom: open.0, openUntil: open.1, shifts: values[3].splitList(),
            peoplePerShift: FormRules.count(values[4], minimum: 1) ?? 1,
            requirements: values[5].splitList().compactMap(Requirement.init(parsing:)), keepers: values[6].splitList(),
            reserve: values[7].isEmpty ? nil : values[7])
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
