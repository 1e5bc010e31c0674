import ZhibanModel

/// The people, teams, checkpoints and shifts tables: an info line (count, filter, sort, and the
/// panes of the checkpoints view), the column headings, then the rows. The first column always
/// stays; left and right scroll the others when they do not all fit.
enum TableView {
    /// The records: everything under the count line and the column headings.
    static func scrollArea(in body: Rect) -> Rect {
        Rect(x: body.x, y: body.y + 2, width: body.width, height: max(0, body.height - 2))
    }

    static func render(_ state: AppState, kind: TableKind, into screen: inout Screen, at rect: Rect) {
        let table = state.table(kind)
        let language = state.language
        screen.write(infoLine(state, kind: kind, table: table), in: rect.row(0), style: CellStyle(.muted))
        let columns = visibleColumns(kind, offset: table.columnOffset, width: rect.width, language: language)
        let headings = rect.row(1)
        screen.fill(headings, style: CellStyle(.header))
        for (index, placed) in columns.enumerated() {
            var title = kind.columns[placed.column].title(language)
            if table.sortColumn == placed.column { title += table.descending ? "↓" : "↑" }
            screen.write(title, in: Rect(x: rect.x + placed.x, y: headings.y, width: placed.width, height: 1),
                         style: CellStyle(.header, bold: true), alignRight: kind.columns[placed.column].numeric)
            if index == 0, table.columnOffset > 0 {
                screen.write("<", x: rect.x + placed.x + placed.width, y: headings.y, style: CellStyle(.header, bold: true))
            }
        }
        if let last = columns.last, last.column < kind.columns.count - 1 {
            screen.write(">", x: rect.maxX - 1, y: headings.y, style: CellStyle(.header, bold: true))
        }
        guard !table.order.isEmpty else {
            let empty = table.filter.isEmpty ? Localized("还没有记录：按 a 新增", "Nothing yet: press a to add")
                : Localized("没有符合筛选的记录（Esc 或 f 改筛选）", "Nothing matches the filter (f to change it)")
            screen.write(empty(language), x: rect.x + 2, y: rect.y + 3, style: CellStyle(.muted), maxWidth: rect.width - 4)
            return
        }
        let rows = scrollArea(in: rect)
        for offset in 0..<rows.height {
            let row = table.scroll + offset
            guard let record = table.order[safe: row] else { break }
            let y = rows.y + offset
            let isCursor = row == table.cursor && state.activeTable == kind
            let style = CellStyle(isCursor ? .cursor : .normal, reverse: isCursor)
            if isCursor { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
            let cells = kind.cells(of: record, in: state.roster, language)
            for placed in columns {
                screen.write(cells[placed.column], in: Rect(x: rect.x + placed.x, y: y, width: placed.width, height: 1),
                             style: style, alignRight: kind.columns[placed.column].numeric)
            }
        }
    }

    /// The columns drawn, with their x offset and width: the first, then from `offset` on while
    /// they fit; the last drawn takes the room left. A column is never narrower than its heading
    /// in the language shown (`Members`, not `Memb`).
    static func visibleColumns(_ kind: TableKind, offset: Int, width: Int, language: Language) -> [(column: Int, x: Int, width: Int)] {
        let all = kind.columns.map { $0.width(in: language) }
        var placed = [(column: 0, x: 0, width: min(all[0], width))]
        var x = placed[0].width + 2
        for column in (1 + offset)..<all.count where x + min(all[column], 4) <= width {
            placed.append((column, x, min(all[column], width - x)))
            x += all[column] + 1
        }
        if let last = placed.popLast() {
            // A text column at the end takes the room left; a number keeps its width, beside the others.
            placed.append((last.column, last.x, kind.columns[last.column].numeric ? last.width : max(last.width, width - last.x)))
        }
        return placed
    }

    /// `人员 158 人 · 筛选：wzl → 3 · 按姓名排序`, and `[卡口] 班次 轮换` in the checkpoints view.
    private static func infoLine(_ state: AppState, kind: TableKind, table: TableState) -> String {
        let language = state.language
        var parts: [String] = []
        if state.view == .checkpoints {
            parts.append(TableKind.postsPanes.map { $0 == kind ? "[\($0.title(language))]" : $0.title(language) }
                .joined(separator: " ") + Localized("（Tab 切换）", " (Tab switches)")(language))
        }
        let total = kind.count(in: state.roster)
        parts.append(kind.title(language) + " " + Localized("\(total) 条", "\(total)")(language))
        if !table.filter.isEmpty {
            parts.append(Localized("筛选“\(table.filter)”：\(table.order.count) 条", "filter “\(table.filter)”: \(table.order.count)")(language))
        }
        return " " + parts.joined(separator: "  ·  ")
    }
}
