import ZhibanModel

extension AppState {
    /// Makes `edited` the roster on screen as one undoable step named `label`.
    mutating func commit(_ edited: Roster, _ label: Localized) {
        guard refuseIfReadOnly() else { return }
        guard document.commit(edited, label) else { return }
        rosterDidChange()
        say(label, .success)
    }

    /// Makes `edited` the roster as `commit` does, unless a person it puts somewhere (`moves`)
    /// would break a rule there: then it names the rule and asks first (y does it anyway).
    mutating func commitAsking(_ edited: Roster, moves: [(person: String, slot: Slot)], _ label: Localized) {
        guard refuseIfReadOnly() else { return }
        guard let warning = PlacementWarning.question(for: edited, moves: moves, directory: document.directory) else {
            return commit(edited, label)
        }
        mode = .confirm(.breaksRule(edited: edited, label: label, text: warning))
    }

    /// Says so and returns false when the roster is read-only.
    mutating func refuseIfReadOnly() -> Bool {
        guard readOnly else { return true }
        say(Localized("只读模式：不能修改", "Read-only: nothing can be changed"), .error)
        return false
    }
}
