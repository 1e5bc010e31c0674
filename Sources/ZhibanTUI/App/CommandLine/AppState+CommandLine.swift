import ZhibanModel

extension AppState {
    /// Keys on the `:` line: typing, Tab completion, Enter runs the command, Esc backs out.
    mutating func applyOnCommandLine(_ action: Action, _ field: TextField) -> [Effect] {
        var field = field
        switch action {
        case .text(let edit):
            // Backspace on an empty line leaves it, as in vim.
            if edit == .deleteBackward, field.isEmpty {
                mode = .normal
                return []
            }
            field.apply(edit)
        case .complete:
            let completion = Command.complete(field.text)
            field = TextField(completion.text)
            if completion.choices.count > 1 { message = StatusMessage(completion.choices.map { ":" + $0 }.joined(separator: "  ")) }
        case .cancel:
            mode = .normal
            return []
        case .submit:
            mode = .normal
            return run(field.text)
        default:
            break
        }
        mode = .commandLine(field)
        return []
    }

    /// Runs a command line: the command's row in `Command.table` does the work, or its problem is said.
    private mutating func run(_ text: String) -> [Effect] {
        let outcome = Command.parse(text).flatMap { parsed in
            var changed = self
            return parsed.command.run(&changed, parsed.input).map { (changed, $0) }
        }
        switch outcome {
        case .failure(let problem):
            say(problem.message, .error)
            return []
        case .success(let (changed, effects)):
            self = changed
            return effects
        }
    }

    /// `:wq`: save, then quit once the save has finished.
    mutating func saveThenQuit() -> [Effect] {
        guard !readOnly else { return save() }
        quitAfterSave = true
        return save()
    }

    /// `:rotate FROM TO`: the preview of re-planning the range, or the form when no range is given.
    mutating func rotate(from first: LocalDate?, to last: LocalDate?) {
        guard let first, let last else { return openReplan() }
        guard refuseIfReadOnly() else { return }
        let form = ReplanForm(shown: date, today: today, from: first, to: last)
        let values = form.opening
        if let problem = form.problems(values, roster: roster, near: nil).min(by: { $0.key.position < $1.key.position })?.value {
            say(problem, .error)
            return
        }
        if let request = form.request(values) { previewReplan(request) }
    }
}
