/// A section of a sheet: one date, checkpoint, team or person, with its table.
public struct SheetSection: Hashable, Sendable {
    /// The line naming the section: `2022年4月7日 星期四`, `南门（银河小区）`, `★☆夏红文  综合组`.
    public var heading: String
    /// The section's key as cells, one per `RosterSheet.keyColumns` (CSV puts them in front of every row).
    public var keyCells: [SheetCell]
    /// The table.
    public var table: SheetTable

    /// Creates a section.
    public init(heading: String, keyCells: [SheetCell], table: SheetTable) {
        self.heading = heading
        self.keyCells = keyCells
        self.table = table
    }
}
