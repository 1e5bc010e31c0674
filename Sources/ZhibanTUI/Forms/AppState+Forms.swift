import ZhibanModel

extension AppState {
    /// Opens a form, with its problems found (shown once a field is typed in, or on Enter).
    mutating func openForm(_ form: Form) {
        var form = form
        form.dateReference = roster.shortDateReference(today: today)
        form.check(roster)
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
            form.check(roster)
        case .paste(let text):
            let unused = form.paste(text)
            form.check(roster)
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
            form.check(roster)
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

    /// Saves a checked form into the roster (or starts the preview it asks for).
    private mutating func submit(_ form: Form) -> [Effect] {
        form.model.submit(texts: form.values, near: form.dateReference, in: &self)
    }
}
