import ZhibanModel

/// The `?` page: every key of the view the user came from, read from the live key map.
enum HelpView {
    static func render(_ state: AppState, scroll: Int, into screen: inout Screen, at rect: Rect) {
        let lines = self.lines(state)
        let title = Localized("按键 — \(state.view.title.zh)（Esc 关闭）", "Keys — \(state.view.title.en) (Esc closes)")(state.language)
        screen.write(title, in: rect.row(0), style: CellStyle(.header, bold: true))
        let visible = rect.height - 1
        let top = min(scroll, max(0, lines.count - visible))
        let keyWidth = min(24, (lines.map { $0.keys.displayWidth }.max() ?? 0) + 2)
        for offset in 0..<max(0, visible) {
            guard lines.indices.contains(top + offset) else { break }
            let line = lines[top + offset]
            let y = rect.y + 1 + offset
            screen.write("  " + line.keys, in: Rect(x: rect.x, y: y, width: keyWidth + 2, height: 1), style: CellStyle(.normal, bold: true))
            screen.write(line.help, x: rect.x + keyWidth + 2, y: y, maxWidth: rect.width - keyWidth - 2)
        }
    }

    /// The help lines: the board's symbols (on the day board), the view's bindings, then the `:` commands and their other spellings.
    static func lines(_ state: AppState) -> [(keys: String, help: String)] {
        let symbols = state.view == .day
            ? [(Localized("符号", "Symbols")(state.language), StatusLine.legend(state.language).trimmingWhitespace()), ("", "")] : []
        return symbols + KeyMap.bindings(for: .view(state.view)).map { ($0.keyLabel, $0.help(state.language)) }
            + [("", "")] + Command.helpLines(state.language)
    }
}
