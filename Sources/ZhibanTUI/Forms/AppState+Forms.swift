import ZhibanModel

extension AppState {
    /// Opens a form, with its problems found (shown once a field is typed in, or on Enter).
    mutating func openForm(_ form: Form) {
        var form = form
        form.dateReference = roster.shortDateReference(today: today)
        form.errors = FormCheck.problems(form, roster: roster)
        mode = .form(form)
    }

    /// Keys in a form: typing edits the focused field (checked as it changes), Tab and the
    /// arrows move between fields, Enter saves when nothing is wrong, Esc backs out.
    mutating func applyInForm(_ action: Action, _ form: Form) -> [Effect] {
        var form = form
        if form.isAskingToDiscard { return answerDiscarding(action, form) }
        switch action {
        case .text(let edit):
            form.fields[form.focus].value.apply(edit)
            form.touched.insert(form.focus)
            form.errors = FormCheck.problems(form, roster: roster)
        case .paste(let text):
            let unused = form.paste(text)
            form.errors = FormCheck.problems(form, roster: roster)
            if unused > 0 {
                say(Localized("粘贴的内容多出 \(unused) 项，没有用上", "\(unused) pasted cells found no field and were left out"), .error)
            }
        case .nextField: form.moveFocus(to: (form.focus + 1) % form.fields.count)
        case .previousField: form.moveFocus(to: (form.focus + form.fields.count - 1) % form.fields.count)
        case .cancel:
            guard form.isChanged else {
                mode = .normal
                return []
            }
            form.isAskingToDiscard = true
        case .submit:
            form.submitted = true
            form.errors = FormCheck.problems(form, roster: roster)
            if let problem = form.firstProblem, let first = form.errors.keys.min() {
                form.moveFocus(to: first)
                say(problem, .error)
            } else {
                mode = .normal
                return submit(form)
            }
        default: break
        }
        mode = .form(form)
        return []
    }

    /// The answer to "drop the changes in this form?": y closes it, n (or Esc) goes back to it.
    private mutating func answerDiscarding(_ action: Action, _ form: Form) -> [Effect] {
        var form = form
        switch action {
        case .answer(.yes):
            mode = .normal
            say(Localized("已放弃表单里的修改", "The form's changes were dropped"))
            return []
        case .answer(.no): form.isAskingToDiscard = false
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
        case .volunteer(let editing): outcome = VolunteerForm.apply(values, editing: editing, to: roster, near: form.dateReference)
        case .team(let editing): outcome = TeamForm.apply(values, editing: editing, to: roster)
        case .checkpoint(let editing): outcome = CheckpointForm.apply(values, editing: editing, to: roster)
        case .shift(let editing): outcome = ShiftForm.apply(values, editing: editing, to: roster)
        case .settings: outcome = SettingsForm.apply(values, to: roster)
        case .rotation(let editing): outcome = RotationForm.apply(values, editing: editing, to: roster)
        case .replan:
            previewReplan(values)
            return []
        case .sickCall(let person):
            if let call = SickCallForm.Call(person: person, values: values, near: form.dateReference) { previewSickCall(call) }
            return []
        }
        commit(outcome.0, outcome.1)
        if let kind = activeTable, let position = recordPosition(kind, named: values[0]) {
            tables[kind].select(record: position, visible: tableVisibleRows)
        }
        return []
    }

    private func recordPosition(_ kind: TableKind, named name: String) -> Int? {
        (0..<kind.count(in: roster)).first { kind.name(of: $0, in: roster) == name }
    }
}
