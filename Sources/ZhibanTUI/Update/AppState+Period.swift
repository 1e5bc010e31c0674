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

    /// The days the period grid shows: the month of the date shown, or a number of days from a
    /// chosen date (moved along when the date shown leaves them).
    var periodRange: ClosedRange<LocalDate> {
        switch periodSpan {
        case .month: return monthRange
        case .days(let count): return periodStart...periodStart.adding(days: count - 1)
        }
    }

    /// Where the period's re-plan and print start: today when the period holds it (days already
    /// past are re-planned only when asked for in the form), else the period's first day.
    var periodFromToday: ClosedRange<LocalDate> {
        let range = periodRange
        return range.contains(today) ? today...range.upperBound : range
    }

    /// Shows the month, then 7, 14 or 31 days from the date under the cursor.
    mutating func switchPeriodSpan() {
        periodSpan = periodSpan.next
        periodStart = date
        periodColumnScroll = 0
        keepPeriodCursorVisible()
        if case .days(let count) = periodSpan {
            say(Localized("显示 \(DateText.short(date, .zh)) 起 \(count) 天", "Showing \(count) days from \(DateText.short(date, .en))"))
        } else {
            say(Localized("显示整月", "Showing the whole month"))
        }
    }

    /// Keeps the period grid's cursor row and date column on screen (and a span of days around
    /// the date shown).
    mutating func keepPeriodCursorVisible() {
        let layout = periodLayout
        periodCursor.clamp(count: periodRowCount, visible: layout.visibleRows)
        if case .days(let count) = periodSpan {
            if date < periodStart { periodStart = date }
            if date > periodStart.adding(days: count - 1) { periodStart = date.adding(days: -(count - 1)) }
        }
        let range = periodRange
        let days = range.lowerBound.distance(to: range.upperBound) + 1
        periodColumnScroll = Scrolling.offset(keeping: range.lowerBound.distance(to: date), visible: layout.visibleDays, from: periodColumnScroll)
        periodColumnScroll = min(periodColumnScroll, max(0, days - layout.visibleDays))
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
        visibleRows = Layout(width: width, height: height).visibleRows(.period)
    }
}
