import ZhibanModel

/// The form behind 交接班记录 on the day board: a note from this shift at this gate for the
/// shift that takes over (printed on its sheet and in the notice).
struct HandoverNoteForm: FormModel {
    enum Field: FormFieldName {
        case text

        var label: Localized { Localized("交接", "Note") }
        var hint: Localized { Localized("测温枪没电了、北侧栏杆松了…", "thermometer battery flat, railing loose…") }
    }

    /// The shift and gate leaving the note.
    let slot: Slot
    let opening = FormValues<Field>()

    var title: Localized {
        Localized("交接班记录：\(slot) 留给下一班", "Handover note: \(slot), for the next shift")
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        var problems = ServedForms.oneLine(values, [.text])
        if values[.text].trimmingWhitespace().isEmpty { problems[.text] = Localized("写下要交接的事", "Write what the next shift should know") }
        return problems
    }

    func submit(_ values: FormValues<Field>, near reference: LocalDate?, in app: inout AppState) -> [Effect] {
        app.recordServed { [try $0.note(on: slot, values[.text], recordedAt: "", recordedBy: "")] }
    }
}
