import ZhibanModel

/// The classic 排班表 of a period: people down, days across, in each cell the shifts a person
/// stands that day (`白`, `夜`) or `休`, and each person's totals on the right; under the people,
/// how many are on duty each day and how many places are still open. One grid is one sheet of a
/// workbook (`zhiban print --format xlsx`).
public struct DutyGrid: Hashable, Sendable {
    /// One person's line.
    public struct Row: Hashable, Sendable {
        /// The person, with marks and (unless left out) phone.
        public var person: SheetPerson
        /// One cell per date: shift abbreviations joined by `、`, `休`, or empty (on duty only
        /// elsewhere, on a sheet of one gate).
        public var days: [String]
        /// How many of each of `DutyGrid.shifts` the person stands.
        public var shiftCounts: [Int]
        /// All duties in the grid.
        public var total: Int
        /// Their hours (known shifts only).
        public var hours: Double
    }

    /// The sheet's tab name (at most 31 characters, none of `: \ / ? * [ ]`).
    public var sheetName: String
    /// The heading: the roster's title, and the gate or team for a sheet of one.
    public var title: String
    /// The dates covered, in words.
    public var period: String
    /// What the cell marks mean.
    public var legend: String
    /// The columns' dates.
    public var dates: [LocalDate]
    /// Whether the phone column is there.
    public var includesPhone: Bool
    /// The shifts counted on the right, in the roster's order.
    public var shifts: [String]
    /// The people, in roster order.
    public var rows: [Row]
    /// Per date: the people of this grid on duty.
    public var onDuty: [Int]
    /// Per date: places not yet filled at the gates of this grid.
    public var openPlaces: [Int]
}
