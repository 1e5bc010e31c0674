import ZhibanModel

/// What the `?` page says, read from the live key map and the command table: the reducer
/// pages through it and `HelpView` draws it.
enum HelpPage {
    /// The help lines: the board's symbols (on the day board), the view's bindings, then the `:` commands and their other spellings.
    static func lines(_ state: AppState) -> [(keys: String, help: String)] {
        let symbols = state.view == .day
            ? [(Localized("符号", "Symbols")(state.language), StatusLine.legend(state.language).trimmingWhitespace()), ("", "")] : []
        return symbols + KeyMap.bindings(for: .view(state.view)).map { ($0.keyLabel, $0.help(state.language)) }
            + [("", "")] + Command.helpLines(state.language)
    }
}
