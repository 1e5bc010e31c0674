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

    /// Runs a command line.
    private mutating func run(_ text: String) -> [Effect] {
        switch Command.parse(text, relativeTo: date, today: today) {
        case .failure(let problem):
            say(problem.message, .error)
            return []
        case .success(let command):
            switch command {
            case .write: return save()
            case .quit: return quit()
            case .forceQuit: return [.quit]
            case .writeQuit:
                guard !readOnly else { return save() }
                quitAfterSave = true
                return save()
            case .reload(let force): return reload(force: force)
            case .saveAs(let folder): return saveCopy(to: folder)
            case .goto(let target):
                view = .day
                showDate(target)
            case .rotate(let first?, let last?):
                guard refuseIfReadOnly() else { return [] }
                let values = [first.description, last.description, ""]
                if let problem = ReplanForm.problems(values, roster: roster, shown: date, today: today).min(by: { $0.key < $1.key })?.value {
                    say(problem, .error)
                    return []
                }
                previewReplan(values)
            case .rotate:
                openReplan()
            case .print: openPrintPreview()
            case .help: mode = .help(scroll: 0)
            case .language(let language): self.language = language
            case .find(let name): findDuties(of: name)
            case .settings:
                if refuseIfReadOnly() { openForm(Form(purpose: .settings, fields: SettingsForm.fields(for: roster.settings))) }
            }
            return []
        }
    }
}
