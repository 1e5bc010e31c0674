import ZhibanModel

/// Where the user is on the day board: the cursor, the first line shown, a place marked for a
/// swap, and what is kept between keys (the layout, the problems of the cells on screen).
struct DayBoardState: Sendable {
    /// The cursor.
    var cursor = BoardCursor()
    /// The first line shown.
    var scroll = 0
    /// A place marked with `s`, waiting for the second place to swap with.
    var mark: PlaceMark?
    /// The rows and columns, kept until the checkpoints or shifts change.
    var layout: BoardLayout?
    /// What the problems were found for: the revision, the date, the rows on screen and the language.
    var problemsFound: BoardWindow?
    /// The problems of the cells on screen, by slot.
    var problems = SlotProblems()

    /// The board of `date` (its layout kept until the checkpoints or shifts change).
    func board(of document: Document, on date: LocalDate) -> DayBoard {
        let roster = document.roster
        let layout = layout.flatMap { $0.fits(roster) ? $0 : nil } ?? BoardLayout(roster: roster)
        return DayBoard(date: date, layout: layout, roster: roster, directory: document.directory, problems: problems, served: document.served)
    }

    /// The rows whose lines are on screen, `visible` lines from the scroll.
    func rowsOnScreen(of board: DayBoard, visible: Int) -> [Int] {
        let lines = board.layout.lines
        return lines[min(scroll, lines.count)..<min(lines.count, scroll + visible)].compactMap { line in
            if case .checkpoint(let row) = line { return row }
            return nil
        }
    }

    /// Keeps the cursor on a place and its line (and its compound's heading) on screen.
    mutating func keepCursorVisible(on board: DayBoard, visible: Int) {
        cursor = board.clamped(cursor)
        guard board.rowCount > 0 else {
            scroll = 0
            return
        }
        let lines = board.layout.lines
        let line = board.layout.lineOfRow[cursor.row]
        var top = Scrolling.offset(keeping: line, visible: visible, from: scroll)
        if top == line, line > 0, case .compound = lines[line - 1] { top -= 1 }
        scroll = min(top, max(0, lines.count - visible))
    }

    /// Moves the cursor for a moving key (a page is `visible` lines).
    mutating func move(_ action: Action, on board: DayBoard, visible: Int) {
        switch action {
        case .moveUp: cursor.row -= 1
        case .moveDown: cursor.row += 1
        case .moveLeft: cursor = board.stepped(cursor, by: -1)
        case .moveRight: cursor = board.stepped(cursor, by: 1)
        case .pageUp: cursor.row -= visible
        case .pageDown: cursor.row += visible
        case .first: cursor.row = 0
        case .last: cursor.row = board.rowCount - 1
        default: break
        }
        keepCursorVisible(on: board, visible: visible)
    }

    /// Finds the problems of the cells on screen, unless they were found for this revision,
    /// date, rows and language.
    mutating func refresh(_ document: Document, on date: LocalDate, language: Language, visible: Int) {
        if layout?.fits(document.roster) != true {
            layout = BoardLayout(roster: document.roster)
            keepCursorVisible(on: board(of: document, on: date), visible: visible)
        }
        let board = board(of: document, on: date)
        let window = BoardWindow(revision: document.revision, date: date, rows: rowsOnScreen(of: board, visible: visible), language: language)
        guard problemsFound != window else { return }
        let names = Set(window.rows.map { board.layout.checkpoints[$0].name })
        problems = DayProblems.of(document.roster, on: date, checkpoints: names, directory: document.directory, language: language)
        problemsFound = window
    }
}

/// The cells of the day board on screen: the roster revision, the date and the rows, and the
/// language their problems are said in.
struct BoardWindow: Hashable, Sendable {
    var revision: Int
    var date: LocalDate
    var rows: [Int]
    var language: Language
}


/// A place marked for a swap or move: a slot and the place in it.
public struct PlaceMark: Hashable, Sendable {
    /// The slot.
    public var slot: Slot
    /// The place in it.
    public var place: Int
}
