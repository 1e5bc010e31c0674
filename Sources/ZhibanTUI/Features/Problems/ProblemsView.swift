import ZhibanModel
import ZhibanPlanning

/// Every broken rule and every empty place, each with its explanation, in date order, and the
/// whole explanation of the one under the cursor below; Enter shows it on the day board.
enum ProblemsView {
    /// The problems: under the summary and the headings, above the detail of the chosen one.
    static func scrollArea(in body: Rect) -> Rect {
        let list = DetailLines.listArea(of: body)
        return Rect(x: list.x, y: list.y + 2, width: list.width, height: max(0, list.height - 2))
    }

    static func render(_ state: AppState, into screen: inout Screen, at body: Rect) {
        let language = state.language
        guard let list = state.problems.list?.value else { return }
        let rect = list.entries.isEmpty ? body : DetailLines.listArea(of: body)
        let counts = list.counts
        let summary = list.entries.isEmpty
            ? Localized("没有问题：每个位置都有人，没有违反规则", "No problems: every place is filled and no rule is broken")
            : Localized("违规 \(counts.breaks) 处，空位 \(counts.gaps) 处", "\(counts.breaks) rules broken, \(counts.gaps) places short")
        screen.write(" " + summary(language), in: rect.row(0), style: CellStyle(list.entries.isEmpty ? .good : .normal, bold: true))
        let headings = rect.row(1)
        screen.fill(headings, style: CellStyle(.header))
        // The problem column fits the longest rule name in the language shown.
        let titleWidth = RuleViolation.Kind.allCases.map { $0.title(language).displayWidth }.max() ?? 12
        // The date column fits the widest date shown with its mark (12月17日 周三 is wider than 4月7日 周四).
        let dateWidth = max(12, list.entries.map { 1 + DateText.long($0.slot.date, language).displayWidth }.max() ?? 0)
        let columns = [(Localized("日期", "Date"), dateWidth), (Localized("班次", "Shift"), 6), (Localized("卡口", "Post"), 16),
                       (Localized("问题", "Problem"), titleWidth)]
        var x = rect.x
        for (title, width) in columns {
            screen.write(title(language), x: x + 1, y: headings.y, style: CellStyle(.header, bold: true), maxWidth: width)
            x += width + 1
        }
        screen.write(Localized("说明", "Explanation")(language), x: x + 1, y: headings.y, style: CellStyle(.header, bold: true))
        let rows = scrollArea(in: body)
        for offset in 0..<rows.height {
            let row = state.problems.cursor.scroll + offset
            guard let entry = list.entries[safe: row] else { break }
            let y = rows.y + offset
            let isCursor = row == state.problems.cursor.row
            let style = CellStyle(isCursor ? .cursor : (entry.isBreak ? .problem : .empty), reverse: isCursor)
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            let mark = entry.isBreak ? Marks.problem : "_"
            let cells = [mark + DateText.long(entry.slot.date, language), entry.slot.shift, entry.slot.checkpoint, entry.title(language)]
            var x = rect.x
            for (cell, width) in zip(cells, columns.map(\.1)) {
                screen.write(cell, in: Rect(x: x + 1, y: y, width: width, height: 1), style: style)
                x += width + 1
            }
            screen.write(entry.text(language), x: x + 1, y: y, style: style, maxWidth: rect.maxX - x - 1)
        }
        if let entry = list.entries[safe: state.problems.cursor.row] {
            let slot = "\(DateText.long(entry.slot.date, language)) \(entry.slot.shift) \(entry.slot.checkpoint)"
            DetailLines.render("\(slot) \(entry.title(language))" + Localized("：", ": ")(language) + entry.text(language),
                               style: CellStyle(entry.isBreak ? .problem : .empty), into: &screen, at: body)
        }
    }
}
