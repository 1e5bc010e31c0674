import ZhibanModel

/// What the day board looks like whatever the date: the shift columns, the checkpoints in
/// display order (grouped by compound), the lines drawn with the compounds' headings, and the
/// widest name. Built once per roster revision, so moving from day to day costs nothing here.
struct BoardLayout: Sendable {
    /// What is drawn, top to bottom.
    enum Line: Hashable, Sendable {
        /// A compound's heading.
        case compound(String)
        /// A checkpoint's row (an index into `checkpoints`).
        case checkpoint(Int)
    }

    /// The columns: every shift some checkpoint uses, in the roster's order.
    let shifts: [Shift]
    /// The checkpoints in display order: one row each.
    let checkpoints: [Checkpoint]
    /// The lines drawn, headings included.
    let lines: [Line]
    /// The line each row is drawn on.
    let lineOfRow: [Int]
    /// Whether there are compound headings (rows are then indented under them).
    let hasHeadings: Bool
    /// The display width of the longest checkpoint name.
    let longestName: Int
    /// The roster's checkpoints and shifts the layout was made from.
    private let source: (checkpoints: [Checkpoint], shifts: [Shift])

    /// The layout of a roster's checkpoints and shifts.
    init(roster: Roster) {
        source = (roster.checkpoints, roster.shifts)
        shifts = roster.shifts.filter { shift in roster.checkpoints.contains { $0.shifts.contains(shift.name) } }
        var checkpoints: [Checkpoint] = []
        var lines: [Line] = []
        var lineOfRow: [Int] = []
        for (compound, members) in BoardLayout.groupedByCompound(roster.checkpoints) {
            // A compound with one gate named after it needs no heading: the name says it.
            if !(members.count == 1 && members[0].name.hasPrefix(compound)) { lines.append(.compound(compound)) }
            for checkpoint in members {
                lineOfRow.append(lines.count)
                lines.append(.checkpoint(checkpoints.count))
                checkpoints.append(checkpoint)
            }
        }
        self.checkpoints = checkpoints
        self.lines = lines
        self.lineOfRow = lineOfRow
        hasHeadings = lines.count > checkpoints.count
        longestName = checkpoints.map(\.name.displayWidth).max() ?? 0
    }

    /// Whether the layout still fits the roster: its checkpoints and shifts are those it was made
    /// from (a quick check: arrays never edited since share their storage).
    func fits(_ roster: Roster) -> Bool { source.checkpoints == roster.checkpoints && source.shifts == roster.shifts }

    /// Whether the row's checkpoint uses the column's shift.
    func uses(row: Int, column: Int) -> Bool { checkpoints[row].shifts.contains(shifts[column].name) }

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
}
