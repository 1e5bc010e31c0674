import ZhibanModel

/// The period grid's geometry: a name column, then one narrow column per day.
struct PeriodLayout: Sendable {
    /// Width of the name column.
    let nameWidth: Int
    /// Width of one day's column.
    let dayWidth: Int
    /// Day columns that fit.
    let visibleDays: Int
    /// Rows that fit under the three heading lines.
    let visibleRows: Int

    /// The layout for a screen size and what the rows are.
    init(width: Int, height: Int, roster: Roster, rows: PeriodRows) {
        let names: [String]
        switch rows {
        case .checkpoints: names = roster.checkpoints.map(\.name)
        case .people: names = roster.volunteers.prefix(2000).map(\.name)
        }
        nameWidth = min(max(8, (names.map(\.displayWidth).max() ?? 0) + 1), 18)
        dayWidth = 5
        visibleDays = max(1, (width - nameWidth) / dayWidth)
        visibleRows = Layout(width: width, height: height).visibleRows(.period)
    }
}
