import ZhibanModel

/// The form for a shift: name, start and end (an end at or before the start is the next day).
struct ShiftForm: RosterEditForm {
    enum Field: FormFieldName {
        case name, start, end

        var label: Localized {
            switch self {
            case .name: return Localized("班次名称", "Name")
            case .start: return Localized("开始", "Start")
            case .end: return Localized("结束", "End")
            }
        }

        var hint: Localized {
            switch self {
            case .name: return Localized("", "")
            case .start: return Localized("HH:MM", "HH:MM")
            case .end: return Localized("早于开始即为次日；可写 24:00", "before the start means the next day; 24:00 allowed")
            }
        }
    }

    /// The name of the shift edited (nil: a new one).
    let editing: String?
    let opening: FormValues<Field>

    /// The form to add a shift (nil) or edit `shift`, filled from it.
    init(editing shift: Shift?) {
        editing = shift?.name
        opening = FormValues([.name: shift?.name ?? "", .start: shift?.start.description ?? "08:00", .end: shift?.end.description ?? "20:00"])
    }

    var title: Localized {
        editing.map { Localized("编辑班次：\($0)", "Edit shift: \($0)") } ?? Localized("新增班次", "New shift")
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        var problems: [Field: Localized] = [:]
        problems[.name] = FormRules.name(values[.name], existing: roster.shifts.map(\.name), editing: editing, what: Localized("班次名称", "name"))
        if let start = ClockTime(parsing: values[.start]) {
            if start.minutes == 1440 { problems[.start] = Localized("不能从 24:00 开始", "Cannot start at 24:00") }
        } else {
            problems[.start] = Localized("写成 08:00", "Write it as 08:00")
        }
        if ClockTime(parsing: values[.end]) == nil { problems[.end] = Localized("写成 20:00", "Write it as 20:00") }
        return problems
    }

    /// The roster with the shift added or changed (a new name is carried to the checkpoints, the
    /// duties and the volunteers who cannot serve it), and the words for the history.
    func apply(_ values: FormValues<Field>, to roster: Roster, near reference: LocalDate?) -> (Roster, Localized) {
        var shift = Shift(name: values[.name], start: ClockTime(parsing: values[.start])!, end: ClockTime(parsing: values[.end])!)
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

    func recordName(_ values: FormValues<Field>) -> String? { values[.name] }
}
