import ZhibanModel

/// Where the user is in one table: the cursor, the scroll, the sort and the filter, and the
/// records shown in that order (kept, so a keystroke in the filter of 17,000 people does not
/// sort them all again).
public struct TableState: Sendable {
    /// The row under the cursor (an index into `order`).
    public internal(set) var cursor = 0
    /// The first row shown.
    public internal(set) var scroll = 0
    /// The first column shown after the first (which always stays, so a row keeps its name).
    public internal(set) var columnOffset = 0
    /// The column sorted by (nil: the order of the files).
    public internal(set) var sortColumn: Int?
    /// Whether the sort is reversed.
    public internal(set) var descending = false
    /// The filter applied.
    public internal(set) var filter = ""
    /// The records shown, in order (positions in the roster's list).
    public private(set) var order: [Int] = []

    private var sorted: [Int] = []
    private var sortedFor: (revision: Int, column: Int?, descending: Bool)?
    private var filteredFor: (revision: Int, filter: String, column: Int?, descending: Bool, language: Language)?

    /// A table in file order, unfiltered.
    public init() {}

    /// The record under the cursor, if any.
    public var currentRecord: Int? { order.indices.contains(cursor) ? order[cursor] : nil }

    /// Brings `order` up to date with the roster, the sort and the filter (matched against the
    /// cells as shown in `language`).
    mutating func refresh(_ kind: TableKind, roster: Roster, revision: Int, language: Language, directory: inout VolunteerDirectory) {
        if sortedFor.map({ $0 != (revision, sortColumn, descending) }) ?? true {
            sorted = TableSorting.order(kind, by: sortColumn, descending: descending, roster: roster, directory: &directory)
            sortedFor = (revision, sortColumn, descending)
            filteredFor = nil
        }
        if filteredFor.map({ $0 != (revision, filter, sortColumn, descending, language) }) ?? true {
            order = TableFiltering.filter(sorted, kind, by: filter, roster: roster, language: language, directory: &directory)
            filteredFor = (revision, filter, sortColumn, descending, language)
        }
        cursor = min(max(0, cursor), max(0, order.count - 1))
    }

    /// Moves the cursor by `step` rows, keeping it in a window of `visible` rows.
    mutating func move(by step: Int, visible: Int) {
        cursor = min(max(0, cursor + step), max(0, order.count - 1))
        keepCursorVisible(visible)
    }

    /// Puts the cursor on a record, if it is shown.
    mutating func select(record: Int, visible: Int) {
        if let row = order.firstIndex(of: record) { cursor = row }
        keepCursorVisible(visible)
    }

    /// Scrolls so the cursor's row is in a window of `visible` rows.
    mutating func keepCursorVisible(_ visible: Int) {
        scroll = Scrolling.offset(keeping: cursor, visible: visible, from: scroll)
        scroll = min(scroll, max(0, order.count - visible))
    }

    /// Sorts by the next column (after the last: the order of the files again).
    mutating func sortByNextColumn(columns: Int) {
        sortColumn = sortColumn.map { $0 + 1 < columns ? $0 + 1 : nil } ?? 0
        descending = false
    }

    /// Reverses the sort.
    mutating func reverseSort() { descending.toggle() }

    /// Sets the filter.
    mutating func setFilter(_ text: String) {
        filter = text
        cursor = 0
        scroll = 0
    }
}
