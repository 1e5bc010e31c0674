import ZhibanModel

extension AppState {
    /// The day board of the date shown.
    var dayBoard: DayBoard { DayBoard(roster: roster, date: date, directory: directory, problems: problems) }

    /// Day-board lines that fit under the column headings.
    var boardVisibleLines: Int { max(1, Layout(width: width, height: height).body.height - 1) }

    /// Moves the cursor of the current view.
    mutating func moveCursor(_ action: Action) {
        switch view {
        case .day: moveBoardCursor(action)
        default: break
        }
    }

    /// Shows another date, keeping the cursor on the same checkpoint and shift.
    mutating func showDate(_ newDate: LocalDate) {
        date = newDate
        keepBoardCursorVisible()
    }

    /// Keeps the day-board cursor on a place and its line (and its compound's heading) on screen.
    mutating func keepBoardCursorVisible() {
        let board = dayBoard
        self.board = board.clamped(self.board)
        guard !board.rows.isEmpty else {
            boardScroll = 0
            return
        }
        let line = board.line(ofRow: self.board.row)
        var top = Scrolling.offset(keeping: line, visible: boardVisibleLines, from: boardScroll)
        if top == line, line > 0, case .compound = board.lines[line - 1] { top -= 1 }
        boardScroll = min(top, max(0, board.lines.count - boardVisibleLines))
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
        case .last: self.board.row = board.rows.count - 1
        default: break
        }
        keepBoardCursorVisible()
    }
}
