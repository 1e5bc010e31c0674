import ZhibanModel

/// The form after the substitute is chosen from the pick list (替班): why they stood in.
struct SubstitutionForm: FormModel {
    enum Field: FormFieldName {
        case reason

        var label: Localized { Localized("原因", "Reason") }
        var hint: Localized { Localized("发烧、换班…（可空着）", "fever, swapped… (may be empty)") }
    }

    /// The duty.
    let slot: Slot
    /// Who was planned.
    let person: String
    /// Who stood in.
    let substitute: String
    let opening = FormValues<Field>()

    var title: Localized {
        Localized("替班：\(substitute) 替 \(person)，\(slot)", "Replaced: \(substitute) for \(person), \(slot)")
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        ServedForms.oneLine(values, [.reason])
    }

    func submit(_ values: FormValues<Field>, near reference: LocalDate?, in app: inout AppState) -> [Effect] {
        app.recordServed {
            [try $0.event(on: slot, person: person, .replaced(by: substitute), reason: values[.reason], recordedAt: "", recordedBy: "")]
        }
    }
}
