/// How a printed sheet is grouped into sections (`zhiban print --by …`).
public enum SheetGrouping: String, CaseIterable, Sendable {
    /// One section per date, checkpoints down and their shifts (the daily roster, 日报表). The default.
    case date
    /// One section per checkpoint: a sheet to pin on each gate.
    case checkpoint
    /// One section per team: the checkpoints it keeps and where its members stand.
    case team
    /// One section per person: that person's duties.
    case person

    /// Whether every section starts a new page (a form feed in text, a page break in HTML).
    /// A per-person list runs on, so a month of duties for 150 people is not 150 pages.
    public var startsPagePerSection: Bool { self != .person }
}
