import ZhibanModel

extension AppState {
    /// How the period grid is laid out at this size.
    var periodLayout: PeriodLayout { PeriodLayout(width: width, height: height, roster: roster, rows: periodRows) }

    /// Rows of the period grid: checkpoints or volunteers.
    var periodRowCount: Int {
        switch periodRows {
        case .checkpoints: return roster.checkpoints.count
        case .people: return roster.volunteers.count
        }
    }

    /// Up and down move between rows; left and right move the date a day.
    mutating func movePeriodCursor(_ action: Action) {
        let visible = periodLayout.visibleRows
        switch action {
        case .moveLeft: date = date.adding(days: -1)
        case .moveRight: date = date.adding(days: 1)
        default: moveListCursor(&periodCursor, action, count: periodRowCount, visible: visible)
        }
        keepPeriodCursorVisible()
    }

    /// Keeps the period grid's cursor row and date column on screen.
    mutating func keepPeriodCursorVisible() {
        let layout = periodLayout
        periodCursor.clamp(count: periodRowCount, visible: layout.visibleRows)
        periodColumnScroll = Scrolling.offset(keeping: date.day - 1, visible: layout.visibleDays, from: periodColumnScroll)
        periodColumnScroll = min(periodColumnScroll, max(0, LocalDate.daysIn(month: date.month, year: date.year) - layout.visibleDays))
    }

    /// Switches the period grid between checkpoints and people.
    mutating func togglePeriodRows() {
        periodRows = periodRows == .checkpoints ? .people : .checkpoints
        periodCursor = ListCursor()
        keepPeriodCursorVisible()
    }
}

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
        visibleRows = max(1, Layout(width: width, height: height).body.height - 3)
    }
}
