import ZhibanModel

/// The `?` page: every key of the view the user came from, read from the live key map.
enum HelpView {
    /// The help lines: everything under the title.
    static func scrollArea(in body: Rect) -> Rect {
        Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1))
    }

    static func render(_ state: AppState, scroll: Int, into screen: inout Screen, at rect: Rect) {
        let lines = HelpPage.lines(state)
        let title = Localized("按键 — \(state.view.title.zh)（Esc 关闭）", "Keys — \(state.view.title.en) (Esc closes)")(state.language)
        screen.write(title, in: rect.row(0), style: CellStyle(.header, bold: true))
        let area = scrollArea(in: rect)
        let visible = area.height
        let top = min(scroll, max(0, lines.count - visible))
        let keyWidth = min(24, (lines.map { $0.keys.displayWidth }.max() ?? 0) + 2)
        for offset in 0..<visible {
            guard lines.indices.contains(top + offset) else { break }
            let line = lines[top + offset]
            let y = area.y + offset
            screen.write("  " + line.keys, in: Rect(x: rect.x, y: y, width: keyWidth + 2, height: 1), style: CellStyle(.normal, bold: true))
            screen.write(line.help, x: rect.x + keyWidth + 2, y: y, maxWidth: rect.width - keyWidth - 2)
        }
    }
}
