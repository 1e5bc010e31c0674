import ZhibanModel

/// The top line: the roster's title, the views with their keys (the current one highlighted),
/// the date shown, and whether there are unsaved changes or the roster is read-only.
enum TitleBar {
    static func render(_ state: AppState, into screen: inout Screen, at rect: Rect) {
        let style = CellStyle(.header)
        screen.fill(rect, style: style)
        var right = " " + DateText.long(state.date, state.language) + " "
        if state.isDirty { right = " " + Localized("[已修改]", "[modified]")(state.language) + right }
        if state.readOnly { right = " " + Localized("[只读]", "[read-only]")(state.language) + right }
        let rightX = rect.maxX - right.displayWidth
        screen.write(right, x: max(rect.x, rightX), y: rect.y, style: CellStyle(.header, bold: true))

        let tabs = tabLabels(state, compact: false)
        let roomForTabs = rightX - rect.x - 1
        let fullWidth = tabs.map { $0.text.displayWidth + 1 }.reduce(0, +)
        let chosen = fullWidth + 10 <= roomForTabs ? tabs : tabLabels(state, compact: true)
        let tabsWidth = chosen.map { $0.text.displayWidth + 1 }.reduce(0, +)
        let titleWidth = max(0, roomForTabs - tabsWidth - 1)
        let title = " " + state.roster.settings.title
        screen.write(title.truncated(toColumns: titleWidth), x: rect.x, y: rect.y, style: CellStyle(.header, bold: true))
        var x = rect.x + titleWidth + 1
        for tab in chosen {
            let tabStyle = tab.current ? CellStyle(.cursor, bold: true, reverse: true) : style
            x += screen.write(tab.text, x: x, y: rect.y, style: tabStyle, maxWidth: max(0, rightX - x))
            x += 1
        }
    }

    /// `1日报`, `2总览` …; compact: only the current view is named (`[1日报] 2 3`).
    private static func tabLabels(_ state: AppState, compact: Bool) -> [(text: String, current: Bool)] {
        ViewKind.allCases.map { view in
            let current = view == state.view
            let name = compact && !current ? "" : view.title(state.language)
            return ("\(view.rawValue)\(name)", current)
        }
    }
}
