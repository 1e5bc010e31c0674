import ZhibanModel

/// The home view: checkpoints down (grouped by compound), the day's shifts across, and in each
/// cell the people on duty with their marks, the empty places to fill and the rules broken.
enum DayBoardView {
    /// The board's lines: everything under the row of shift headings.
    static func scrollArea(in body: Rect) -> Rect {
        Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1))
    }

    static func render(_ state: AppState, into screen: inout Screen, at rect: Rect) {
        let board = state.dayBoard
        guard board.rowCount > 0 else {
            let steps = FirstSteps.lines(state.roster, state.language)
            for (offset, line) in steps.enumerated() where offset + 1 < rect.height {
                screen.write(line.text, x: rect.x + 2, y: rect.y + 1 + offset, style: CellStyle(line.isNext ? .normal : .muted, bold: line.isNext),
                             maxWidth: rect.width - 4)
            }
            return
        }
        let columns = ColumnLayout(layout: board.layout, width: rect.width)
        renderHeadings(board.layout, columns, state.language, into: &screen, at: rect.row(0))
        let visible = scrollArea(in: rect).height
        let cursor = board.clamped(state.day.cursor)
        for offset in 0..<visible {
            let index = state.day.scroll + offset
            guard board.layout.lines.indices.contains(index) else { break }
            let lineRect = rect.row(1 + offset)
            switch board.layout.lines[index] {
            case .compound(let compound):
                screen.write(compound, in: lineRect, style: CellStyle(.group, bold: true))
            case .checkpoint(let row):
                renderRow(board, row: row, columns: columns, cursor: cursor, state: state, into: &screen, at: lineRect)
            }
        }
    }

    /// Where the name column and the shift columns go.
    private struct ColumnLayout {
        let nameWidth: Int
        let cellWidth: Int
        let indented: Bool

        init(layout: BoardLayout, width: Int) {
            indented = layout.hasHeadings
            nameWidth = min(max(layout.longestName + (indented ? 2 : 0) + 1, 8), max(8, width / 3))
            cellWidth = max(6, (width - nameWidth) / max(1, layout.shifts.count))
        }

        func cellX(_ column: Int, in rect: Rect) -> Int { rect.x + nameWidth + column * cellWidth }
    }

    private static func renderHeadings(_ layout: BoardLayout, _ columns: ColumnLayout, _ language: Language, into screen: inout Screen, at rect: Rect) {
        let style = CellStyle(.header, bold: true)
        screen.fill(rect, style: CellStyle(.header))
        screen.write(Localized("卡口", "Post")(language), x: rect.x, y: rect.y, style: style, maxWidth: columns.nameWidth - 1)
        for (column, shift) in layout.shifts.enumerated() {
            let room = columns.cellWidth - 1
            // `(次日)` in Chinese; `+1` in English, as the shifts table writes it.
            let hours = language == .zh ? shift.hoursText : "\(shift.start)–\(shift.end)" + (shift.endsNextDay ? "+1" : "")
            let heading = [shift.name + " " + hours, shift.name + " \(shift.start)–\(shift.end)", shift.name]
                .first { $0.displayWidth <= room } ?? shift.name
            screen.write(heading, x: columns.cellX(column, in: rect), y: rect.y, style: style, maxWidth: room)
        }
    }

    private static func renderRow(
        _ board: DayBoard, row: Int, columns: ColumnLayout, cursor: BoardCursor, state: AppState,
        into screen: inout Screen, at rect: Rect
    ) {
        let indent = columns.indented ? "  " : ""
        screen.write(indent + board.layout.checkpoints[row].name, in: Rect(x: rect.x, y: rect.y, width: columns.nameWidth - 1, height: 1))
        for column in board.layout.shifts.indices {
            let cell = board.cell(row: row, column: column)
            let x = columns.cellX(column, in: rect)
            let width = min(columns.cellWidth, rect.maxX - x) - 1
            guard let cell else {
                screen.write(Marks.unused, x: x + 2, y: rect.y, style: CellStyle(.muted))
                continue
            }
            let cursorPlace = cursor.row == row && cursor.column == column ? cursor.place : nil
            renderCell(cell, cursorPlace: cursorPlace, mark: state.day.mark, into: &screen, x: x, y: rect.y, width: width)
        }
    }

    /// Draws one cell: the pinned and problem marks, then the places that fit (scrolled so the
    /// cursor's place shows), then `+N` for places that do not fit.
    private static func renderCell(
        _ cell: BoardCell, cursorPlace: Int?, mark: PlaceMark?, into screen: inout Screen, x: Int, y: Int, width: Int
    ) {
        guard width > 2 else { return }
        screen.write(cell.isPinned ? Marks.pinned : " ", x: x, y: y, style: CellStyle(.muted))
        screen.write(cell.problems.isEmpty ? " " : Marks.problem, x: x + 1, y: y, style: CellStyle(.problem, bold: true))
        let labels = cell.places.enumerated().map { index, place -> String in
            let marked = mark == PlaceMark(slot: cell.slot, place: index)
            return (marked ? Marks.marked : "") + place.label
        } + cell.extras.map(BoardPlace.extraLabel)
        let widths = labels.map { $0.displayWidth + 1 }
        let end = x + width
        var first = 0
        if let cursorPlace {
            while first < cursorPlace, widths[first...cursorPlace].reduce(0, +) > width - 2 { first += 1 }
        }
        var column = x + 2
        for index in first..<labels.count {
            let room = end - column
            let restFits = widths[index...].reduce(0, +) - 1 <= room
            let fitsBeforeMore = widths[index] + "+\(labels.count - index - 1)".displayWidth <= room
            if !restFits, !fitsBeforeMore, index != cursorPlace {
                screen.write("+\(labels.count - index)", x: column, y: y, style: CellStyle(.muted), maxWidth: room)
                break
            }
            // Past the places come the extras (加班), which the cursor never stops on.
            let style = cell.places.indices.contains(index)
                ? placeStyle(cell.places[index], isCursor: index == cursorPlace, isMarked: mark == PlaceMark(slot: cell.slot, place: index))
                : CellStyle(ServedMark.extra.role)
            column += screen.write(labels[index], x: column, y: y, style: style, maxWidth: room) + 1
        }
    }

    private static func placeStyle(_ place: BoardPlace, isCursor: Bool, isMarked: Bool) -> CellStyle {
        let role: StyleRole
        if isCursor {
            role = .cursor
        } else if isMarked {
            role = .marked
        } else if place.person == nil {
            role = .empty
        } else if let served = place.served {
            role = served.role  // what happened outweighs the plan's marks, which keep their symbols
        } else if !place.problems.isEmpty {
            role = .problem
        } else if place.isReserve {
            role = .reserve
        } else {
            role = .normal
        }
        return CellStyle(role, bold: place.volunteer?.isLeader == true, reverse: isCursor || isMarked)
    }
}
