import ZhibanModel

extension AppState {
    /// The day board of the date shown (its layout kept until the checkpoints or shifts change).
    var dayBoard: DayBoard {
        let layout = boardLayout.flatMap { $0.fits(roster) ? $0 : nil } ?? BoardLayout(roster: roster)
        return DayBoard(date: date, layout: layout, roster: roster, directory: directory, problems: problems)
    }

    /// The rows whose lines are on screen.
    var boardRowsOnScreen: [Int] {
        let lines = dayBoard.layout.lines
        return lines[min(boardScroll, lines.count)..<min(lines.count, boardScroll + boardVisibleLines)].compactMap { line in
            if case .checkpoint(let row) = line { return row }
            return nil
        }
    }

    /// Day-board lines that fit under the column headings.
    var boardVisibleLines: Int { layout.visibleRows(.board) }

    /// Moves the cursor of the current view.
    mutating func moveCursor(_ action: Action) {
        switch view {
        case .day: moveBoardCursor(action)
        case .people, .teams, .checkpoints: moveTableCursor(action)
        case .period: movePeriodCursor(action)
        case .problems: moveListCursor(&problemsCursor, action, count: problemList?.value.entries.count ?? 0, visible: problemsVisibleRows)
        case .stats: moveListCursor(&statsCursor, action, count: statsRowCount, visible: statsVisibleRows)
        }
    }

    /// Shows another date, keeping the cursor on the same checkpoint and shift.
    mutating func showDate(_ newDate: LocalDate) {
        date = newDate
        keepCursorsVisible()
    }

    /// Keeps every view's cursor on its content and on screen (after a resize or a new date).
    mutating func keepCursorsVisible() {
        keepBoardCursorVisible()
        keepPeriodCursorVisible()
        if activeTable != nil { refreshActiveTable() }
    }

    /// Keeps the day-board cursor on a place and its line (and its compound's heading) on screen.
    mutating func keepBoardCursorVisible() {
        let board = dayBoard
        self.board = board.clamped(self.board)
        guard board.rowCount > 0 else {
            boardScroll = 0
            return
        }
        let lines = board.layout.lines
        let line = board.layout.lineOfRow[self.board.row]
        var top = Scrolling.offset(keeping: line, visible: boardVisibleLines, from: boardScroll)
        if top == line, line > 0, case .compound = lines[line - 1] { top -= 1 }
        boardScroll = min(top, max(0, lines.count - boardVisibleLines))
    }

    /// Rows of the figures that fit under their headings.
    var statsVisibleRows: Int { layout.visibleRows(.stats) }

    /// Rows of the problems list that fit above the explanation of the one under the cursor.
    var problemsVisibleRows: Int { layout.visibleRows(.problems) }

    /// Moves a list cursor.
    func moveListCursor(_ cursor: inout ListCursor, _ action: Action, count: Int, visible: Int) {
        switch action {
        case .moveUp: cursor.move(by: -1, count: count, visible: visible)
        case .moveDown: cursor.move(by: 1, count: count, visible: visible)
        case .pageUp: cursor.move(by: -visible, count: count, visible: visible)
        case .pageDown: cursor.move(by: visible, count: count, visible: visible)
        case .first: cursor.move(by: -count, count: count, visible: visible)
        case .last: cursor.move(by: count, count: count, visible: visible)
        default: break
        }
    }

    /// Enter on the period grid or the problems list: the day board of that date, with the
    /// cursor on the checkpoint (and person) concerned.
    mutating func openDayUnderCursor() {
        switch view {
        case .period:
            let name: String?
            switch periodRows {
            case .checkpoints: name = roster.checkpoints.indices.contains(periodCursor.row) ? roster.checkpoints[periodCursor.row].name : nil
            case .people: name = roster.volunteers.indices.contains(periodCursor.row) ? roster.volunteers[periodCursor.row].name : nil
            }
            view = .day
            if let name { pointBoard(at: name, slot: nil) }
        case .problems:
            guard let entry = problemList?.value.entries[safe: problemsCursor.row] else { return }
            view = .day
            date = entry.slot.date
            pointBoard(at: entry.person, slot: entry.slot)
        default:
            break
        }
        keepBoardCursorVisible()
    }

    /// Puts the day-board cursor on a slot (and a person in it), or on the first place of a
    /// checkpoint or person by name.
    private mutating func pointBoard(at name: String?, slot: Slot?) {
        let board = dayBoard
        let places = board.allPlaces().filter { slot == nil || $0.cell.slot == slot }
        if let person = places.first(where: { $0.cell.places[$0.cursor.place].person == name })
            ?? places.first(where: { slot != nil || $0.cell.slot.checkpoint == name }) {
            self.board = person.cursor
        }
    }

    private mutating func moveBoardCursor(_ action: Action) {
        let board = dayBoard
        switch action {
        case .moveUp: self.board.row -= 1
        case .moveDown: self.board.row += 1
        case .moveLeft: self.board = board.stepped(self.board, by: -1)
        case .moveRight: self.board = board.stepped(self.board, by: 1)
        case .pageUp: self.board.row -= boardVisibleLines
        case .pageDown: self.board.row += boardVisibleLines
        case .first: self.board.row = 0
        case .last: self.board.row = board.rowCount - 1
        default: break
        }
        keepBoardCursorVisible()
    }
}

extension Array {
    /// The element at `index`, or nil when it is out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
