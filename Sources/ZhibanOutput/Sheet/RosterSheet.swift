/// A printable roster: what `zhiban print` shows, independent of the format it is written in.
public struct RosterSheet: Hashable, Sendable {
    /// The roster's title.
    public var title: String
    /// The dates covered: `2022年4月7日 星期四` or `… 至 …`.
    public var period: String
    /// How the sections are cut.
    public var grouping: SheetGrouping
    /// The columns naming each section's key (for flat formats such as CSV).
    public var keyColumns: [SheetColumn]
    /// The columns of every section's table.
    public var columns: [SheetColumn]
    /// The sections, in a stable order.
    public var sections: [SheetSection]

    /// Creates a sheet.
    public init(
        title: String, period: String, grouping: SheetGrouping, keyColumns: [SheetColumn], columns: [SheetColumn],
        sections: [SheetSection]
    ) {
        self.title = title
        self.period = period
        self.grouping = grouping
        self.keyColumns = keyColumns
        self.columns = columns
        self.sections = sections
    }

    /// Whether every section starts a new page.
    public var startsPagePerSection: Bool { grouping.startsPagePerSection }

    /// Whether the period line says something the section heading does not (a date heading already
    /// names its date).
    public var showsPeriodPerSection: Bool { grouping != .date }

    /// What is printed when no section has anything in it.
    public static let nothingOnDuty = "（无值班安排）"
}
