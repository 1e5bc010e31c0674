import ZhibanModel

/// The form behind 缺岗 on the day board: the reason the person did not come (may be empty).
struct AbsenceForm: FormModel {
    enum Field: FormFieldName {
        case reason

        var label: Localized { Localized("原因", "Reason") }
        var hint: Localized { Localized("发烧、出差…（可空着）", "fever, away… (may be empty)") }
    }

    /// The duty.
    let slot: Slot
    /// Who did not come.
    let person: String
    let opening = FormValues<Field>()

    var title: Localized {
        Localized("缺岗：\(person)，\(slot)", "Absent: \(person), \(slot)")
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        ServedForms.oneLine(values, [.reason])
    }

    func submit(_ values: FormValues<Field>, near reference: LocalDate?, in app: inout AppState) -> [Effect] {
        app.recordServed { [try $0.event(on: slot, person: person, .absent, reason: values[.reason], recordedAt: "", recordedBy: "")] }
    }
}
