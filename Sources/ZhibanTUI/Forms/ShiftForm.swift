import ZhibanModel

/// The form for a shift: name, start and end (an end at or before the start is the next day).
enum ShiftForm {
    /// The fields, filled from `shift` when editing.
    static func fields(for shift: Shift?) -> [FormField] {
        [
            FormField(Localized("班次名称", "Name"), shift?.name ?? ""),
            FormField(Localized("开始", "Start"), shift?.start.description ?? "08:00", hint: Localized("HH:MM", "HH:MM")),
            FormField(Localized("结束", "End"), shift?.end.description ?? "20:00", hint: Localized("早于开始即为次日；可写 24:00", "before the start means the next day; 24:00 allowed")),
        ]
    }

    /// The problems of the values, by field.
    static func problems(_ values: [String], editing: String?, roster: Roster) -> FormCheck.Problems {
        var problems: FormCheck.Problems = [:]
        problems[0] = FormRules.name(values[0], existing: roster.shifts.map(\.name), editing: editing, what: Localized("班次名称", "name"))
        if let start = ClockTime(parsing: values[1]) {
            if start.minutes == 1440 { problems[1] = Localized("不能从 24:00 开始", "Cannot start at 24:00") }
        } else {
            problems[1] = Localized("写成 08:00", "Write it as 08:00")
        }
        if ClockTime(parsing: values[2]) == nil { problems[2] = Localized("写成 20:00", "Write it as 20:00") }
        return problems
    }

    /// The roster with the shift added or changed (a new name is carried to the checkpoints, the
    /// duties and the volunteers who cannot serve it), and the words for the history.
    static func apply(_ values: [String], editing: String?, to roster: Roster) -> (Roster, Localized) {
        var shift = Shift(name: values[0], start: ClockTime(parsing: values[1])!, end: ClockTime(parsing: values[2])!)
        var edited = roster
        guard let editing, let position = roster.shifts.firstIndex(where: { $0.name == editing }) else {
            edited.shifts.append(shift)
            return (edited, Localized("新增班次 \(shift.name)", "Added shift \(shift.name)"))
        }
        shift.location = roster.shifts[position].location
        edited.shifts[position] = shift
        if editing != shift.name { edited.renameShift(editing, to: shift.name) }
        return (edited, Localized("修改班次 \(shift.name)", "Edited shift \(shift.name)"))
    }
}
