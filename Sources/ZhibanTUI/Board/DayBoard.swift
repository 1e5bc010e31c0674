import ZhibanModel

/// The content of the day board for one date: checkpoints down (grouped by compound), the
/// shifts across, and in each cell the places to fill. The view draws it and the cursor moves
/// over it; it is rebuilt from the roster whenever either needs it.
struct DayBoard: Sendable {
    /// One checkpoint's row.
    struct Row: Sendable {
        /// The checkpoint.
        var checkpoint: Checkpoint
        /// One cell per board column; nil where the checkpoint does not use that shift.
        var cells: [BoardCell?]
    }

    /// What is drawn, top to bottom.
    enum Line: Hashable, Sendable {
        /// A compound's heading.
        case compound(String)
        /// A checkpoint's row (an index into `rows`).
        case checkpoint(Int)
    }

    /// The date shown.
    let date: LocalDate
    /// The columns: every shift some checkpoint uses, in the roster's order.
    let shifts: [Shift]
    /// The checkpoints in display order.
    let rows: [Row]
    /// The lines drawn, headings included.
    let lines: [Line]

    /// Builds the board of `date`.
    init(roster: Roster, date: LocalDate, directory: VolunteerDirectory, problems: SlotProblems) {
        self.date = date
        shifts = roster.shifts.filter { shift in roster.checkpoints.contains { $0.shifts.contains(shift.name) } }
        let groups = DayBoard.groupedByCompound(roster.checkpoints)
        var rows: [Row] = []
        var lines: [Line] = []
        let dayDuties = Dictionary(
            roster.dutiesOn(date).map { ($0.slot, $0) }, uniquingKeysWith: { first, _ in first })
        for (compound, checkpoints) in groups {
            let namedByCheckpoint = checkpoints.count == 1 && checkpoints[0].name.hasPrefix(compound)
            if !namedByCheckpoint { lines.append(.compound(compound)) }
            for checkpoint in checkpoints {
                let cells = shifts.map { shift -> BoardCell? in
                    guard checkpoint.shifts.contains(shift.name) else { return nil }
                    let slot = Slot(date: date, shift: shift.name, checkpoint: checkpoint.name)
                    return BoardCell(
                        slot: slot, duty: dayDuties[slot], checkpoint: checkpoint, directory: directory,
                        problems: problems.problems(at: slot))
                }
                lines.append(.checkpoint(rows.count))
                rows.append(Row(checkpoint: checkpoint, cells: cells))
            }
        }
        self.rows = rows
        self.lines = lines
    }

    /// The checkpoints grouped by compound: compounds in order of first appearance, checkpoints
    /// in file order inside each.
    static func groupedByCompound(_ checkpoints: [Checkpoint]) -> [(String, [Checkpoint])] {
        var order: [String] = []
        var groups: [String: [Checkpoint]] = [:]
        for checkpoint in checkpoints {
            if groups[checkpoint.compound] == nil { order.append(checkpoint.compound) }
            groups[checkpoint.compound, default: []].append(checkpoint)
        }
        return order.map { ($0, groups[$0]!) }
    }

    /// The line on which a row is drawn.
    func line(ofRow row: Int) -> Int {
        lines.firstIndex(of: .checkpoint(row)) ?? 0
    }

    /// The cell under a cursor, if the cursor is on one.
    func cell(at cursor: BoardCursor) -> BoardCell? {
        guard rows.indices.contains(cursor.row), rows[cursor.row].cells.indices.contains(cursor.column) else { return nil }
        return rows[cursor.row].cells[cursor.column]
    }

    /// The cursor moved onto the board: the nearest row, a column the row uses, a place in it.
    func clamped(_ cursor: BoardCursor) -> BoardCursor {
        guard !rows.isEmpty else { return BoardCursor() }
        let row = min(max(0, cursor.row), rows.count - 1)
        let cells = rows[row].cells
        guard let column = nearestColumn(to: cursor.column, in: cells), let cell = cells[column] else {
            return BoardCursor(row: row, column: cursor.column, place: 0)
        }
        return BoardCursor(row: row, column: column, place: min(max(0, cursor.place), cell.places.count - 1))
    }

    /// The cursor one place left or right, moving on to the neighbouring cell at a cell's edge.
    func stepped(_ cursor: BoardCursor, by step: Int) -> BoardCursor {
        let current = clamped(cursor)
        guard let cell = cell(at: current) else { return current }
        let place = current.place + step
        if cell.places.indices.contains(place) { return BoardCursor(row: current.row, column: current.column, place: place) }
        var column = current.column + step
        let cells = rows[current.row].cells
        while cells.indices.contains(column) {
            if let next = cells[column] {
                return BoardCursor(row: current.row, column: column, place: step > 0 ? 0 : next.places.count - 1)
            }
            column += step
        }
        return current
    }

    private func nearestColumn(to column: Int, in cells: [BoardCell?]) -> Int? {
        let used = cells.indices.filter { cells[$0] != nil }
        return used.min { abs($0 - column) < abs($1 - column) }
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
