import ZhibanModel

/// The day board for one date: the layout's rows and columns, and in each cell the places to
/// fill. Cells are built when asked for (the view asks only for the rows on screen), so a
/// district of 750 checkpoints costs no more per key press than a community of 14.
struct DayBoard: Sendable {
    /// The date shown.
    let date: LocalDate
    /// Rows, columns and lines.
    let layout: BoardLayout
    private let roster: Roster
    private let directory: VolunteerDirectory
    private let problems: SlotProblems
    private let served: ServedRecord

    /// The board of `date`, each place marked with what the served record says of it.
    init(date: LocalDate, layout: BoardLayout, roster: Roster, directory: VolunteerDirectory, problems: SlotProblems,
         served: ServedRecord = ServedRecord([])) {
        self.date = date
        self.layout = layout
        self.roster = roster
        self.directory = directory
        self.problems = problems
        self.served = served
    }

    /// The number of checkpoint rows.
    var rowCount: Int { layout.checkpoints.count }

    /// The slot of a row and column, if the row's checkpoint uses that shift.
    func slot(row: Int, column: Int) -> Slot? {
        guard layout.checkpoints.indices.contains(row), layout.shifts.indices.contains(column),
              layout.uses(row: row, column: column) else { return nil }
        return Slot(date: date, shift: layout.shifts[column].name, checkpoint: layout.checkpoints[row].name)
    }

    /// The cell of a row and column (nil where the checkpoint does not use that shift).
    func cell(row: Int, column: Int) -> BoardCell? {
        guard let slot = slot(row: row, column: column) else { return nil }
        return BoardCell(slot: slot, duty: roster.duty(at: slot), checkpoint: layout.checkpoints[row], directory: directory,
                         problems: problems.problems(at: slot), served: served)
    }

    /// The cell under a cursor, if the cursor is on one.
    func cell(at cursor: BoardCursor) -> BoardCell? { cell(row: cursor.row, column: cursor.column) }

    /// The number of places in a cell, without building it (nil where the shift is not used).
    func placeCount(row: Int, column: Int) -> Int? {
        guard let slot = slot(row: row, column: column) else { return nil }
        return BoardCell.placeCount(people: roster.duty(at: slot)?.people.count ?? 0, checkpoint: layout.checkpoints[row])
    }

    /// The cursor moved onto the board: the nearest row, a column the row uses, a place in it.
    func clamped(_ cursor: BoardCursor) -> BoardCursor {
        guard rowCount > 0 else { return BoardCursor() }
        let row = min(max(0, cursor.row), rowCount - 1)
        let used = layout.shifts.indices.filter { layout.uses(row: row, column: $0) }
        guard let column = used.min(by: { abs($0 - cursor.column) < abs($1 - cursor.column) }),
              let places = placeCount(row: row, column: column) else {
            return BoardCursor(row: row, column: cursor.column, place: 0)
        }
        return BoardCursor(row: row, column: column, place: min(max(0, cursor.place), places - 1))
    }

    /// The cursor one place left or right, moving on to the neighbouring cell at a cell's edge.
    func stepped(_ cursor: BoardCursor, by step: Int) -> BoardCursor {
        let current = clamped(cursor)
        guard let places = placeCount(row: current.row, column: current.column) else { return current }
        let place = current.place + step
        if (0..<places).contains(place) { return BoardCursor(row: current.row, column: current.column, place: place) }
        var column = current.column + step
        while layout.shifts.indices.contains(column) {
            if let next = placeCount(row: current.row, column: column) {
                return BoardCursor(row: current.row, column: column, place: step > 0 ? 0 : next - 1)
            }
            column += step
        }
        return current
    }

    /// Every place on the board in reading order, with its cell (for search and for pointing at
    /// a person or a slot).
    func allPlaces() -> [(cursor: BoardCursor, cell: BoardCell)] {
        var places: [(BoardCursor, BoardCell)] = []
        for row in 0..<rowCount {
            for column in layout.shifts.indices {
                guard let cell = cell(row: row, column: column) else { continue }
                for place in cell.places.indices { places.append((BoardCursor(row: row, column: column, place: place), cell)) }
            }
        }
        return places
    }
}

/// The cursor on the day board: a checkpoint row, a shift column and a place in that cell.
public struct BoardCursor: Hashable, Sendable {
    /// The checkpoint's row.
    public var row: Int
    /// The shift's column.
    public var column: Int
    /// The place within the cell.
    public var place: Int

    /// Creates a cursor (the top left place by default).
    public init(row: Int = 0, column: Int = 0, place: Int = 0) {
        self.row = row
        self.column = column
        self.place = place
    }
}
