/// A table of a sheet: columns and full rows (every cell filled, also where a value repeats).
public struct SheetTable: Hashable, Sendable {
    /// The columns, left to right.
    public var columns: [SheetColumn]
    /// How many leading columns name the slot a row belongs to. On paper a value equal to the
    /// row above (and all leading values too) is left blank, so a slot reads as one block.
    public var groupingColumnCount: Int
    /// The rows; each has one cell per column.
    public var rows: [[SheetCell]]

    /// Creates a table.
    public init(columns: [SheetColumn], groupingColumnCount: Int, rows: [[SheetCell]]) {
        self.columns = columns
        self.groupingColumnCount = groupingColumnCount
        self.rows = rows
    }

    /// Whether the cell at `row`, `column` repeats the slot of the row above, so it is left blank
    /// on paper (only leading grouping columns are ever blanked).
    public func repeatsAbove(row: Int, column: Int) -> Bool {
        guard row > 0, column < groupingColumnCount else { return false }
        return (0...column).allSatisfy { rows[row][$0] == rows[row - 1][$0] }
    }

    /// How many rows, from `row` down, show one value of `column` (1 when the next row differs).
    public func blockHeight(row: Int, column: Int) -> Int {
        var height = 1
        while row + height < rows.count, repeatsAbove(row: row + height, column: column) { height += 1 }
        return height
    }
}
