import ZhibanModel

extension AppState {
    /// Keys while typing a `/` search: Enter finds the first match after the cursor.
    mutating func applyInSearch(_ action: Action, _ field: TextField) -> [Effect] {
        var field = field
        switch action {
        case .text(let edit): field.apply(edit)
        case .cancel:
            mode = .normal
            return []
        case .submit:
            mode = .normal
            guard !field.text.trimmingWhitespace().isEmpty else { return [] }
            lastSearch = field.text
            searchAgain(forward: true)
            return []
        default: break
        }
        mode = .search(field)
        return []
    }

    /// Moves to the next (or previous) match of the last search, in the view on screen.
    mutating func searchAgain(forward: Bool) {
        guard let query = lastSearch else { return say(Localized("还没有查找过：按 / 查找", "No search yet: press / to search")) }
        document.directory.prepareSearch()
        view.feature.search(query, forward: forward, in: &self)
    }
}
