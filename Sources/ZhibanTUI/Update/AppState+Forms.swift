import ZhibanModel

extension AppState {
    /// Opens a form, with its problems found (shown once a field is typed in, or on Enter).
    mutating func openForm(_ form: Form) {
        var form = form
        form.errors = FormCheck.problems(form, roster: roster)
        mode = .form(form)
    }

    /// Keys in a form: typing edits the focused field (checked as it changes), Tab and the
    /// arrows move between fields, Enter saves when nothing is wrong, Esc backs out.
    mutating func applyInForm(_ action: Action, _ form: Form) -> [Effect] {
        var form = form
        switch action {
        case .text(let edit):
            form.fields[form.focus].value.apply(edit)
            form.touched.insert(form.focus)
            form.errors = FormCheck.problems(form, roster: roster)
        case .nextField: form.focus = (form.focus + 1) % form.fields.count
        case .previousField: form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .cancel:
            mode = .normal
            return []
        case .submit:
            form.submitted = true
            form.errors = FormCheck.problems(form, roster: roster)
            if let first = form.errors.keys.min() {
                form.focus = first
                say(Localized("表单里有问题，请按提示修改", "The form has problems: see the notes beside the fields"), .error)
            } else {
                mode = .normal
                return submit(form)
            }
        default: break
        }
        mode = .form(form)
        return []
    }

    /// Saves a checked form into the roster (or starts the re-plan it asks for).
    private mutating func submit(_ form: Form) -> [Effect] {
        let values = form.values
        let outcome: (Roster, Localized)
        switch form.purpose {
        case .volunteer(let editing): outcome = VolunteerForm.apply(values, editing: editing, to: roster)
        case .team(let editing): outcome = TeamForm.apply(values, editing: editing, to: roster)
        case .checkpoint(let editing): outcome = CheckpointForm.apply(values, editing: editing, to: roster)
        case .shift(let editing): outcome = ShiftForm.apply(values, editing: editing, to: roster)
        case .replan:
            previewReplan(values)
            return []
        }
        commit(outcome.0, outcome.1)
        if let kind = activeTable, let position = recordPosition(kind, named: values[0]) {
            tables[kind.rawValue].select(record: position, visible: tableVisibleRows)
        }
        return []
    }

    private func recordPosition(_ kind: TableKind, named name: String) -> Int? {
        (0..<kind.count(in: roster)).first { kind.name(of: $0, in: roster) == name }
    }
}
